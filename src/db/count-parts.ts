/**
 * Counts that several features add up in one statement: each feature gives a subquery (its own SQL)
 * and how to read the value it returns (its own rules), so the navigation's counts cost one round trip
 * however many features contribute to them.
 */
import { sql, type Expression } from 'kysely';
import type { Executor } from './database';

/** A count's share of the navigation: a subquery that returns a number, or a JSON document of the facts the count needs. */
export type CountPart = GatherPart<number>;

/** Runs every part's subquery in one statement; returns the counts in the parts' order. */
export function countInOneStatement(db: Executor, parts: CountPart[]): Promise<number[]> {
  return gatherInOneStatement(db, parts);
}

/** A feature's share of a page gathered in one statement: its subquery, and how to read what it returned. */
export interface GatherPart<T> {
  query: Expression<unknown>;
  read(value: unknown): T;
}

type Gathered<Parts extends readonly GatherPart<unknown>[]> = { [K in keyof Parts]: Parts[K] extends GatherPart<infer T> ? T : never };

/** Runs every part's subquery as a column of one statement; returns what each part read, in the parts' order. */
export async function gatherInOneStatement<const Parts extends readonly GatherPart<unknown>[]>(db: Executor, parts: Parts): Promise<Gathered<Parts>> {
  if (parts.length === 0) return [] as unknown as Gathered<Parts>;
  const row = (await db.selectNoFrom(parts.map((part, index) => sql`(${part.query})`.as(`part_${index}`))).executeTakeFirstOrThrow()) as Record<string, unknown>;
  return parts.map((part, index) => part.read(row[`part_${index}`])) as unknown as Gathered<Parts>;
}
