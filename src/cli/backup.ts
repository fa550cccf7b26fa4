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
import { localized } from '../lib/i18n';
import { describeDatabase, withContext } from './context';

/** Progress on stderr for the tables that take a while; the summary goes to stdout. */
const showProgress: Progress = (table, rows) => {
  if (rows > 0 && rows % 1000 === 0) process.stderr.write(`${localized('cli.backup.progress', { table, rows })}\n`);
};

function totals(header: BackupHeader): string {
  const tables = Object.keys(header.tables).length;
  const rows = Object.values(header.tables).reduce((sum, count) => sum + count, 0);
  return localized('cli.backup.totals', { tables, rows, files: header.tables.stored_files ?? 0 });
}

function fileArgument(args: string[], usage: string): string {
  const file = args[0];
  if (!file || file.startsWith('-')) throw new AppError('VALIDATION', usage);
  return resolve(file);
}

export async function runBackup(args: string[]): Promise<void> {
  const file = fileArgument(args, localized('cli.backup.usage'));
  await withContext(
    async ({ database, deps }) => {
      const header = await writeBackup(deps.db, file, deps.clock.now(), showProgress);
      const megabytes = (statSync(file).size / 1024 / 1024).toFixed(1);
      console.log(localized('cli.backup.done', { database: describeDatabase(database), level: header.migration ?? localized('cli.level.none'), totals: totals(header) }));
      console.log(localized('cli.backup.written', { file, size: megabytes }));
    },
    { existingData: true },
  );
}

export async function runRestore(args: string[]): Promise<void> {
  const file = fileArgument(args, localized('cli.restore.usage'));
  await withContext(async ({ database, deps }) => {
    const header = await restoreBackup(deps.db, file, showProgress);
    const mail = await requeueUnsent(deps);
    const reports = await requeueUnfinished(deps);
    console.log(localized('cli.restore.done', { file, made: header.createdAt, database: describeDatabase(database), totals: totals(header) }));
    if (mail + reports > 0) console.log(localized('cli.restore.requeued', { mail, reports }));
  });
}
