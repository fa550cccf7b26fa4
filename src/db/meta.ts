/** Small facts about the database itself (when it was seeded, say), kept in app_meta. */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

export async function readMeta(db: Kysely<DB>, key: string): Promise<string | null> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function writeMeta(db: Kysely<DB>, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: sql`now()` }))
    .execute();
}
