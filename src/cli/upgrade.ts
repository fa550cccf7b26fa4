/** Brings a database up to date: its migrations, then the data that earlier versions kept on disk. */
import { migrateToLatest, type MigrationReport } from '../db/migrate';
import type { Deps } from '../deps';
import { moveUploadsIntoDatabase } from '../features/files/files.service';
import { moveGeneratedFilesIntoDatabase } from '../features/reports/report-files.service';

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
  const applied = report.applied.length > 0 ? `applied ${report.applied.join(', ')}` : 'already up to date';
  const moved = report.movedFiles > 0 ? `; moved ${report.movedFiles} file(s) from the data directory into the database` : '';
  return `${applied}; level ${report.level ?? 'none'}${moved}`;
}
