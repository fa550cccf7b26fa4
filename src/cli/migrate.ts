import { migrateToLatest } from '../db/migrate';
import { describeDatabase, withContext } from './context';

export async function runMigrate(): Promise<void> {
  await withContext(async ({ database }) => {
    const report = await migrateToLatest(database.db);
    const applied = report.applied.length > 0 ? `applied ${report.applied.join(', ')}` : 'already up to date';
    console.log(`Migrations on ${describeDatabase(database)}: ${applied}; level ${report.level ?? 'none'}.`);
  });
}
