import { localized } from '../lib/i18n';
import { describeDatabase, withContext } from './context';
import { describeUpgrade, upgradeDatabase } from './upgrade';

export async function runMigrate(): Promise<void> {
  await withContext(async ({ database, deps }) => {
    const report = await upgradeDatabase(deps);
    console.log(localized('cli.migrate.done', { database: describeDatabase(database), upgrade: describeUpgrade(report) }));
  });
}
