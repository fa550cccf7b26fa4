import { describeDatabase, withContext } from './context';
import { describeUpgrade, upgradeDatabase } from './upgrade';

export async function runMigrate(): Promise<void> {
  await withContext(async ({ database, deps }) => {
    const report = await upgradeDatabase(deps);
    console.log(`Migrations on ${describeDatabase(database)}: ${describeUpgrade(report)}.`);
  });
}
