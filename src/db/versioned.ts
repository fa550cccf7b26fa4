/**
 * Optimistic concurrency for editable records. Each carries a `version`; a form sends back the
 * version it was opened at, and the write only applies while the row is still at that version. So
 * a stale form never overwrites a newer save: the write matches no row, the caller gets nothing back
 * and turns that into STALE_VERSION (409), and the person sees both what they typed and what is saved.
 */
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import { AppError, staleVersion, type StaleRecord } from '../lib/errors';
import { localized, type Params } from '../lib/i18n';
import type { DB, Executor } from './database';

/** The tables whose rows carry a `version`. */
export type VersionedTable = { [T in keyof DB]: DB[T] extends { version: unknown } ? T : never }[keyof DB];

type Row<T extends VersionedTable> = Selectable<DB[T]>;

/**
 * The columns that find one row of `table`: a number is its `id`; an object names the columns of a
 * row keyed otherwise (`{ report_id, key }` for a report's narrative section).
 */
export type RowKey<T extends VersionedTable> = (DB[T] extends { id: unknown } ? number : never) | Partial<Row<T>>;

/** A row as the queries below see it, whatever its table: Kysely cannot check columns of a table chosen by a type parameter. */
type AnyRow = Record<string, unknown>;

function untyped(db: Executor): Kysely<Record<string, AnyRow>> {
  return db as unknown as Kysely<Record<string, AnyRow>>;
}

function keyColumns<T extends VersionedTable>(key: RowKey<T>): [string, unknown][] {
  const columns = typeof key === 'number' ? [['id', key] as [string, unknown]] : Object.entries(key);
  if (columns.length === 0) throw new Error('A versioned write needs the columns that find its row.');
  return columns;
}

/**
 * Applies `changes` to the row of `table` found by `key` if it is still at `version`, and moves it to
 * the next version (stamping `updated_at` with `at` when given). Returns the new row, or undefined
 * when the row has moved on (or does not exist).
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: RowKey<T>,
  version: number,
  changes: Updateable<DB[T]>,
  at?: DB[T] extends { updated_at: unknown } ? Date : never,
): Promise<Row<T> | undefined> {
  // `changes` was checked against T by the signature; the query is written against any row.
  let query = untyped(db)
    .updateTable(table as string)
    .set({ ...(changes as AnyRow), version: sql`version + 1`, ...(at ? { updated_at: at } : {}) });
  for (const [column, value] of keyColumns(key)) query = query.where(column, '=', value);
  const row = await query.where('version', '=', version).returningAll().executeTakeFirst();
  return row as Row<T> | undefined;
}

/** Deletes the row of `table` found by `key` if it is still at `version`. Returns the deleted row, or undefined when it has moved on. */
export async function deleteIfVersion<T extends VersionedTable>(db: Executor, table: T, key: RowKey<T>, version: number): Promise<Row<T> | undefined> {
  let query = untyped(db).deleteFrom(table as string);
  for (const [column, value] of keyColumns(key)) query = query.where(column, '=', value);
  const row = await query.where('version', '=', version).returningAll().executeTakeFirst();
  return row as Row<T> | undefined;
}

/** What every versioned write (a save or a delete) shares. */
interface VersionedWrite<T extends VersionedTable, Current> {
  table: T;
  /**
   * The row as this transaction read it. Read it `for update` when rules are checked on it (a state,
   * a lock date), so that they still hold when the write runs.
   */
  before: Row<T>;
  /**
   * The version the person's form was opened at. Left out for a step of the caller's own (closing a
   * round, moving a report on), which expects the version it read in `before`.
   */
  expectedVersion?: number;
  /** The refusal when the record has moved on, and the shape its saved state is shown in. */
  stale: StaleRecord<Current>;
  /** Values for the refusal's sentence, when it names the record. */
  staleParams?: Params;
  show: (saved: Row<T>) => Current | Promise<Current>;
  /** The state shown when the record was deleted meanwhile; without it, that refusal is NOT_FOUND. */
  gone?: () => Current;
}

/** The row's key: its `id` by default, required for a table without one. */
type KeyOf<T extends VersionedTable> = DB[T] extends { id: unknown } ? { key?: RowKey<T> } : { key: RowKey<T> };

/** One save of a versioned record, with everything that must commit with it. */
export type VersionedUpdate<T extends VersionedTable, Current> = VersionedWrite<T, Current> &
  KeyOf<T> & {
    changes: Updateable<DB[T]>;
    /** Stamps `updated_at`, on the tables that have it. */
    at?: DB[T] extends { updated_at: unknown } ? Date : never;
    /** Writes that belong with the record (its lists, its files), run after the update. */
    related?: (after: Row<T>) => Promise<void>;
    /** Feeds the search index with the new state. */
    reindex?: (after: Row<T>) => Promise<void>;
    /** Writes the audit entry: required, so no versioned save goes unrecorded. */
    audit: (after: Row<T>) => Promise<void>;
  };

/** One delete of a versioned record, with everything that must commit with it. */
export type VersionedDelete<T extends VersionedTable, Current> = VersionedWrite<T, Current> &
  KeyOf<T> & {
    /** Takes the record out of the search index. */
    reindex?: (deleted: Row<T>) => Promise<void>;
    /** Writes the audit entry: required, so no versioned delete goes unrecorded. */
    audit: (deleted: Row<T>) => Promise<void>;
  };

function writeKey<T extends VersionedTable>(write: { before: Row<T>; key?: RowKey<T> }): RowKey<T> {
  return write.key ?? ((write.before as AnyRow).id as RowKey<T>);
}

/** Refuses before writing a form opened on a version older than the one read. */
async function refuseOlderForm<T extends VersionedTable, Current>(write: VersionedWrite<T, Current>): Promise<number> {
  const read = (write.before as AnyRow).version as number;
  const expected = write.expectedVersion ?? read;
  if (read !== expected) throw staleVersion(write.stale, await write.show(write.before), write.staleParams);
  return expected;
}

/**
 * Saves a versioned record inside the caller's transaction: refuses with StaleVersionError (409,
 * carrying the saved record) when it is no longer at `expectedVersion`, else updates it with the
 * version in the UPDATE's WHERE (so of two people saving at once, one wins and the other is refused,
 * whatever the isolation level), then runs the related writes, the re-index and the audit entry in
 * the same transaction. Returns the saved row.
 */
export async function updateVersioned<T extends VersionedTable, Current>(trx: Executor, write: VersionedUpdate<T, Current>): Promise<Row<T>> {
  const expected = await refuseOlderForm(write);
  const key = writeKey(write);
  const after = await updateIfVersion(trx, write.table, key, expected, write.changes, write.at);
  if (!after) throw await movedOn(trx, write, key);
  await write.related?.(after);
  await write.reindex?.(after);
  await write.audit(after);
  return after;
}

/**
 * Deletes a versioned record inside the caller's transaction, on the same terms as updateVersioned:
 * a form opened on an older version, or a delete racing a save, is refused with the saved record.
 * Returns the deleted row.
 */
export async function deleteVersioned<T extends VersionedTable, Current>(trx: Executor, write: VersionedDelete<T, Current>): Promise<Row<T>> {
  const expected = await refuseOlderForm(write);
  const key = writeKey(write);
  const deleted = await deleteIfVersion(trx, write.table, key, expected);
  if (!deleted) throw await movedOn(trx, write, key);
  await write.reindex?.(deleted);
  await write.audit(deleted);
  return deleted;
}

/** The refusal of a write that found its row moved on, showing the row as now committed. */
async function movedOn<T extends VersionedTable, Current>(db: Executor, write: VersionedWrite<T, Current>, key: RowKey<T>): Promise<AppError> {
  let query = untyped(db)
    .selectFrom(write.table as string)
    .selectAll();
  for (const [column, value] of keyColumns(key)) query = query.where(column, '=', value);
  const row = (await query.executeTakeFirst()) as Row<T> | undefined;
  if (row) return staleVersion(write.stale, await write.show(row), write.staleParams);
  if (write.gone) return staleVersion(write.stale, write.gone(), write.staleParams);
  return new AppError('NOT_FOUND', localized('error.NOT_FOUND'));
}
