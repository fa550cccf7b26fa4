/**
 * What every use of a statement shares: its states, who reads it and who comments, who holds the pen,
 * the shapes a row becomes (summary, text version, endorsement) and its search document.
 */
import * as members from '../members/members.service';
import * as search from '../search/search.service';
import * as translations from '../translations/translations.service';
import * as repo from './statements.repository';
import type * as roundsRepo from './statements.rounds.repository';
import type { Executor } from '../../db/database';
import { updateVersioned } from '../../db/versioned';
import type { Deps } from '../../deps';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import { localized, type Locale } from '../../lib/i18n';
import { markdownToPlainText, splitParagraphs } from '../../lib/markdown';
import { zonedTimeToInstant } from '../../lib/zoned-time';
import { outOfTermReason, type Actor, type OutOfTerm } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import type { MemberSummary } from '../members/members.schemas';
import type { RoundRule, StatementKind, StatementStatus } from './statements.table';

export const statementPageSize = 25;
export const maxComments = 500;
export const maxVersions = 200;

/** States in which the text is worked on: it can be saved and commented. */
export const workingStates: StatementStatus[] = ['drafting', 'consultation', 'endorsement'];

export function currentYear(deps: Deps): number {
  return deps.clock.now().getUTCFullYear();
}

export function penSubject(deps: Deps) {
  return { year: currentYear(deps) };
}

export function statementUrl(slug: string): string {
  return `/statements/${slug}`;
}

export interface StatementSummary {
  id: number;
  slug: string;
  kind: StatementKind;
  title: string;
  status: StatementStatus;
  year: number;
  publishedOn: string | null;
  isSummary: boolean;
  isSample: boolean;
  /** The language the text is written in. */
  originalLanguage: Locale;
  url: string;
}

export function toSummary(row: repo.StatementRow): StatementSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    status: row.status,
    year: row.year,
    publishedOn: row.published_on,
    isSummary: row.is_summary,
    isSample: row.is_sample,
    originalLanguage: row.original_language,
    url: statementUrl(row.slug),
  };
}

export async function statementOrThrow(db: Executor, slug: string): Promise<repo.StatementRow> {
  const row = await repo.findStatementBySlug(db, slug);
  if (!row) throw notFound('statement');
  return row;
}

export async function lockedStatement(db: Executor, slug: string): Promise<repo.StatementRow> {
  const row = await repo.lockStatementBySlug(db, slug);
  if (!row) throw notFound('statement');
  return row;
}

/** A statement read `for update` that a step of its own (a change of status) still found moved on. */
export const statementChanged = staleRecord<repo.StatementRow>('raised.statement.changed');

/**
 * Moves a statement, read `for update` in this transaction, to its next state: a step of the
 * service's own, so it expects the version it read; the audit entry (and the re-index, when the step
 * changes what the public sees) commit with it.
 */
export function moveStatement(
  trx: Executor,
  now: Date,
  statement: repo.StatementRow,
  changes: repo.StatementStep,
  record: { audit: (after: repo.StatementRow) => Promise<void>; reindex?: (after: repo.StatementRow) => Promise<void> },
): Promise<repo.StatementRow> {
  return updateVersioned(trx, { table: 'statements', before: statement, changes, at: now, stale: statementChanged, show: (saved) => saved, ...record });
}

export function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

export function day(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

// ---- who reads and who comments ----

/** The consultation, if it invites one of the actor's roles (its deadline may have passed). */
export function invitingConsultation(actor: Actor | null, consultation: repo.ConsultationRow | null | undefined): repo.ConsultationRow | null {
  if (!actor || !consultation) return null;
  return actor.roles.some((role) => consultation.invited_roles.includes(role)) ? consultation : null;
}

/** The open consultation of the statement that invites one of the actor's roles, if any (its deadline may have passed). */
export async function consultationInviting(db: Executor, actor: Actor | null, statementId: number): Promise<repo.ConsultationRow | null> {
  if (!actor) return null;
  return invitingConsultation(actor, await repo.findOpenConsultation(db, statementId));
}

export interface Readability {
  member: boolean;
  consulted: repo.ConsultationRow | null;
}

/**
 * Members read every text; a person an open consultation invites reads that one; the public reads
 * published texts. Decided from the statement's open consultation, read by the caller.
 */
export function readability(actor: Actor | null, row: repo.StatementRow, openConsultation: repo.ConsultationRow | null): Readability {
  const member = can(actor, 'statement.read', { published: false });
  if (member) return { member, consulted: null };
  const consulted = invitingConsultation(actor, openConsultation);
  if (consulted && can(actor, 'statement.consultation.read')) return { member, consulted };
  if (row.status === 'published') return { member, consulted: null };
  // A draft does not exist for those who may not read it.
  throw notFound('statement');
}

export async function assertReadable(deps: Deps, actor: Actor | null, row: repo.StatementRow): Promise<Readability> {
  const member = can(actor, 'statement.read', { published: false });
  const consultation = member || !actor ? null : ((await repo.findOpenConsultation(deps.db, row.id)) ?? null);
  return readability(actor, row, consultation);
}

// ---- the search index ----

export async function indexStatement(db: Executor, row: repo.StatementRow, body: string): Promise<void> {
  await search.indexDocument(db, {
    kind: 'statement',
    recordId: row.id,
    title: row.title,
    body: markdownToPlainText(body),
    year: row.published_on ? Number(row.published_on.slice(0, 4)) : row.year,
    url: statementUrl(row.slug),
    visibility: row.status === 'published' ? 'public' : 'members',
    language: row.original_language,
  });
  await translations.indexApprovedTranslations(db, { kind: 'statement', id: row.id, part: '' });
}

/** Writes every statement's search document again (the search.reindex job). */
export async function reindexStatements(deps: Deps): Promise<number> {
  return search.reindexInBatches(
    deps.db,
    (db, limit, offset) => repo.listStatements(db, {}, limit, offset),
    async (trx, row) => indexStatement(trx, row, (await repo.findVersion(trx, row.id, row.current_version))?.body ?? ''),
  );
}

export interface VersionInfo {
  number: number;
  title: string;
  note: string | null;
  authorLabel: string;
  createdAt: Date;
}

export interface TextVersion extends VersionInfo {
  body: string;
  paragraphs: string[];
}

export function toTextVersion(row: repo.VersionRow): TextVersion {
  return { number: row.number, title: row.title, note: row.note, authorLabel: row.author_label, createdAt: row.created_at, body: row.body, paragraphs: splitParagraphs(row.body) };
}

export interface Endorsement {
  roundId: number;
  rule: RoundRule;
  versionNumber: number;
  closedAt: Date;
  total: number;
  totalAsOf: string | null;
  endorsers: MemberSummary[];
  silentConsent: MemberSummary[];
  /** Endorsers counted but not named: members the directory does not list. */
  unnamed: number;
  /** What the public record says of the endorsement; never the round's message to the focal points. */
  publicNote: string | null;
}

/** The round whose endorsement stands for the current text: the last one closed, if it endorsed that version. */
export function standingEndorsement(row: repo.StatementRow, rounds: roundsRepo.RoundRow[]): roundsRepo.RoundRow | undefined {
  const lastClosed = rounds.find((round) => round.closed_at !== null && round.outcome !== 'superseded' && round.outcome !== 'withdrawn');
  return lastClosed?.outcome === 'endorsed' && lastClosed.version_number === row.current_version ? lastClosed : undefined;
}

export function endorsementFromRound(round: roundsRepo.RoundRow, entities: Map<number, MemberSummary>): Endorsement | null {
  if (!round.result || !round.closed_at) return null;
  const named = (list: number[]) => list.flatMap((id) => entities.get(id) ?? []).sort((a, b) => a.acronym.localeCompare(b.acronym));
  return {
    roundId: round.id,
    rule: round.rule,
    versionNumber: round.version_number,
    closedAt: round.closed_at,
    total: round.member_total,
    totalAsOf: round.member_total_as_of,
    endorsers: named(round.result.endorserIds),
    silentConsent: named(round.result.silentConsentIds),
    unnamed: round.result.unnamedEndorsers,
    publicNote: round.public_note,
  };
}

export function deadlineProblem(deps: Deps, date: string, time: string, zone: string): string | null {
  return zonedTimeToInstant(date, time, zone) <= deps.clock.now() ? localized('raised.statement.deadlineInPast') : null;
}

export interface DraftingRight {
  allowed: boolean;
  /** When a co-chair may not draft: the year it is, and the years of their term. */
  outOfTerm: OutOfTerm | null;
}

/** Whether the actor may start a text now, and, for a co-chair outside their term, why not. */
export function draftingRight(deps: Deps, actor: Actor | null): DraftingRight {
  const year = currentYear(deps);
  const allowed = can(actor, 'statement.draft', { year });
  return { allowed, outOfTerm: allowed ? null : outOfTermReason(actor, year) };
}

export function assertMayDraft(deps: Deps, actor: Actor | null): void {
  authorize(actor, 'statement.draft', penSubject(deps));
}

export function assertMayPublish(deps: Deps, actor: Actor | null): void {
  authorize(actor, 'statement.publish', penSubject(deps));
}

/** The workspace list of texts in every state: members only. */
export function assertMayReadWorkspace(actor: Actor | null): void {
  authorize(actor, 'statement.read', { published: false });
}

export async function entityStatusOf(deps: Deps, actor: Actor | null): Promise<{ entityId: number | null; status: string | undefined; acronym: string | undefined }> {
  const entityId = actor?.entityId ?? null;
  const entity = entityId ? (await members.summariesByIds(deps, [entityId])).get(entityId) : undefined;
  return { entityId, status: entity?.status, acronym: entity?.acronym };
}

/** Only a focal point of a member organization records positions (a partner's or former participant's may not). */
export async function assertMayRecordPosition(deps: Deps, actor: Actor | null): Promise<void> {
  const { entityId, status } = await entityStatusOf(deps, actor);
  authorize(actor, 'statement.position.record', { entityId, status });
}

/** Members comment on texts; others only where an open consultation invites them. Returns that consultation, if it is how the actor may. */
export async function commentRight(deps: Deps, actor: Actor | null, row: repo.StatementRow): Promise<repo.ConsultationRow | null> {
  if (can(actor, 'statement.comment')) return null;
  const consultation = await consultationInviting(deps.db, actor, row.id);
  authorize(actor, consultation ? 'statement.consultation.comment' : 'statement.comment');
  return consultation;
}

export async function assertMayComment(deps: Deps, actor: Actor | null, slug: string): Promise<void> {
  await commentRight(deps, actor, await statementOrThrow(deps.db, slug));
}
