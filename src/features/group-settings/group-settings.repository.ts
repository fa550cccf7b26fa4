/** Queries of the group settings: one row, id 1. */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { GroupSettingsTable } from './group-settings.table';

export type GroupSettingsRow = Selectable<GroupSettingsTable>;

export const settingsId = 1;

export async function findSettings(db: Executor): Promise<GroupSettingsRow | undefined> {
  return db.selectFrom('group_settings').selectAll().where('id', '=', settingsId).executeTakeFirst();
}

/** Inserts the row unless one exists; returns it when inserted. */
export async function insertSettings(db: Executor, row: Insertable<GroupSettingsTable>): Promise<GroupSettingsRow | undefined> {
  return db
    .insertInto('group_settings')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** What tells that the settings changed: their version and time (empty when there are none). */
export async function settingsStamp(db: Executor): Promise<string> {
  const row = await db.selectFrom('group_settings').select(['version', 'updated_at']).where('id', '=', settingsId).executeTakeFirst();
  return row ? `${row.version}:${new Date(row.updated_at).toISOString()}` : '';
}

/** How much an install already holds, for `icat init` (which prepares an empty one only). */
export async function installContents(db: Executor): Promise<{ settings: number; entities: number; accounts: number; seeded: number }> {
  const result = await sql<{ settings: number; entities: number; accounts: number; seeded: number }>`
    select (select count(*)::int from group_settings) as settings,
           (select count(*)::int from entities) as entities,
           (select count(*)::int from accounts) as accounts,
           (select count(*)::int from app_meta where key = 'seeded_at') as seeded`.execute(db);
  return result.rows[0]!;
}
