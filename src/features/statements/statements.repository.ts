/**
 * The texts themselves: statements, their versions, the comments on them and their consultations.
 * Rounds and positions are in `statements.rounds.repository.ts`, what waits for a person in
 * `statements.waiting.repository.ts`, a statement's page as one document in `statements.page.repository.ts`.
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { EndorsementRoundsTable, StatementCommentsTable, StatementConsultationsTable, StatementKind, StatementStatus, StatementsTable, StatementVersionsTable } from './statements.table';

export type StatementRow = Selectable<StatementsTable>;
export type VersionRow = Selectable<StatementVersionsTable>;
export type CommentRow = Selectable<StatementCommentsTable>;
export type ConsultationRow = Selectable<StatementConsultationsTable>;
type RoundResult = Selectable<EndorsementRoundsTable>['result'];

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
export async function listStatementsWithEndorsement(db: Executor, filter: StatementFilter, limit: number, offset: number): Promise<(StatementRow & { endorsed_result: RoundResult | null })[]> {
  return filteredStatements(db, filter)
    .selectAll()
    .select(
      sql<RoundResult | null>`(select r.result from endorsement_rounds r where r.statement_id = statements.id and r.outcome = 'endorsed' order by r.closed_at desc limit 1)`.as('endorsed_result'),
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

/** What a step of a statement's own changes. */
export type StatementStep = Partial<Pick<StatementRow, 'title' | 'status' | 'current_version' | 'published_on' | 'withdrawn_reason'>>;

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

export async function findComment(db: Executor, statementId: number, id: number): Promise<CommentRow | undefined> {
  return db.selectFrom('statement_comments').selectAll().where('statement_id', '=', statementId).where('id', '=', id).executeTakeFirst();
}

export async function setCommentStatus(db: Executor, id: number, status: 'open' | 'resolved', by: number | null, at: Date | null): Promise<CommentRow | undefined> {
  return db.updateTable('statement_comments').set({ status, resolved_by: by, resolved_at: at }).where('id', '=', id).returningAll().executeTakeFirst();
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

// ---- consultations ----

export async function findOpenConsultation(db: Executor, statementId: number): Promise<ConsultationRow | undefined> {
  return db.selectFrom('statement_consultations').selectAll().where('statement_id', '=', statementId).where('closed_at', 'is', null).executeTakeFirst();
}

export async function insertConsultation(db: Executor, consultation: Insertable<StatementConsultationsTable>): Promise<ConsultationRow> {
  return db.insertInto('statement_consultations').values(consultation).returningAll().executeTakeFirstOrThrow();
}

export async function closeConsultation(db: Executor, id: number, at: Date): Promise<void> {
  await db.updateTable('statement_consultations').set({ closed_at: at }).where('id', '=', id).where('closed_at', 'is', null).execute();
}
