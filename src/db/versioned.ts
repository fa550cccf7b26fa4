/**
 * Optimistic concurrency for editable records. Each carries a `version`; a form sends back the
 * version it was opened at, and the update only applies while the row is still at that version. So
 * a stale form never overwrites a newer save: the update matches no row, the caller gets nothing back
 * and turns that into STALE_VERSION (409), and the person sees both what they typed and what is saved.
 */
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
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
