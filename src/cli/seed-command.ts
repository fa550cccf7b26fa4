import { migrateToLatest } from '../db/migrate';
import { localized } from '../lib/i18n';
import { describeDatabase, withContext } from './context';
import { seedDatabase } from './seed';

/**
 * `icat seed`: all or nothing. A failure (a problem in a seed file, a refused row) rolls everything
 * back and is told in one message, without a stack trace; the exit code is 1.
 */
export async function runSeed(): Promise<void> {
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    let report;
    try {
      report = await seedDatabase(deps);
    } catch (error) {
      console.error(localized('groupBundle.seedFailed', { reason: error instanceof Error ? error.message : String(error) }));
      process.exitCode = 1;
      return;
    }
    for (const step of report.steps) console.log(localized('cli.seed.step', { name: localized(step.name), count: step.inserted }));
    console.log(localized('cli.seed.done', { database: describeDatabase(database) }));
  });
}
