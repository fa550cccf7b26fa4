import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { StoredFilesTable } from './files.table';

export async function insertFile(db: Executor, values: Insertable<StoredFilesTable>): Promise<void> {
  await db.insertInto('stored_files').values(values).execute();
}

export async function insertFileIfMissing(db: Executor, values: Insertable<StoredFilesTable>): Promise<void> {
  await db
    .insertInto('stored_files')
    .values(values)
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export async function findFileBytes(db: Executor, name: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('stored_files').select('bytes').where('name', '=', name).executeTakeFirst();
  return row?.bytes;
}

export async function deleteFiles(db: Executor, names: string[]): Promise<void> {
  if (names.length > 0) await db.deleteFrom('stored_files').where('name', 'in', names).execute();
}
