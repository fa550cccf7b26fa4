import { sql, type Kysely } from 'kysely';

/** Every row of every application table, as text: equal snapshots mean nothing changed. */
export async function snapshotTables(db: Kysely<any>): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%' and table_name <> 'app_meta'
    order by table_name`.execute(db);
  const snapshot: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(db);
    snapshot[name] = rows.rows.map((row) => row.row).sort();
  }
  return snapshot;
}

export interface TableFingerprint {
  rows: number;
  md5: string;
}

/**
 * Every application table's row count and a hash of all its rows (files' bytes included), read in
 * UTC so that two databases in different time zones compare equal.
 */
export async function fingerprintTables(db: Kysely<any>): Promise<Record<string, TableFingerprint>> {
  return db.transaction().execute(async (trx) => {
    await sql`set local timezone = 'UTC'`.execute(trx);
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
      order by table_name`.execute(trx);
    const prints: Record<string, TableFingerprint> = {};
    for (const { name } of tables.rows) {
      const result = await sql<{ rows: number; md5: string }>`
        select count(*)::int as rows, md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as md5 from ${sql.table(name)} t`.execute(trx);
      prints[name] = result.rows[0] as TableFingerprint;
    }
    return prints;
  });
}
