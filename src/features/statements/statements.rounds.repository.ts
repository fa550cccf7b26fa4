/** Endorsement rounds and the positions organizations record in them, and the rounds' reminders. */
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { EndorsementPositionsTable, EndorsementRoundsTable } from './statements.table';

export type RoundRow = Selectable<EndorsementRoundsTable>;
export type PositionRow = Selectable<EndorsementPositionsTable>;

export async function findRound(db: Executor, statementId: number, id: number): Promise<RoundRow | undefined> {
  return db.selectFrom('endorsement_rounds').selectAll().where('statement_id', '=', statementId).where('id', '=', id).executeTakeFirst();
}

export async function lockRound(db: Executor, statementId: number, id: number): Promise<RoundRow | undefined> {
  return db.selectFrom('endorsement_rounds').selectAll().where('statement_id', '=', statementId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findOpenRound(db: Executor, statementId: number): Promise<RoundRow | undefined> {
  return db.selectFrom('endorsement_rounds').selectAll().where('statement_id', '=', statementId).where('closed_at', 'is', null).executeTakeFirst();
}

export async function listRounds(db: Executor, statementId: number): Promise<RoundRow[]> {
  return db.selectFrom('endorsement_rounds').selectAll().where('statement_id', '=', statementId).orderBy('opened_at', 'desc').orderBy('id', 'desc').limit(50).execute();
}

/** The rounds of each of these statements, newest first within each: as listRounds, for many statements in one statement. */
export async function listRoundsOfStatements(db: Executor, statementIds: number[]): Promise<RoundRow[]> {
  if (statementIds.length === 0) return [];
  return db.selectFrom('endorsement_rounds').selectAll().where('statement_id', 'in', statementIds).orderBy('statement_id').orderBy('opened_at', 'desc').orderBy('id', 'desc').execute();
}

export async function insertRound(db: Executor, round: Insertable<EndorsementRoundsTable>): Promise<RoundRow> {
  return db.insertInto('endorsement_rounds').values(round).returningAll().executeTakeFirstOrThrow();
}

/** What closing a round records. */
export type RoundClosing = Pick<RoundRow, 'outcome' | 'closed_by' | 'closed_at'> & { result: string | null };

export async function listPositions(db: Executor, roundId: number): Promise<PositionRow[]> {
  return db.selectFrom('endorsement_positions').selectAll().where('round_id', '=', roundId).limit(1000).execute();
}

export async function findPosition(db: Executor, roundId: number, entityId: number): Promise<PositionRow | undefined> {
  return db.selectFrom('endorsement_positions').selectAll().where('round_id', '=', roundId).where('entity_id', '=', entityId).forUpdate().executeTakeFirst();
}

export async function insertPosition(db: Executor, position: Insertable<EndorsementPositionsTable>): Promise<PositionRow> {
  return db.insertInto('endorsement_positions').values(position).returningAll().executeTakeFirstOrThrow();
}

/** Open rounds closing before `until` whose reminder has not gone out yet. */
export async function listRoundsToRemind(db: Executor, now: Date, until: Date): Promise<(RoundRow & { slug: string; title: string })[]> {
  return db
    .selectFrom('endorsement_rounds as r')
    .innerJoin('statements as s', 's.id', 'r.statement_id')
    .selectAll('r')
    .select(['s.slug', 's.title'])
    .where('r.closed_at', 'is', null)
    .where('r.reminded_at', 'is', null)
    .where('r.deadline', '>', now)
    .where('r.deadline', '<=', until)
    .orderBy('r.deadline')
    .limit(100)
    .execute();
}

/** Marks the round reminded, once: false when another run did it first. */
export async function markRoundReminded(db: Executor, roundId: number, at: Date): Promise<boolean> {
  const result = await db.updateTable('endorsement_rounds').set({ reminded_at: at }).where('id', '=', roundId).where('reminded_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
