/**
 * Counts that several features add up in one statement: each feature gives a subquery (its own SQL)
 * and how to read the value it returns (its own rules), so the navigation's counts cost one round trip
 * however many features contribute to them.
 */
import { sql, type Expression } from 'kysely';
import type { Executor } from './database';

export interface CountPart {
  /** A subquery that returns one value: a number, or a JSON document of the facts the count needs. */
  query: Expression<unknown>;
  /** The count, from the value the subquery returned. */
  read(value: unknown): number;
}

/** Runs every part's subquery in one statement; returns the counts in the parts' order. */
export async function countInOneStatement(db: Executor, parts: CountPart[]): Promise<number[]> {
  if (parts.length === 0) return [];
  const row = (await db.selectNoFrom(parts.map((part, index) => sql`(${part.query})`.as(`part_${index}`))).executeTakeFirstOrThrow()) as Record<string, unknown>;
  return parts.map((part, index) => part.read(row[`part_${index}`]));
}
