/**
 * Optimistic concurrency for editable records. Each carries a `version`; a form sends back the
 * version it was opened at, and the update only applies while the row is still at that version. So
 * a stale form never overwrites a newer save: the update matches no row, the caller gets nothing back
 * and turns that into STALE_VERSION (409), and the person sees both what they typed and what is saved.
 */
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import { AppError, staleVersion, type StaleRecord } from '../lib/errors';
import { localized, type Params } from '../lib/i18n';
import type { DB, Executor } from './database';

/** The tables whose rows have a numeric `id` and a `version`. */
export type VersionedTable = { [T in keyof DB]: DB[T] extends { id: unknown; version: unknown } ? T : never }[keyof DB];

/** One versioned row as the query below sees it, whatever its table. */
interface VersionedRow {
  id: number;
  version: number;
  updated_at: Date;
}

/**
 * Applies `changes` to row `id` of `table` if it is still at `version`, and moves it to the next
 * version (stamping `updated_at` with `at` when given). Returns the new row, or undefined when the
 * row has moved on (or does not exist).
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Executor,
  table: T,
  id: number,
  version: number,
  changes: Updateable<DB[T]>,
  at?: DB[T] extends { updated_at: unknown } ? Date : never,
): Promise<Selectable<DB[T]> | undefined> {
  // Kysely cannot check column names against a table chosen by a type parameter, so the query is
  // written against the shape every versioned table shares; `changes` was checked against T above.
  const versioned = db as unknown as Kysely<Record<string, VersionedRow>>;
  const name: string = table;
  const row = await versioned
    .updateTable(name)
    .set({ ...(changes as Updateable<VersionedRow>), version: sql`version + 1`, ...(at ? { updated_at: at } : {}) })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row as Selectable<DB[T]> | undefined;
}

type Row<T extends VersionedTable> = Selectable<DB[T]>;

/** One save of a versioned record, with everything that must commit with it. */
export interface VersionedUpdate<T extends VersionedTable, Current> {
  table: T;
  /**
   * The row as this transaction read it. Read it `for update` when rules are checked on it (a state,
   * a lock date), so that they still hold when the update runs.
   */
  before: Row<T>;
  /** The version the person's form was opened at (or the one the caller read, for a step of its own). */
  expectedVersion: number;
  changes: Updateable<DB[T]>;
  /** Stamps `updated_at`, on the tables that have it. */
  at?: DB[T] extends { updated_at: unknown } ? Date : never;
  /** The refusal when the record has moved on, and the shape its saved state is shown in. */
  stale: StaleRecord<Current>;
  /** Values for the refusal's sentence, when it names the record. */
  staleParams?: Params;
  show: (saved: Row<T>) => Current | Promise<Current>;
  /** Writes that belong with the record (its lists, its files), run after the update. */
  related?: (after: Row<T>) => Promise<void>;
  /** Feeds the search index with the new state. */
  reindex?: (after: Row<T>) => Promise<void>;
  /** Writes the audit entry: required, so no versioned save goes unrecorded. */
  audit: (after: Row<T>) => Promise<void>;
}

/**
 * Saves a versioned record inside the caller's transaction: refuses with StaleVersionError (409,
 * carrying the saved record) when it is no longer at `expectedVersion`, else updates it with the
 * version in the UPDATE's WHERE (so of two people saving at once, one wins and the other is refused,
 * whatever the isolation level), then runs the related writes, the re-index and the audit entry in
 * the same transaction. Returns the saved row.
 */
export async function updateVersioned<T extends VersionedTable, Current>(trx: Executor, write: VersionedUpdate<T, Current>): Promise<Row<T>> {
  const before = write.before as unknown as VersionedRow;
  if (before.version !== write.expectedVersion) throw staleVersion(write.stale, await write.show(write.before), write.staleParams);
  const after = await updateIfVersion(trx, write.table, before.id, write.expectedVersion, write.changes, write.at);
  if (!after) throw staleVersion(write.stale, await write.show(await savedRow(trx, write.table, before.id)), write.staleParams);
  await write.related?.(after);
  await write.reindex?.(after);
  await write.audit(after);
  return after;
}

/** The row as now committed, after an update that found it moved on. */
async function savedRow<T extends VersionedTable>(db: Executor, table: T, id: number): Promise<Row<T>> {
  const versioned = db as unknown as Kysely<Record<string, VersionedRow>>;
  const name: string = table;
  const row = await versioned.selectFrom(name).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', localized('error.NOT_FOUND'));
  return row as unknown as Row<T>;
}
