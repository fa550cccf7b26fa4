/** The co-chairs' pledges of a term, and the plan items each names. */
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PledgesTable } from './progress.table';

export type PledgeRow = Selectable<PledgesTable>;

export async function listPledgesOfTerm(db: Executor, termId: number): Promise<PledgeRow[]> {
  return db.selectFrom('pledges').selectAll().where('term_id', '=', termId).orderBy('position').limit(200).execute();
}

export async function findPledge(db: Executor, id: number): Promise<PledgeRow | undefined> {
  return db.selectFrom('pledges').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPledge(db: Executor, pledge: Insertable<PledgesTable>): Promise<PledgeRow> {
  return db.insertInto('pledges').values(pledge).returningAll().executeTakeFirstOrThrow();
}

export async function nextPledgePosition(db: Executor, termId: number): Promise<number> {
  const row = await db
    .selectFrom('pledges')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('term_id', '=', termId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function listPledgeItems(db: Executor, pledgeIds: number[]): Promise<{ pledge_id: number; item_id: number }[]> {
  if (pledgeIds.length === 0) return [];
  return db.selectFrom('pledge_items').selectAll().where('pledge_id', 'in', pledgeIds).execute();
}

export async function replacePledgeItems(db: Executor, pledgeId: number, itemIds: number[]): Promise<void> {
  await db.deleteFrom('pledge_items').where('pledge_id', '=', pledgeId).execute();
  if (itemIds.length > 0)
    await db
      .insertInto('pledge_items')
      .values(itemIds.map((itemId) => ({ pledge_id: pledgeId, item_id: itemId })))
      .execute();
}
