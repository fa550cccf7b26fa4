import { migrateToLatest } from '../db/migrate';
import { describeDatabase, withContext } from './context';
import { seedDatabase } from './seed';

export async function runSeed(): Promise<void> {
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const report = await seedDatabase(deps);
    for (const step of report.steps) console.log(`  ${step.name}: ${step.inserted} new`);
    console.log(`Reference and demo data loaded into ${describeDatabase(database)}.`);
  });
}
