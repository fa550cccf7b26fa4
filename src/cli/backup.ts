/**
 * `icat backup FILE` and `icat restore FILE`: the whole database, files included, in one file that
 * moves between the embedded database and a PostgreSQL server (docs/backup.md).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { restoreBackup, writeBackup, type BackupHeader, type Progress } from '../db/backup';
import { requeueUnsent } from '../features/mail/mail.service';
import { requeueUnfinished } from '../features/reports/report-jobs.service';
import { AppError } from '../lib/errors';
import { describeDatabase, withContext } from './context';

/** Progress on stderr for the tables that take a while; the summary goes to stdout. */
const showProgress: Progress = (table, rows) => {
  if (rows > 0 && rows % 1000 === 0) process.stderr.write(`  ${table}: ${rows} rows…\n`);
};

function totals(header: BackupHeader): string {
  const tables = Object.keys(header.tables).length;
  const rows = Object.values(header.tables).reduce((sum, count) => sum + count, 0);
  return `${tables} tables, ${rows} rows, ${header.tables.stored_files ?? 0} files`;
}

function fileArgument(args: string[], usage: string): string {
  const file = args[0];
  if (!file || file.startsWith('-')) throw new AppError('VALIDATION', usage);
  return resolve(file);
}

export async function runBackup(args: string[]): Promise<void> {
  const file = fileArgument(args, 'Usage: icat backup FILE (for example icat backup icat-2026-11-29.backup.gz)');
  await withContext(async ({ database, deps }) => {
    const header = await writeBackup(deps.db, file, deps.clock.now(), showProgress);
    const megabytes = (statSync(file).size / 1024 / 1024).toFixed(1);
    console.log(`Backup of ${describeDatabase(database)} at level ${header.migration ?? 'none'}: ${totals(header)}.`);
    console.log(`Written to ${file} (${megabytes} MB).`);
  }, { existingData: true });
}

export async function runRestore(args: string[]): Promise<void> {
  const file = fileArgument(args, 'Usage: icat restore FILE (into an empty database or ICAT_DATA_DIR)');
  await withContext(async ({ database, deps }) => {
    const header = await restoreBackup(deps.db, file, showProgress);
    const mail = await requeueUnsent(deps);
    const reports = await requeueUnfinished(deps);
    console.log(`Restored ${file} (made ${header.createdAt}) into ${describeDatabase(database)}: ${totals(header)}.`);
    if (mail + reports > 0) console.log(`${mail} unsent mail(s) and ${reports} report generation(s) will run when the server starts.`);
  });
}
