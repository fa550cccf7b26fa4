import { sql, type Expression, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type {
  EndorsementPositionsTable,
  EndorsementRoundsTable,
  StatementCommentsTable,
  StatementConsultationsTable,
  StatementKind,
  StatementStatus,
  StatementsTable,
  StatementVersionsTable,
} from './statements.table';

export type StatementRow = Selectable<StatementsTable>;
export type VersionRow = Selectable<StatementVersionsTable>;
export type CommentRow = Selectable<StatementCommentsTable>;
export type ConsultationRow = Selectable<StatementConsultationsTable>;
export type RoundRow = Selectable<EndorsementRoundsTable>;
export type PositionRow = Selectable<EndorsementPositionsTable>;

// ---- statements ----

export interface StatementFilter {
  statuses?: StatementStatus[] | undefined;
  kind?: StatementKind | undefined;
  /** The year of publication for published texts, else the year of the text. */
  year?: number | undefined;
}

function filteredStatements(db: Executor, filter: StatementFilter) {
  let query = db.selectFrom('statements');
  if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', filter.statuses);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.year !== undefined) {
    const year = filter.year;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('published_on', 'is not', null), eb('published_on', '>=', `${year}-01-01`), eb('published_on', '<=', `${year}-12-31`)]),
        eb.and([eb('published_on', 'is', null), eb('year', '=', year)]),
      ]),
    );
  }
  return query;
}

export async function listStatements(db: Executor, filter: StatementFilter, limit: number, offset: number): Promise<StatementRow[]> {
  return filteredStatements(db, filter).selectAll().orderBy(sql`coalesce(published_on, updated_at::date)`, 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

/** Statements as `listStatements` lists them, each with the result of its last endorsed round (null: none), in one statement. */
export async function listStatementsWithEndorsement(db: Executor, filter: StatementFilter, limit: number, offset: number): Promise<(StatementRow & { endorsed_result: RoundRow['result'] | null })[]> {
  return filteredStatements(db, filter)
    .selectAll()
    .select(
      sql<RoundRow['result'] | null>`(select r.result from endorsement_rounds r where r.statement_id = statements.id and r.outcome = 'endorsed' order by r.closed_at desc limit 1)`.as(
        'endorsed_result',
      ),
    )
    .orderBy(sql`coalesce(published_on, updated_at::date)`, 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countStatements(db: Executor, filter: StatementFilter): Promise<number> {
  const row = await filteredStatements(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findStatementById(db: Executor, id: number): Promise<StatementRow | undefined> {
  return db.selectFrom('statements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findStatementBySlug(db: Executor, slug: string): Promise<StatementRow | undefined> {
  return db.selectFrom('statements').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function lockStatementBySlug(db: Executor, slug: string): Promise<StatementRow | undefined> {
  return db.selectFrom('statements').selectAll().where('slug', '=', slug).forUpdate().executeTakeFirst();
}

export async function listStatementsByIds(db: Executor, ids: number[]): Promise<StatementRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('statements').selectAll().where('id', 'in', ids).execute();
}

export async function insertStatement(db: Executor, statement: Insertable<StatementsTable>): Promise<StatementRow> {
  return db.insertInto('statements').values(statement).returningAll().executeTakeFirstOrThrow();
}

export async function updateStatement(
  db: Executor,
  id: number,
  version: number,
  changes: Partial<Pick<StatementRow, 'title' | 'status' | 'current_version' | 'published_on' | 'withdrawn_reason'>>,
  at: Date,
): Promise<StatementRow | undefined> {
  return updateIfVersion(db, 'statements', id, version, changes, at);
}

// ---- versions ----

export async function insertVersion(db: Executor, version: Insertable<StatementVersionsTable>): Promise<VersionRow> {
  return db.insertInto('statement_versions').values(version).returningAll().executeTakeFirstOrThrow();
}

export async function findVersion(db: Executor, statementId: number, number: number): Promise<VersionRow | undefined> {
  return db.selectFrom('statement_versions').selectAll().where('statement_id', '=', statementId).where('number', '=', number).executeTakeFirst();
}

export async function listVersions(db: Executor, statementId: number, limit: number): Promise<Omit<VersionRow, 'body'>[]> {
  return db
    .selectFrom('statement_versions')
    .select(['id', 'statement_id', 'number', 'title', 'note', 'created_by', 'author_label', 'created_at'])
    .where('statement_id', '=', statementId)
    .orderBy('number', 'desc')
    .limit(limit)
    .execute();
}

/** The current version of each of these statements, in one statement. */
export async function listCurrentVersions(db: Executor, statementIds: number[]): Promise<VersionRow[]> {
  if (statementIds.length === 0) return [];
  return db
    .selectFrom('statement_versions as v')
    .innerJoin('statements as s', (join) => join.onRef('s.id', '=', 'v.statement_id').onRef('s.current_version', '=', 'v.number'))
    .selectAll('v')
    .where('v.statement_id', 'in', statementIds)
    .execute();
}

// ---- comments ----

export async function insertComment(db: Executor, comment: Insertable<StatementCommentsTable>): Promise<CommentRow> {
  return db.insertInto('statement_comments').values(comment).returningAll().executeTakeFirstOrThrow();
}

export async function listComments(db: Executor, statementId: number, limit: number): Promise<CommentRow[]> {
  return db.selectFrom('statement_comments').selectAll().where('statement_id', '=', statementId).orderBy('version_number', 'desc').orderBy('paragraph').orderBy('id').limit(limit).execute();
}

export async function findComment(db: Executor, statementId: number, id: number): Promise<CommentRow | undefined> {
  return db.selectFrom('statement_comments').selectAll().where('statement_id', '=', statementId).where('id', '=', id).executeTakeFirst();
}

export async function setCommentStatus(db: Executor, id: number, status: 'open' | 'resolved', by: number | null, at: Date | null): Promise<CommentRow | undefined> {
  return db.updateTable('statement_comments').set({ status, resolved_by: by, resolved_at: at }).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function countOpenComments(db: Executor, statementId: number): Promise<number> {
  const row = await db
    .selectFrom('statement_comments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('statement_id', '=', statementId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// ---- consultations ----

export async function findOpenConsultation(db: Executor, statementId: number): Promise<ConsultationRow | undefined> {
  return db.selectFrom('statement_consultations').selectAll().where('statement_id', '=', statementId).where('closed_at', 'is', null).executeTakeFirst();
}

export async function listConsultations(db: Executor, statementId: number): Promise<ConsultationRow[]> {
  return db.selectFrom('statement_consultations').selectAll().where('statement_id', '=', statementId).orderBy('opened_at', 'desc').limit(50).execute();
}

export async function insertConsultation(db: Executor, consultation: Insertable<StatementConsultationsTable>): Promise<ConsultationRow> {
  return db.insertInto('statement_consultations').values(consultation).returningAll().executeTakeFirstOrThrow();
}

export async function closeConsultation(db: Executor, id: number, at: Date): Promise<void> {
  await db.updateTable('statement_consultations').set({ closed_at: at }).where('id', '=', id).where('closed_at', 'is', null).execute();
}

// ---- rounds and positions ----

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

/** The last round that closed with a result, per statement: whose endorsers a published text lists. */
export async function listLastEndorsedRounds(db: Executor, statementIds: number[]): Promise<RoundRow[]> {
  if (statementIds.length === 0) return [];
  return db
    .selectFrom('endorsement_rounds')
    .selectAll()
    .distinctOn('statement_id')
    .where('statement_id', 'in', statementIds)
    .where('outcome', '=', 'endorsed')
    .orderBy('statement_id')
    .orderBy('closed_at', 'desc')
    .execute();
}

export async function insertRound(db: Executor, round: Insertable<EndorsementRoundsTable>): Promise<RoundRow> {
  return db.insertInto('endorsement_rounds').values(round).returningAll().executeTakeFirstOrThrow();
}

export async function closeRound(db: Executor, id: number, closing: Pick<RoundRow, 'outcome' | 'closed_by' | 'closed_at'> & { result: string | null }): Promise<RoundRow | undefined> {
  return db
    .updateTable('endorsement_rounds')
    .set({ ...closing, version: sql`version + 1` })
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function listPositions(db: Executor, roundId: number): Promise<PositionRow[]> {
  return db.selectFrom('endorsement_positions').selectAll().where('round_id', '=', roundId).limit(1000).execute();
}

export async function findPosition(db: Executor, roundId: number, entityId: number): Promise<PositionRow | undefined> {
  return db.selectFrom('endorsement_positions').selectAll().where('round_id', '=', roundId).where('entity_id', '=', entityId).forUpdate().executeTakeFirst();
}

export async function insertPosition(db: Executor, position: Insertable<EndorsementPositionsTable>): Promise<PositionRow> {
  return db.insertInto('endorsement_positions').values(position).returningAll().executeTakeFirstOrThrow();
}

export async function updatePosition(
  db: Executor,
  roundId: number,
  entityId: number,
  version: number,
  changes: Pick<PositionRow, 'position' | 'comment' | 'recorded_by' | 'recorded_by_label' | 'recorded_at'>,
): Promise<PositionRow | undefined> {
  return db
    .updateTable('endorsement_positions')
    .set({ ...changes, version: sql`version + 1` })
    .where('round_id', '=', roundId)
    .where('entity_id', '=', entityId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

// ---- what waits for a person ----

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

/** Accounts that commented on a paragraph of a text before, for the notice of a new comment there. */
export async function listParagraphCommenters(db: Executor, statementId: number, paragraph: number, beforeCommentId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('statement_comments')
    .select('author_account_id')
    .distinct()
    .where('statement_id', '=', statementId)
    .where('paragraph', '=', paragraph)
    .where('id', '<', beforeCommentId)
    .where('author_account_id', 'is not', null)
    .limit(200)
    .execute();
  return rows.flatMap((row) => (row.author_account_id ? [row.author_account_id] : []));
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
