import { migrateToLatest } from '../db/migrate';
import { localized } from '../lib/i18n';
import { describeDatabase, withContext } from './context';
import { seedDatabase } from './seed';

export async function runSeed(): Promise<void> {
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const report = await seedDatabase(deps);
    for (const step of report.steps) console.log(localized('cli.seed.step', { name: localized(step.name), count: step.inserted }));
    console.log(localized('cli.seed.done', { database: describeDatabase(database) }));
  });
}
