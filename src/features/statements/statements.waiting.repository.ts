/**
 * What waits for a person in the statements' life, as subqueries of the statements that gather "My
 * work" and the navigation's counts: rounds awaiting their organization's position, consultations
 * inviting their roles, open comments on the texts they started.
 */
import { sql, type Expression } from 'kysely';
import type { Executor } from '../../db/database';
import type { StatementStatus } from './statements.table';

export interface WaitingRoundRow {
  round_id: number;
  deadline: Date;
  time_zone: string;
  note: string | null;
  slug: string;
  title: string;
}

/** Open rounds still taking positions in which the organization has recorded none, soonest deadline first. */
function roundsAwaitingPosition(db: Executor, entityId: number, now: Date) {
  return db
    .selectFrom('endorsement_rounds as r')
    .innerJoin('statements as s', 's.id', 'r.statement_id')
    .where('r.closed_at', 'is', null)
    .where('r.deadline', '>', now)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('endorsement_positions as p').select('p.round_id').whereRef('p.round_id', '=', 'r.id').where('p.entity_id', '=', entityId))));
}

export interface WaitingConsultationRow {
  consultation_id: number;
  deadline: Date;
  slug: string;
  title: string;
}

/** Open consultations inviting one of these roles, still taking comments. */
function consultationsInviting(db: Executor, roles: string[], now: Date) {
  return db
    .selectFrom('statement_consultations as c')
    .innerJoin('statements as s', 's.id', 'c.statement_id')
    .where('c.closed_at', 'is', null)
    .where('c.deadline', '>', now)
    .where(sql<boolean>`c.invited_roles && ${sql.val(roles)}::text[]`);
}

export interface CommentedDraftRow {
  slug: string;
  title: string;
  open_comments: number;
  latest: Date;
}

/** Texts an account started, still worked on, with open comments by others. */
function commentedDraftsOf(db: Executor, accountId: number, statuses: StatementStatus[]) {
  return db
    .selectFrom('statements as s')
    .innerJoin('statement_comments as c', 'c.statement_id', 's.id')
    .where('s.created_by', '=', accountId)
    .where('s.status', 'in', statuses)
    .where('c.status', '=', 'open')
    .where((eb) => eb.or([eb('c.author_account_id', 'is', null), eb('c.author_account_id', '<>', accountId)]))
    .groupBy(['s.id', 's.slug', 's.title']);
}

export interface WaitingFactsRow {
  /** The asking organization's membership status (rounds await members' positions only). */
  entity_status: string | null;
  rounds: number;
  consultations: number;
  drafts: number;
}

/**
 * What the waiting lists above would hold, counted (each up to `limit`) in one subquery: for the
 * statement that gathers the navigation's counts. A list the person cannot have is asked with no
 * organization, no roles or no account, and counts nothing.
 */
export function waitingFactsQuery(db: Executor, who: { entityId: number | null; roles: string[]; accountId: number | null; statuses: StatementStatus[] }, now: Date, limit: number) {
  const rounds = who.entityId ? sql`(select count(*) from (${roundsAwaitingPosition(db, who.entityId, now).select(sql.lit(1).as('one')).limit(limit)}) x)` : sql`0`;
  const consultations = who.roles.length > 0 ? sql`(select count(*) from (${consultationsInviting(db, who.roles, now).select(sql.lit(1).as('one')).limit(limit)}) x)` : sql`0`;
  const drafts = who.accountId ? sql`(select count(*) from (${commentedDraftsOf(db, who.accountId, who.statuses).select('s.id').limit(limit)}) x)` : sql`0`;
  return sql<WaitingFactsRow>`select jsonb_build_object('entity_status', (select e.status from entities e where e.id = ${who.entityId}), 'rounds', ${rounds}, 'consultations', ${consultations}, 'drafts', ${drafts})`;
}

type AsJson<Row> = { [K in keyof Row]: Row[K] extends Date ? string : Row[K] };

export interface WaitingListsRow {
  entity_status: string | null;
  rounds: AsJson<WaitingRoundRow>[];
  consultations: AsJson<WaitingConsultationRow>[];
  drafts: AsJson<CommentedDraftRow>[];
}

/**
 * The waiting lists above (each up to `limit`, in the same order) as one JSON document, with the
 * asking organization's membership status: a part of the statement that gathers "My work". A list
 * the person cannot have is asked with no organization, no roles or no account, and is empty.
 */
export function waitingListsQuery(db: Executor, who: { entityId: number | null; roles: string[]; accountId: number | null; statuses: StatementStatus[] }, now: Date, limit: number) {
  const asJson = (query: Expression<unknown>) => sql`coalesce((select jsonb_agg(to_jsonb(x)) from (${query}) x), '[]'::jsonb)`;
  const rounds = who.entityId
    ? asJson(roundsAwaitingPosition(db, who.entityId, now).select(['r.id as round_id', 'r.deadline', 'r.time_zone', 'r.note', 's.slug', 's.title']).orderBy('r.deadline').limit(limit))
    : sql`'[]'::jsonb`;
  const consultations =
    who.roles.length > 0
      ? asJson(consultationsInviting(db, who.roles, now).select(['c.id as consultation_id', 'c.deadline', 's.slug', 's.title']).orderBy('c.deadline').limit(limit))
      : sql`'[]'::jsonb`;
  const drafts = who.accountId
    ? asJson(
        commentedDraftsOf(db, who.accountId, who.statuses)
          .select(['s.slug', 's.title', (eb) => eb.fn.countAll<number>().as('open_comments'), (eb) => eb.fn.max('c.created_at').as('latest')])
          .orderBy('latest', 'desc')
          .limit(limit),
      )
    : sql`'[]'::jsonb`;
  return sql<WaitingListsRow>`select jsonb_build_object('entity_status', (select e.status from entities e where e.id = ${who.entityId}), 'rounds', ${rounds}, 'consultations', ${consultations}, 'drafts', ${drafts})`;
}
