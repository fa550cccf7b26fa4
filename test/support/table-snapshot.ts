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
