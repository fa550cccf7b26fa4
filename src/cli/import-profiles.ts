import { resolve } from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { importProfiles } from '../features/members/mapping.service';
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import { readSpreadsheet } from '../lib/spreadsheet';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

export async function runImportProfiles(file: string | undefined): Promise<void> {
  if (!file) throw new AppError('VALIDATION', localized('cli.importProfiles.usage'));
  const path = resolve(file);
  const sheet = await readSpreadsheet(path);
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const result = await importProfiles(deps, commandLineActor(), sheet, file);
    console.log(localized('cli.importProfiles.done', { file, rows: result.rows, changed: result.changed }));
  });
}
