import { resolve } from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { importProfiles } from '../features/members/mapping.service';
import { readSpreadsheet } from '../lib/spreadsheet';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

export async function runImportProfiles(file: string | undefined): Promise<void> {
  if (!file) throw new Error('Usage: icat import-profiles FILE.csv|FILE.xlsx');
  const path = resolve(file);
  const sheet = await readSpreadsheet(path);
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const result = await importProfiles(deps, commandLineActor(), sheet, file);
    console.log(`${file}: ${result.rows} profile(s) read, ${result.changed} written (the others were unchanged).`);
  });
}
