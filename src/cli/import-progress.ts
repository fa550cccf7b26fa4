import { resolve } from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { findPeriodByName, importProgress } from '../features/progress/progress-import.service';
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import { readSpreadsheet } from '../lib/spreadsheet';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

/** `icat import-progress PERIOD FILE`: a period's updates from a .csv or .xlsx file, all rows or none. */
export async function runImportProgress(args: string[]): Promise<void> {
  const [name, file] = args;
  if (!name || !file || args.length > 2) throw new AppError('VALIDATION', localized('cli.importProgress.usage'));
  // The file is read and bounded before the database is opened: a broken file costs nothing.
  const sheet = await readSpreadsheet(resolve(file));
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const period = await findPeriodByName(deps, name);
    if (!period) throw new AppError('NOT_FOUND', localized('cli.importProgress.unknownPeriod', { period: name }));
    const result = await importProgress(deps, commandLineActor(), period.id, sheet, file);
    const { rows, created, updated, unchanged, blank } = result;
    console.log(localized('cli.importProgress.done', { file, period: `${period.label} (${period.year})`, id: period.id, rows, created, updated, unchanged, blank }));
  });
}
