/**
 * Logical backups that move between the embedded database and a PostgreSQL server: every row of
 * every table of the platform (files included, since they live in the database), read in one
 * snapshot, written as gzip-compressed JSON lines.
 *
 *   line 1            {"format":"icat-backup","version":1,"migration":…,"createdAt":…,"tables":{name: rows}}
 *   then per table    {"table":name} followed by one {"row":{…}} per row (to_jsonb of the row)
 *
 * Tables come in an order that satisfies the foreign keys, so a restore streams: it needs an empty
 * database, migrates it to the backup's level, inserts the rows as they come in one transaction
 * (identity values kept, sequences moved past them), and then migrates to the newest level, so an
 * older backup restores into a newer platform.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import { AppError } from '../lib/errors';
import { latestMigrationName, migrateTo, migrateToLatest, migrationLevel } from './migrate';
import type { DB } from './schema';
import { localized } from '../lib/i18n';

const format = 'icat-backup';
const formatVersion = 1;
const batchSize = 200;
/** The migrator's own bookkeeping is rebuilt by migrating, not copied. */
const skippedTables = new Set(['kysely_migration', 'kysely_migration_lock']);

export interface BackupHeader {
  format: typeof format;
  version: number;
  migration: string | null;
  createdAt: string;
  tables: Record<string, number>;
}

export type Progress = (table: string, rows: number) => void;

type Executor = Kysely<DB> | Transaction<DB>;

async function tablesOf(db: Executor): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return result.rows.map((row) => row.name).filter((name) => !skippedTables.has(name));
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function inDependencyOrder(db: Executor, tables: string[]): Promise<string[]> {
  const edges = await sql<{ child: string; parent: string }>`
    select conrelid::regclass::text as child, confrelid::regclass::text as parent
    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`.execute(db);
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of edges.rows) if (child !== parent) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

async function primaryKeyOf(db: Executor, table: string): Promise<string[]> {
  const result = await sql<{ column: string }>`
    select a.attname as column from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary order by array_position(i.indkey::int2[], a.attnum)`.execute(db);
  return result.rows.map((row) => row.column);
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function* rowsOf(trx: Executor, table: string): AsyncGenerator<unknown[]> {
  const key = await primaryKeyOf(trx, table);
  const order = key.length > 0 ? key.map(quoted).join(', ') : 'ctid';
  for (let offset = 0; ; offset += batchSize) {
    const result = await trx.executeQuery<{ row: unknown }>(CompiledQuery.raw(`select to_jsonb(t) as row from ${quoted(table)} t order by ${order} limit ${batchSize} offset ${offset}`, []));
    yield result.rows.map((row) => row.row);
    if (result.rows.length < batchSize) return;
  }
}

/** Writes the whole database to `path`; returns the header (tables and their row counts). */
export async function writeBackup(db: Kysely<DB>, path: string, now: Date, progress: Progress = () => undefined): Promise<BackupHeader> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await inDependencyOrder(trx, await tablesOf(trx));
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const result = await trx.executeQuery<{ count: number }>(CompiledQuery.raw(`select count(*)::int as count from ${quoted(table)}`, []));
        counts[table] = result.rows[0]?.count ?? 0;
      }
      const header: BackupHeader = { format, version: formatVersion, migration: await migrationLevel(trx), createdAt: now.toISOString(), tables: counts };
      const gzip = createGzip();
      const written = pipeline(gzip, createWriteStream(path, { mode: 0o600 }));
      const line = async (value: unknown) => {
        if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
      };
      await line(header);
      for (const table of tables) {
        await line({ table });
        let done = 0;
        for await (const batch of rowsOf(trx, table)) {
          for (const row of batch) await line({ row });
          done += batch.length;
          progress(table, done);
        }
      }
      gzip.end();
      await written;
      return header;
    });
}

async function readLines(path: string): Promise<AsyncIterable<string>> {
  const gunzip = createReadStream(path).pipe(createGunzip());
  return createInterface({ input: gunzip as unknown as Readable, crlfDelay: Infinity });
}

function parseHeader(text: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | null = null;
  try {
    header = text ? (JSON.parse(text) as Partial<BackupHeader>) : null;
  } catch {
    header = null;
  }
  if (header?.format !== format || header.version !== formatVersion || typeof header.tables !== 'object') {
    throw new AppError('IMPORT_INVALID', localized('raised.backup.notBackup'));
  }
  return header as BackupHeader;
}

async function assertEmpty(db: Kysely<DB>): Promise<void> {
  if ((await migrationLevel(db)) !== null) {
    throw new AppError('CONFLICT', localized('raised.backup.notEmpty'));
  }
}

interface TableShape {
  columns: string[];
  identity: string[];
  /** Columns numbered by a sequence (identity or serial): the sequence is moved past the restored rows. */
  sequenced: string[];
}

async function shapeOf(db: Executor, table: string): Promise<TableShape> {
  const result = await sql<{ name: string; generated: string; identity: string; sequence: string | null }>`
    select column_name as name, is_generated as generated, is_identity as identity, pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
    from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`.execute(db);
  const columns = result.rows.filter((row) => row.generated === 'NEVER');
  return {
    columns: columns.map((row) => row.name),
    identity: columns.filter((row) => row.identity === 'YES').map((row) => row.name),
    sequenced: columns.filter((row) => row.sequence !== null).map((row) => row.name),
  };
}

async function insertRows(trx: Executor, table: string, shape: TableShape, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = shape.columns.map(quoted).join(', ');
  const overriding = shape.identity.length > 0 ? 'overriding system value' : '';
  await trx.executeQuery(
    CompiledQuery.raw(`insert into ${quoted(table)} (${columns}) ${overriding} select ${columns} from jsonb_populate_recordset(null::${quoted(table)}, $1::jsonb)`, [JSON.stringify(rows)]),
  );
}

async function moveSequencesPast(trx: Executor, table: string, shape: TableShape): Promise<void> {
  for (const column of shape.sequenced) {
    await trx.executeQuery(
      CompiledQuery.raw(`select setval(pg_get_serial_sequence($1, $2), greatest(coalesce((select max(${quoted(column)}) from ${quoted(table)}), 0), 1), (select count(*) > 0 from ${quoted(table)}))`, [
        table,
        column,
      ]),
    );
  }
}

/**
 * Some migrations give a new database starting rows (the vocabularies a group begins with). The
 * backup holds those tables as they were when it was made, so the starting rows make way for them.
 */
async function clearStartingRows(trx: Executor, tables: string[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const found = await trx.executeQuery<{ any: boolean }>(CompiledQuery.raw(`select exists (select 1 from ${quoted(table)}) as any`));
    if (found.rows[0]?.any) filled.push(table);
  }
  if (filled.length > 0) await trx.executeQuery(CompiledQuery.raw(`truncate ${filled.map(quoted).join(', ')} cascade`));
}

/** Reads a backup into an empty database; returns its header. */
export async function restoreBackup(db: Kysely<DB>, path: string, progress: Progress = () => undefined): Promise<BackupHeader> {
  await assertEmpty(db);
  const lines = (await readLines(path))[Symbol.asyncIterator]();
  const header = parseHeader((await lines.next()).value as string | undefined);
  const latest = latestMigrationName();
  if (header.migration && latest && header.migration > latest) {
    throw new AppError('IMPORT_INVALID', localized('raised.backup.newer', { level: String(header.migration) }));
  }
  if (header.migration) await migrateTo(db, header.migration);
  await db.transaction().execute(async (trx) => {
    const known = new Set(await tablesOf(trx));
    const unknown = Object.keys(header.tables).filter((table) => !known.has(table));
    if (unknown.length > 0) throw new AppError('IMPORT_INVALID', localized('raised.backup.unknownTables', { tables: unknown.join(', ') }));
    await clearStartingRows(trx, Object.keys(header.tables));
    let table: { name: string; shape: TableShape; batch: unknown[]; done: number } | null = null;
    const flush = async () => {
      if (!table || table.batch.length === 0) return;
      await insertRows(trx, table.name, table.shape, table.batch);
      table.done += table.batch.length;
      table.batch = [];
      progress(table.name, table.done);
    };
    const finish = async () => {
      if (!table) return;
      await flush();
      await moveSequencesPast(trx, table.name, table.shape);
      const expected = header.tables[table.name] ?? 0;
      if (table.done !== expected) throw new AppError('IMPORT_INVALID', localized('raised.backup.incomplete', { table: table.name, expected: String(expected), done: String(table.done) }));
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      if (!next.value) continue;
      const entry = JSON.parse(next.value as string) as { table?: string; row?: unknown };
      if (entry.table !== undefined) {
        await finish();
        table = { name: entry.table, shape: await shapeOf(trx, entry.table), batch: [], done: 0 };
      } else if (table) {
        table.batch.push(entry.row);
        if (table.batch.length >= batchSize) await flush();
      }
    }
    await finish();
  });
  await migrateToLatest(db);
  return header;
}

/** Rows of a backup: for the tests and for `icat restore --check`. */
export async function readBackupHeader(path: string): Promise<BackupHeader> {
  const lines = (await readLines(path))[Symbol.asyncIterator]();
  return parseHeader((await lines.next()).value as string | undefined);
}
