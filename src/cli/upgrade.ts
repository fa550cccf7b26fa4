/** Brings a database up to date: its migrations, then the data that earlier versions kept on disk. */
import { migrateToLatest, type MigrationReport } from '../db/migrate';
import type { Deps } from '../deps';
import { moveUploadsIntoDatabase } from '../features/files/files.service';
import { moveGeneratedFilesIntoDatabase } from '../features/reports/report-files.service';
import { localized } from '../lib/i18n';

export interface UpgradeReport extends MigrationReport {
  /** Files moved from ICAT_DATA_DIR/uploads and ICAT_DATA_DIR/reports into the database. */
  movedFiles: number;
}

export async function upgradeDatabase(deps: Deps): Promise<UpgradeReport> {
  const migrations = await migrateToLatest(deps.db);
  const uploads = await moveUploadsIntoDatabase(deps.db, deps.config.uploadsDir, deps.clock.now());
  const reports = await moveGeneratedFilesIntoDatabase(deps);
  return { ...migrations, movedFiles: uploads + reports };
}

export function describeUpgrade(report: UpgradeReport): string {
  const level = report.level ?? localized('cli.level.none');
  const summary = report.applied.length > 0 ? localized('cli.upgrade.applied', { migrations: report.applied.join(', '), level }) : localized('cli.upgrade.upToDate', { level });
  return report.movedFiles > 0 ? localized('cli.upgrade.moved', { summary, count: report.movedFiles }) : summary;
}
