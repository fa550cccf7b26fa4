/**
 * Joint statements, calls to action and contributions to UN processes, from the first draft to the
 * public page: drafting > consultation > endorsement round > adopted > published (or withdrawn).
 *
 * - Drafting: every save of the Markdown text is a numbered version; any two versions can be
 *   compared (lib/diff.ts); comments are anchored to a paragraph of a version, open or resolved.
 * - Consultation: invites named groups (survivor advisors among them) to comment until a deadline;
 *   a commenter may ask to be shown by role only.
 * - Endorsement round: on a fixed version, with a deadline and a rule (consensus or silence
 *   procedure, optional quorum); each member organization's focal point records endorse, abstain or
 *   object, and may change it until the round closes. A text saved while a round is open voids the
 *   round: it needs a new one. Positions of an open round are never public and never indexed.
 * - Adoption is a decision of a meeting (the meetings feature numbers it); publication puts the text,
 *   its date, the meeting and the endorsing organizations on /statements/:slug.
 *
 * Read functions for other features:
 *   listPublishedStatements(deps, { limit, year? })   published texts, newest first, with adoption and endorser count
 *   getStatementWithEndorsers(deps, slug)             one published text with its endorsers (NOT_FOUND unless published)
 *   listAdoptableStatements(deps, actor)              texts whose current version a round endorsed, ready for adoption
 *   statementSummariesByIds(deps, ids)                titles and addresses, for pages that link to statements
 */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { isoDay } from '../../lib/clock';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord, staleVersion } from '../../lib/errors';
import type { Locale } from '../../lib/i18n';
import { markdownToPlainText, splitParagraphs } from '../../lib/markdown';
import { formatDeadline, zonedTimeToInstant } from '../../lib/zoned-time';
import { hasRole, outOfTermReason, type Actor, type OutOfTerm, type Role } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import { advisoryRole, advisoryRoleOffered } from '../../policy/advisory-role';
import * as audit from '../audit/audit.service';
import * as meetings from '../meetings/meetings.service';
import { fieldError } from '../../lib/errors';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import * as search from '../search/search.service';
import * as translations from '../translations/translations.service';
import * as textSources from '../translations/text-sources.service';
import { readableDiff, type DiffBlock } from '../../lib/diff';
import * as repo from './statements.repository';
import { consultationForm, roundForm, type AdoptInput, type CommentInput, type NewStatementInput, type PositionInput, type RoundInput, type StatementListQuery, type TextInput } from './statements.schemas';
import { parseWithChecks, type FieldCheck } from '../../lib/validation';
import type { Position, RoundOutcome, RoundResult, RoundRule, StatementKind, StatementStatus } from './statements.table';
import * as handOffs from './hand-offs.service';
import { closingResult, decideOutcome, tallyPositions, type Tally } from './statements.tally';
import { localized } from '../../lib/i18n';

export type { Tally };
export const statementPageSize = 25;
const maxComments = 500;
const maxVersions = 200;

/** States in which the text is worked on: it can be saved and commented. */
const workingStates: StatementStatus[] = ['drafting', 'consultation', 'endorsement'];

function currentYear(deps: Deps): number {
  return deps.clock.now().getUTCFullYear();
}

function penSubject(deps: Deps) {
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

function toSummary(row: repo.StatementRow): StatementSummary {
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

function authorLabel(actor: Actor): string {
  return actor.entityAcronym ? `${actor.name} (${actor.entityAcronym})` : actor.name;
}

function accountIdOf(actor: Actor | null): number | null {
  return actor && actor.accountId > 0 ? actor.accountId : null;
}

async function statementOrThrow(db: Executor, slug: string): Promise<repo.StatementRow> {
  const row = await repo.findStatementBySlug(db, slug);
  if (!row) throw notFound('statement');
  return row;
}

async function lockedStatement(db: Executor, slug: string): Promise<repo.StatementRow> {
  const row = await repo.lockStatementBySlug(db, slug);
  if (!row) throw notFound('statement');
  return row;
}

function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

function day(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

// ---- who reads and who comments ----

/** The open consultation of the statement that invites one of the actor's roles, if any (its deadline may have passed). */
async function consultationInviting(db: Executor, actor: Actor | null, statementId: number): Promise<repo.ConsultationRow | null> {
  if (!actor) return null;
  const consultation = await repo.findOpenConsultation(db, statementId);
  if (!consultation) return null;
  return actor.roles.some((role) => consultation.invited_roles.includes(role)) ? consultation : null;
}

/** Members read every text; a person an open consultation invites reads that one; the public reads published texts. */
async function assertReadable(deps: Deps, actor: Actor | null, row: repo.StatementRow): Promise<{ member: boolean; consulted: repo.ConsultationRow | null }> {
  const published = row.status === 'published';
  const member = can(actor, 'statement.read', { published: false });
  if (member) return { member, consulted: null };
  const consulted = await consultationInviting(deps.db, actor, row.id);
  if (consulted && can(actor, 'statement.consultation.read')) return { member, consulted };
  if (published) return { member, consulted: null };
  // A draft does not exist for those who may not read it.
  throw notFound('statement');
}

// ---- the search index ----

async function indexStatement(db: Executor, row: repo.StatementRow, body: string): Promise<void> {
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
  return search.reindexInBatches(deps.db, (db, limit, offset) => repo.listStatements(db, {}, limit, offset), async (trx, row) =>
    indexStatement(trx, row, (await repo.findVersion(trx, row.id, row.current_version))?.body ?? ''),
  );
}

// ---- reading ----

/** A statement's current text by its id, for its translations: whoever may read the statement. */
export async function statementTextById(deps: Deps, actor: Actor | null, id: number): Promise<{ summary: StatementSummary; title: string; body: string; penYear: number }> {
  const row = await repo.findStatementById(deps.db, id);
  if (!row) throw notFound('statement');
  await assertReadable(deps, actor, row);
  const version = await repo.findVersion(deps.db, row.id, row.current_version);
  if (!version) throw notFound('statementText');
  return { summary: toSummary(row), title: version.title, body: version.body, penYear: currentYear(deps) };
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

function toTextVersion(row: repo.VersionRow): TextVersion {
  return { number: row.number, title: row.title, note: row.note, authorLabel: row.author_label, createdAt: row.created_at, body: row.body, paragraphs: splitParagraphs(row.body) };
}

export interface CommentView {
  id: number;
  versionNumber: number;
  paragraph: number;
  excerpt: string;
  body: string;
  /** Null when the commenter asked to be shown by role only. */
  authorName: string | null;
  authorEntity: string | null;
  authorRole: string;
  status: 'open' | 'resolved';
  createdAt: Date;
  canResolve: boolean;
  inConsultation: boolean;
}

export interface PositionView {
  entity: MemberSummary;
  position: Position;
  comment: string | null;
  recordedBy: string;
  recordedAt: Date;
  version: number;
}

export interface RoundView {
  id: number;
  versionNumber: number;
  rule: RoundRule;
  quorum: number | null;
  deadline: Date;
  /** The zone the deadline was set in, and is shown in. */
  timeZone: string;
  openedAt: Date;
  closedAt: Date | null;
  outcome: RoundOutcome | null;
  note: string | null;
  totalAsOf: string | null;
  listed: number;
  tally: Tally;
  /** Open: no outcome yet. Accepting: open and before the deadline. */
  open: boolean;
  accepting: boolean;
  /** Each organization's position (members only; empty for others). */
  positions: PositionView[];
  result: RoundResult | null;
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

export interface StatementDetail extends StatementSummary {
  sources: string[];
  withdrawnReason: string | null;
  version: number;
  text: TextVersion;
  versions: VersionInfo[];
  comments: CommentView[];
  openComments: number;
  consultation: { id: number; invitedRoles: string[]; deadline: Date; note: string | null; openedAt: Date; accepting: boolean } | null;
  rounds: RoundView[];
  endorsement: Endorsement | null;
  adoption: meetings.AdoptionDecision | null;
  /** The actor's organization, when it may record a position in the open round. */
  positionFor: { entityId: number; acronym: string; current: PositionView | null } | null;
  rights: { member: boolean; draft: boolean; comment: boolean; adopt: boolean; publish: boolean };
  /** For a co-chair outside their term, on a text still worked on: why the pen holders' actions are not offered. */
  outOfTerm: OutOfTerm | null;
}

function toPositionView(row: repo.PositionRow, entity: MemberSummary): PositionView {
  return { entity, position: row.position, comment: row.comment, recordedBy: row.recorded_by_label, recordedAt: row.recorded_at, version: row.version };
}

async function roundView(deps: Deps, round: repo.RoundRow, showPositions: boolean): Promise<RoundView> {
  const now = deps.clock.now();
  const positionRows = await repo.listPositions(deps.db, round.id);
  const entities = showPositions ? await members.summariesByIds(deps, positionRows.map((row) => row.entity_id)) : new Map<number, MemberSummary>();
  const live = tallyPositions(positionRows, round.member_total);
  const tally: Tally = round.result
    ? { total: round.member_total, endorsed: round.result.endorsed, abstained: round.result.abstained, objected: round.result.objected, silent: round.result.silent, responded: round.result.endorsed + round.result.abstained + round.result.objected }
    : live;
  const open = round.closed_at === null;
  return {
    id: round.id,
    versionNumber: round.version_number,
    rule: round.rule,
    quorum: round.quorum,
    deadline: round.deadline,
    timeZone: round.time_zone,
    openedAt: round.opened_at,
    closedAt: round.closed_at,
    outcome: round.outcome,
    note: round.note,
    totalAsOf: round.member_total_as_of,
    listed: round.member_listed,
    tally,
    open,
    accepting: open && now < round.deadline,
    positions: showPositions
      ? positionRows
          .flatMap((row) => {
            const entity = entities.get(row.entity_id);
            return entity ? [toPositionView(row, entity)] : [];
          })
          .sort((a, b) => a.entity.acronym.localeCompare(b.entity.acronym))
      : [],
    result: round.result,
  };
}

async function endorsementOf(deps: Deps, round: repo.RoundRow | undefined): Promise<Endorsement | null> {
  if (!round?.result || !round.closed_at) return null;
  const ids = [...round.result.endorserIds, ...round.result.silentConsentIds];
  const entities = await members.summariesByIds(deps, ids);
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

/** The round whose endorsement stands for the current text: the last one closed, if it endorsed that version. */
function standingEndorsement(row: repo.StatementRow, rounds: repo.RoundRow[]): repo.RoundRow | undefined {
  const lastClosed = rounds.find((round) => round.closed_at !== null && round.outcome !== 'superseded' && round.outcome !== 'withdrawn');
  return lastClosed?.outcome === 'endorsed' && lastClosed.version_number === row.current_version ? lastClosed : undefined;
}

const rolePriority: Role[] = ['survivor_advisor', 'cochair', 'focal_point', 'member', 'admin'];

function commenterRole(actor: Actor, consultation: repo.ConsultationRow | null): string {
  const invited = consultation ? rolePriority.find((role) => hasRole(actor, role) && consultation.invited_roles.includes(role)) : undefined;
  return invited ?? rolePriority.find((role) => hasRole(actor, role)) ?? 'member';
}

export async function getStatement(deps: Deps, actor: Actor | null, slug: string): Promise<StatementDetail> {
  const row = await statementOrThrow(deps.db, slug);
  const { member, consulted } = await assertReadable(deps, actor, row);
  const now = deps.clock.now();
  const [versionRow, versionRows, commentRows, openConsultation, roundRows, adoption, openComments] = await Promise.all([
    repo.findVersion(deps.db, row.id, row.current_version),
    member ? repo.listVersions(deps.db, row.id, maxVersions) : Promise.resolve([]),
    member || consulted ? repo.listComments(deps.db, row.id, maxComments) : Promise.resolve([]),
    member || consulted ? repo.findOpenConsultation(deps.db, row.id) : Promise.resolve(undefined),
    repo.listRounds(deps.db, row.id),
    meetings.findAdoptionDecision(deps, row.id),
    member ? repo.countOpenComments(deps.db, row.id) : Promise.resolve(0),
  ]);
  if (!versionRow) throw notFound('statementText');
  const showRounds = can(actor, 'statement.round.read');
  const rounds = showRounds ? await Promise.all(roundRows.map((round) => roundView(deps, round, true))) : [];
  const published = row.status === 'published' || row.status === 'adopted';
  const endorsement = showRounds || published ? await endorsementOf(deps, standingEndorsement(row, roundRows)) : null;
  const commenters = await members.summariesByIds(deps, commentRows.flatMap((comment) => (comment.author_entity_id ? [comment.author_entity_id] : [])));
  const draftRight = can(actor, 'statement.draft', penSubject(deps));
  const comments = commentRows
    // Someone consulted sees the comments of the consultation, not the members' drafting discussion.
    .filter((comment) => member || (consulted && comment.consultation_id === consulted.id))
    .map((comment) => ({
      id: comment.id,
      versionNumber: comment.version_number,
      paragraph: comment.paragraph,
      excerpt: comment.excerpt,
      body: comment.body,
      authorName: comment.role_only ? null : comment.author_name,
      authorEntity: comment.role_only || !comment.author_entity_id ? null : (commenters.get(comment.author_entity_id)?.acronym ?? null),
      authorRole: comment.author_role,
      status: comment.status,
      createdAt: comment.created_at,
      canResolve: can(actor, 'statement.comment.resolve', { ...penSubject(deps), accountId: comment.author_account_id ?? -1 }),
      inConsultation: comment.consultation_id !== null,
    }));
  const openRound = rounds.find((round) => round.accepting);
  let positionFor: StatementDetail['positionFor'] = null;
  if (openRound && actor?.entityId) {
    const entity = (await members.summariesByIds(deps, [actor.entityId])).get(actor.entityId);
    if (entity && can(actor, 'statement.position.record', { entityId: actor.entityId, status: entity.status })) {
      positionFor = { entityId: actor.entityId, acronym: entity.acronym, current: openRound.positions.find((position) => position.entity.acronym === entity.acronym) ?? null };
    }
  }
  const working = workingStates.includes(row.status);
  return {
    ...toSummary(row),
    sources: row.sources,
    withdrawnReason: row.withdrawn_reason,
    version: row.version,
    text: toTextVersion(versionRow),
    versions: versionRows.map((version) => ({ number: version.number, title: version.title, note: version.note, authorLabel: version.author_label, createdAt: version.created_at })),
    comments,
    openComments,
    consultation: openConsultation
      ? { id: openConsultation.id, invitedRoles: openConsultation.invited_roles, deadline: openConsultation.deadline, note: openConsultation.note, openedAt: openConsultation.opened_at, accepting: now < openConsultation.deadline }
      : null,
    rounds,
    endorsement,
    adoption,
    positionFor,
    outOfTerm: working && !draftRight ? outOfTermReason(actor, currentYear(deps)) : null,
    rights: {
      member,
      draft: draftRight && working,
      comment: working && (can(actor, 'statement.comment') || Boolean(consulted && now < consulted.deadline)),
      adopt: row.status === 'endorsement' && Boolean(standingEndorsement(row, roundRows)) && can(actor, 'decision.record', penSubject(deps)),
      publish: row.status === 'adopted' && can(actor, 'statement.publish', penSubject(deps)),
    },
  };
}

export interface StatementPage {
  items: StatementSummary[];
  page: number;
  pageSize: number;
  total: number;
  /** Whether drafts are listed (members) or only published texts (everyone else). */
  includesDrafts: boolean;
}

export async function listStatementsPage(deps: Deps, actor: Actor | null, query: StatementListQuery): Promise<StatementPage> {
  const includesDrafts = can(actor, 'statement.read', { published: false });
  const statuses: StatementStatus[] = includesDrafts ? (query.status ? [query.status] : []) : ['published'];
  const filter = { statuses, kind: query.kind, year: query.year };
  const [rows, total] = await Promise.all([
    repo.listStatements(deps.db, filter, statementPageSize, (query.page - 1) * statementPageSize),
    repo.countStatements(deps.db, filter),
  ]);
  return { items: rows.map(toSummary), page: query.page, pageSize: statementPageSize, total, includesDrafts };
}

export interface PublishedStatement extends StatementSummary {
  publishedOn: string;
  adoption: { reference: string; meetingId: number; meetingTitle: string; decidedOn: string } | null;
  /** Endorsing organizations counted (named, by silence, and those the directory does not name). */
  endorserCount: number;
}

export async function listPublishedStatements(deps: Deps, options: { limit: number; year?: number }): Promise<PublishedStatement[]> {
  const rows = await repo.listStatementsWithEndorsement(deps.db, { statuses: ['published'], year: options.year }, Math.min(Math.max(options.limit, 1), 500), 0);
  const adoptions = await meetings.listAdoptionDecisions(deps, rows.map((row) => row.id));
  return rows.map((row) => {
    const adoption = adoptions.get(row.id);
    const result = row.endorsed_result;
    return {
      ...toSummary(row),
      publishedOn: row.published_on ?? '',
      adoption: adoption ? { reference: adoption.reference, meetingId: adoption.meetingId, meetingTitle: adoption.meetingTitle, decidedOn: adoption.decidedOn } : null,
      endorserCount: result ? result.endorserIds.length + result.silentConsentIds.length + result.unnamedEndorsers : 0,
    };
  });
}

export interface PublishedStatementDetail extends StatementSummary {
  publishedOn: string;
  text: TextVersion;
  sources: string[];
  adoption: meetings.AdoptionDecision | null;
  endorsement: Endorsement | null;
}

export async function getStatementWithEndorsers(deps: Deps, slug: string): Promise<PublishedStatementDetail> {
  const row = await statementOrThrow(deps.db, slug);
  if (row.status !== 'published') throw notFound('statement');
  const [versionRow, rounds, adoption] = await Promise.all([repo.findVersion(deps.db, row.id, row.current_version), repo.listRounds(deps.db, row.id), meetings.findAdoptionDecision(deps, row.id)]);
  if (!versionRow) throw notFound('statementText');
  return {
    ...toSummary(row),
    publishedOn: row.published_on ?? '',
    text: toTextVersion(versionRow),
    sources: row.sources,
    adoption,
    endorsement: await endorsementOf(deps, standingEndorsement(row, rounds)),
  };
}

/**
 * The published statements of a year, each with its text, adoption and endorsers, as
 * getStatementWithEndorsers gives one: read set-based (statements, their current versions, their
 * rounds, their adoptions, the endorsing organizations), so the number of SQL statements does not grow
 * with the number of texts. Oldest publication first.
 */
export async function listPublishedStatementsWithEndorsers(deps: Deps, year: number): Promise<PublishedStatementDetail[]> {
  const pageSize = 1000;
  const rows: repo.StatementRow[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await repo.listStatements(deps.db, { statuses: ['published'], year }, pageSize, offset);
    rows.push(...page);
    if (page.length < pageSize) break;
  }
  const ids = rows.map((row) => row.id);
  const [versions, rounds, adoptions] = await Promise.all([repo.listCurrentVersions(deps.db, ids), repo.listRoundsOfStatements(deps.db, ids), meetings.listAdoptionDecisions(deps, ids)]);
  const roundsOf = new Map<number, repo.RoundRow[]>();
  for (const round of rounds) roundsOf.set(round.statement_id, [...(roundsOf.get(round.statement_id) ?? []), round]);
  const standing = new Map<number, repo.RoundRow>();
  for (const row of rows) {
    const round = standingEndorsement(row, roundsOf.get(row.id) ?? []);
    if (round?.result && round.closed_at) standing.set(row.id, round);
  }
  const entityIds = [...standing.values()].flatMap((round) => (round.result ? [...round.result.endorserIds, ...round.result.silentConsentIds] : []));
  const entities = await members.summariesByIds(deps, [...new Set(entityIds)]);
  const versionOf = new Map(versions.map((version) => [version.statement_id, version]));
  return rows
    .flatMap((row) => {
      const version = versionOf.get(row.id);
      if (!version) return [];
      const round = standing.get(row.id);
      return [{ ...toSummary(row), publishedOn: row.published_on ?? '', text: toTextVersion(version), sources: row.sources, adoption: adoptions.get(row.id) ?? null, endorsement: round ? endorsementFromRound(round, entities) : null }];
    })
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.id - b.id);
}

function endorsementFromRound(round: repo.RoundRow, entities: Map<number, MemberSummary>): Endorsement | null {
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

export async function statementSummariesByIds(deps: Deps, ids: number[]): Promise<Map<number, StatementSummary>> {
  const rows = await repo.listStatementsByIds(deps.db, ids);
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

export async function listAdoptableStatements(deps: Deps, actor: Actor | null): Promise<StatementSummary[]> {
  if (!can(actor, 'decision.record', penSubject(deps))) return [];
  const rows = await repo.listStatements(deps.db, { statuses: ['endorsement'] }, 100, 0);
  const ready: StatementSummary[] = [];
  for (const row of rows) if (standingEndorsement(row, await repo.listRounds(deps.db, row.id))) ready.push(toSummary(row));
  return ready;
}

export interface StatementDiff {
  statement: StatementSummary;
  from: VersionInfo;
  to: VersionInfo;
  blocks: DiffBlock[];
  versions: VersionInfo[];
}

export async function getDiff(deps: Deps, actor: Actor | null, slug: string, from: number, to: number): Promise<StatementDiff> {
  const row = await statementOrThrow(deps.db, slug);
  const { member, consulted } = await assertReadable(deps, actor, row);
  if (!member && !consulted) throw new AppError('FORBIDDEN', localized('raised.statement.versionsForMembers'));
  const [before, after, versions] = await Promise.all([repo.findVersion(deps.db, row.id, from), repo.findVersion(deps.db, row.id, to), repo.listVersions(deps.db, row.id, maxVersions)]);
  if (!before || !after) throw notFound('textVersion');
  return {
    statement: toSummary(row),
    from: toTextVersion(before),
    to: toTextVersion(after),
    blocks: readableDiff(before.body, after.body),
    versions: versions.map((version) => ({ number: version.number, title: version.title, note: version.note, authorLabel: version.author_label, createdAt: version.created_at })),
  };
}

/** The live tally of a round, for members (positions of an open round are never public). */
export async function getRoundTally(deps: Deps, actor: Actor | null, slug: string, roundId: number): Promise<RoundView> {
  authorize(actor, 'statement.round.read');
  const row = await statementOrThrow(deps.db, slug);
  const round = await repo.findRound(deps.db, row.id, roundId);
  if (!round) throw notFound('endorsementRound');
  return roundView(deps, round, true);
}

/** For the edit page: the statement, if the actor holds the pen (else FORBIDDEN or UNAUTHENTICATED). */
export async function statementForEditing(deps: Deps, actor: Actor | null, slug: string): Promise<StatementDetail> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const statement = await getStatement(deps, actor, slug);
  if (!workingStates.includes(statement.status)) throw conflict(localized('raised.statement.noLongerChanges', { status: statement.status }));
  return statement;
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

async function entityStatusOf(deps: Deps, actor: Actor | null): Promise<{ entityId: number | null; status: string | undefined; acronym: string | undefined }> {
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
async function commentRight(deps: Deps, actor: Actor | null, row: repo.StatementRow): Promise<repo.ConsultationRow | null> {
  if (can(actor, 'statement.comment')) return null;
  const consultation = await consultationInviting(deps.db, actor, row.id);
  authorize(actor, consultation ? 'statement.consultation.comment' : 'statement.comment');
  return consultation;
}

export async function assertMayComment(deps: Deps, actor: Actor | null, slug: string): Promise<void> {
  await commentRight(deps, actor, await statementOrThrow(deps.db, slug));
}

// ---- drafting ----

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '') || 'statement';
}

export async function createStatement(deps: Deps, actor: Actor | null, input: NewStatementInput): Promise<StatementSummary> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  const slug = input.slug ?? slugify(input.title);
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await repo.findStatementBySlug(trx, slug)) {
      throw new AppError('CONFLICT', localized('raised.statement.slugTaken.summary', { slug }), { fields: [{ field: 'slug', message: localized('raised.statement.slugTaken', { slug }) }] });
    }
    const created = await repo.insertStatement(trx, { slug, kind: input.kind, title: input.title, original_language: input.original_language ?? 'en', year: currentYear(deps), sources: '[]', created_by: accountIdOf(actor), created_at: now, updated_at: now });
    await repo.insertVersion(trx, { statement_id: created.id, number: 1, title: input.title, body: input.body, note: null, created_by: accountIdOf(actor), author_label: authorLabel(actor), created_at: now });
    await indexStatement(trx, created, input.body);
    await audit.record(trx, now, { actor, action: 'create', table: 'statements', recordId: created.id, after: { ...created, body: input.body } });
    return created;
  });
  return toSummary(row);
}

/** A text saved meanwhile: the refusal shows its current version. */
export const staleStatement = staleRecord<TextVersion>('raised.statement.stale');

export interface SavedText {
  /** The new version's number, or null when nothing changed. */
  versionNumber: number | null;
  /** Whether an open endorsement round was voided by the change. */
  roundSuperseded: boolean;
}

/**
 * Saves the text as a new version. A text that changes while a round is open voids the round, and
 * one whose endorsed version changes goes back to drafting: either way it needs a new round.
 */
export async function saveText(deps: Deps, actor: Actor | null, slug: string, input: TextInput): Promise<SavedText> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedStatement(trx, slug);
    if (!workingStates.includes(row.status)) throw conflict(localized('raised.statement.noLongerChanges', { status: row.status }));
    const current = await repo.findVersion(trx, row.id, row.current_version);
    if (!current) throw notFound('statementText');
    if (input.version !== row.version) throw staleVersion(staleStatement, toTextVersion(current));
    if (current.title === input.title && current.body === input.body) return { versionNumber: null, roundSuperseded: false };
    const number = row.current_version + 1;
    await repo.insertVersion(trx, { statement_id: row.id, number, title: input.title, body: input.body, note: input.note ?? null, created_by: accountIdOf(actor), author_label: authorLabel(actor), created_at: now });
    const openRound = await repo.findOpenRound(trx, row.id);
    if (openRound) await supersedeRound(trx, now, actor, openRound, 'superseded');
    await updateVersioned(trx, {
      table: 'statements',
      before: row,
      expectedVersion: input.version,
      changes: { title: input.title, current_version: number, status: row.status === 'endorsement' ? 'drafting' : row.status },
      at: now,
      stale: staleStatement,
      show: async (saved) => toTextVersion((await repo.findVersion(trx, saved.id, saved.current_version)) ?? current),
      reindex: (after) => indexStatement(trx, after, input.body),
      audit: (after) =>
        audit.record(trx, now, {
          actor,
          action: 'new_version',
          table: 'statements',
          recordId: row.id,
          before: { version: current.number, title: current.title, status: row.status },
          after: { version: number, title: input.title, note: input.note ?? null, status: after.status },
        }),
    });
    return { versionNumber: number, roundSuperseded: Boolean(openRound) };
  });
}

async function supersedeRound(trx: Executor, now: Date, actor: Actor | null, round: repo.RoundRow, outcome: 'superseded' | 'withdrawn'): Promise<void> {
  const positions = await repo.listPositions(trx, round.id);
  const tally = tallyPositions(positions, round.member_total);
  const result: RoundResult = { endorsed: tally.endorsed, abstained: tally.abstained, objected: tally.objected, silent: tally.silent, endorserIds: [], silentConsentIds: [], unnamedEndorsers: 0 };
  await repo.closeRound(trx, round.id, { outcome, closed_by: accountIdOf(actor), closed_at: now, result: JSON.stringify(result) });
  await audit.record(trx, now, { actor, action: outcome === 'superseded' ? 'supersede' : 'withdraw', table: 'endorsement_rounds', recordId: round.id, before: { outcome: null }, after: { outcome, result } });
}

// ---- comments ----

export async function addComment(deps: Deps, actor: Actor | null, slug: string, input: CommentInput): Promise<number> {
  const row = await statementOrThrow(deps.db, slug);
  const consultedBy = await commentRight(deps, actor, row);
  authorize(actor, consultedBy ? 'statement.consultation.comment' : 'statement.comment');
  const consultation = consultedBy ?? (await consultationInviting(deps.db, actor, row.id));
  const now = deps.clock.now();
  if (!workingStates.includes(row.status)) throw conflict(localized('raised.statement.commentsClosed', { status: row.status }));
  if (consultedBy && now >= consultedBy.deadline) throw conflict(localized('raised.statement.consultationClosed', { date: day(consultedBy.deadline) }));
  const saved = await deps.db.transaction().execute(async (trx) => {
    const version = await repo.findVersion(trx, row.id, row.current_version);
    if (!version) throw notFound('statementText');
    const paragraphs = splitParagraphs(version.body);
    const paragraph = paragraphs[input.paragraph - 1];
    if (paragraph === undefined) {
      throw new AppError('VALIDATION', localized('raised.statement.paragraphs', { count: paragraphs.length }), { fields: [{ field: 'paragraph', message: localized('raised.statement.chooseParagraph', { count: paragraphs.length }) }] });
    }
    const excerpt = markdownToPlainText(paragraph);
    const comment = await repo.insertComment(trx, {
      statement_id: row.id,
      version_number: version.number,
      paragraph: input.paragraph,
      excerpt: excerpt.length > 160 ? `${excerpt.slice(0, 157)}…` : excerpt,
      body: input.body,
      author_account_id: accountIdOf(actor),
      author_name: actor.name,
      author_entity_id: actor.entityId,
      author_role: commenterRole(actor, consultation),
      role_only: input.role_only,
      consultation_id: consultation?.id ?? (await repo.findOpenConsultation(trx, row.id))?.id ?? null,
      created_at: now,
    });
    await audit.record(trx, now, { actor, action: 'comment', table: 'statement_comments', recordId: comment.id, entityId: actor.entityId, after: comment });
    return comment;
  });
  const inConsultation = saved.consultation_id !== null ? ((await repo.findOpenConsultation(deps.db, row.id)) ?? null) : null;
  await handOffs.notifyCommentReply(deps, actor, row, saved, inConsultation);
  return saved.id;
}

export async function setCommentStatus(deps: Deps, actor: Actor | null, slug: string, commentId: number, status: 'open' | 'resolved'): Promise<void> {
  const row = await statementOrThrow(deps.db, slug);
  const comment = await repo.findComment(deps.db, row.id, commentId);
  if (!comment) throw notFound('comment');
  authorize(actor, 'statement.comment.resolve', { ...penSubject(deps), accountId: comment.author_account_id ?? -1 });
  if (!workingStates.includes(row.status)) throw conflict(localized('raised.statement.commentsStay', { status: row.status }));
  if (comment.status === status) return;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const after = await repo.setCommentStatus(trx, comment.id, status, status === 'resolved' ? accountIdOf(actor) : null, status === 'resolved' ? now : null);
    await audit.record(trx, now, { actor, action: status === 'resolved' ? 'resolve' : 'reopen', table: 'statement_comments', recordId: comment.id, before: { status: comment.status }, after: { status: after?.status } });
  });
}

// ---- consultation ----

function deadlineProblem(deps: Deps, date: string, time: string, zone: string): string | null {
  return zonedTimeToInstant(date, time, zone) <= deps.clock.now() ? 'must be in the future' : null;
}

/** Opens a consultation from its form; the deadline is checked against the clock with the form's other problems. */
export async function openConsultation(deps: Deps, actor: Actor | null, slug: string, raw: unknown): Promise<void> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const input = await parseWithChecks(consultationForm, raw, [
    { field: 'deadline', reads: ['deadline'], problem: (form) => deadlineProblem(deps, form.deadline, '23:59', 'UTC') },
    // The advisory role is invited only while the group names one.
    { field: 'roles', reads: ['roles'], problem: (form) => (form.roles.includes(advisoryRole) && !advisoryRoleOffered() ? localized('raised.role.advisorsNotOffered') : null) },
  ]);
  const now = deps.clock.now();
  const deadline = zonedTimeToInstant(input.deadline, '23:59', 'UTC');
  const { row, consultation } = await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status !== 'drafting') throw conflict(localized('raised.statement.consultationNeedsDrafting', { status: statement.status }));
    const consultation = await repo.insertConsultation(trx, {
      statement_id: statement.id,
      version_number: statement.current_version,
      invited_roles: input.roles,
      deadline,
      note: input.note ?? null,
      opened_by: accountIdOf(actor),
      opened_at: now,
    });
    const after = await repo.updateStatement(trx, statement.id, statement.version, { status: 'consultation' }, now);
    if (!after) throw conflict(localized('raised.statement.changed'));
    await audit.record(trx, now, { actor, action: 'open_consultation', table: 'statement_consultations', recordId: consultation.id, after: consultation });
    return { row: after, consultation };
  });
  await handOffs.notifyConsultationOpened(deps, actor, row, consultation);
}

export async function closeConsultation(deps: Deps, actor: Actor | null, slug: string): Promise<void> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    const consultation = await repo.findOpenConsultation(trx, statement.id);
    if (!consultation) throw conflict(localized('raised.statement.noConsultation'));
    await repo.closeConsultation(trx, consultation.id, now);
    if (statement.status === 'consultation') await repo.updateStatement(trx, statement.id, statement.version, { status: 'drafting' }, now);
    await audit.record(trx, now, { actor, action: 'close_consultation', table: 'statement_consultations', recordId: consultation.id, before: { closed_at: null }, after: { closed_at: now } });
  });
}

// ---- endorsement rounds ----

/** The denominator of a round: the membership the group reports (31 in December 2022), and how many the directory lists. */
async function membershipTotal(deps: Deps): Promise<{ total: number; asOf: string | null; listed: number }> {
  const coverage = await members.getDirectoryCoverage(deps);
  const reported = coverage.reported?.count ?? 0;
  return { total: Math.max(reported, coverage.listed, 1), asOf: coverage.reported && reported >= coverage.listed ? coverage.reported.asOf : null, listed: coverage.listed };
}

function roundChecks(deps: Deps, membership: { total: number }): FieldCheck<RoundInput>[] {
  return [
    {
      field: 'deadline',
      reads: ['deadline', 'deadline_time', 'time_zone'],
      problem: (form) => deadlineProblem(deps, form.deadline, form.deadline_time ?? '23:59', form.time_zone ?? 'UTC'),
    },
    {
      field: 'quorum',
      reads: ['quorum'],
      problem: (form) => (form.quorum !== undefined && form.quorum > membership.total ? `must not exceed the ${membership.total} members` : null),
    },
  ];
}

/** Opens a round from its form; the deadline and quorum are checked against the clock and the membership with the form's other problems. */
export async function openRound(deps: Deps, actor: Actor | null, slug: string, raw: unknown): Promise<number> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const membership = await membershipTotal(deps);
  const input = await parseWithChecks(roundForm, raw, roundChecks(deps, membership));
  const now = deps.clock.now();
  const deadline = zonedTimeToInstant(input.deadline, input.deadline_time ?? '23:59', input.time_zone ?? 'UTC');
  const { row, round } = await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status !== 'drafting' && statement.status !== 'consultation') {
      throw conflict(statement.status === 'endorsement' ? 'A round is open or has endorsed this version: change the text to need a new round.' : `The text is ${statement.status}: no round can open.`);
    }
    const consultation = await repo.findOpenConsultation(trx, statement.id);
    if (consultation) await repo.closeConsultation(trx, consultation.id, now);
    const created = await repo.insertRound(trx, {
      statement_id: statement.id,
      version_number: statement.current_version,
      rule: input.rule,
      quorum: input.quorum ?? null,
      deadline,
      time_zone: input.time_zone ?? 'UTC',
      member_total: membership.total,
      member_total_as_of: membership.asOf,
      member_listed: membership.listed,
      note: input.note ?? null,
      opened_by: accountIdOf(actor),
      opened_at: now,
    });
    const after = await repo.updateStatement(trx, statement.id, statement.version, { status: 'endorsement' }, now);
    if (!after) throw conflict(localized('raised.statement.changed'));
    await audit.record(trx, now, { actor, action: 'open_round', table: 'endorsement_rounds', recordId: created.id, after: created });
    return { row: after, round: created };
  });
  await handOffs.notifyRoundOpened(deps, actor, row, round);
  return round.id;
}

/** A position recorded meanwhile (none: undefined); positions are keyed by round and organization, so they keep their own write. */
export const stalePosition = staleRecord<repo.PositionRow | undefined>('raised.statement.stalePosition');

/** Records (or changes) the position of the actor's organization in an open round, until it closes. */
export async function recordPosition(deps: Deps, actor: Actor | null, slug: string, roundId: number, input: PositionInput): Promise<void> {
  const { entityId, status } = await entityStatusOf(deps, actor);
  authorize(actor, 'statement.position.record', { entityId, status });
  if (!entityId) throw new AppError('FORBIDDEN', localized('raised.statement.noMember'));
  const now = deps.clock.now();
  const row = await statementOrThrow(deps.db, slug);
  await deps.db.transaction().execute(async (trx) => {
    const round = await repo.lockRound(trx, row.id, roundId);
    if (!round) throw notFound('endorsementRound');
    if (round.closed_at) throw conflict(localized('raised.statement.roundClosedPositions', { date: day(round.closed_at) }));
    if (now >= round.deadline) throw conflict(localized('raised.statement.deadlinePassed', { date: day(round.deadline) }));
    const existing = await repo.findPosition(trx, round.id, entityId);
    if ((existing?.version ?? 0) !== input.version) throw staleVersion(stalePosition, existing);
    const values = { position: input.position, comment: input.comment ?? null, recorded_by: accountIdOf(actor), recorded_by_label: authorLabel(actor), recorded_at: now };
    const saved = existing
      ? await repo.updatePosition(trx, round.id, entityId, existing.version, values)
      : await repo.insertPosition(trx, { round_id: round.id, entity_id: entityId, ...values });
    if (!saved) throw staleVersion(stalePosition, existing);
    await audit.record(trx, now, { actor, action: existing ? 'change_position' : 'record_position', table: 'endorsement_positions', recordId: `${round.id}:${entityId}`, entityId, before: existing ?? null, after: saved });
  });
}

/**
 * Closes a round and records its outcome and endorsers. A consensus round may close early; a round
 * under the silence procedure runs to its deadline, since silence counts only then.
 */
export async function closeRound(deps: Deps, actor: Actor | null, slug: string, roundId: number): Promise<RoundOutcome> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  const listedIds = (await members.listMemberOrganizations(deps)).map((member) => member.id);
  return deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    const round = await repo.lockRound(trx, statement.id, roundId);
    if (!round) throw notFound('endorsementRound');
    if (round.closed_at) throw conflict(localized('raised.statement.roundClosed', { date: day(round.closed_at) }));
    if (round.rule === 'silence' && now < round.deadline) throw conflict(localized('raised.statement.silenceRuns', { date: day(round.deadline) }));
    const positions = await repo.listPositions(trx, round.id);
    const tally = tallyPositions(positions, round.member_total);
    const outcome = decideOutcome(round.rule, round.quorum, tally);
    const result = closingResult(round.rule, outcome, tally, positions.map((position) => ({ entityId: position.entity_id, position: position.position })), listedIds);
    await repo.closeRound(trx, round.id, { outcome, closed_by: accountIdOf(actor), closed_at: now, result: JSON.stringify(result) });
    if (outcome !== 'endorsed') await repo.updateStatement(trx, statement.id, statement.version, { status: 'drafting' }, now);
    await audit.record(trx, now, { actor, action: 'close_round', table: 'endorsement_rounds', recordId: round.id, before: { outcome: null }, after: { outcome, result } });
    return outcome;
  });
}

// ---- adoption, publication, withdrawal ----

const kindNames: Record<StatementKind, string> = { joint_statement: 'joint statement', call_to_action: 'call to action', un_contribution: 'contribution to a UN process' };

/** Adopts the text by a decision of a meeting, recorded in the register; the current version must be the one a round endorsed. */
export async function adoptStatement(deps: Deps, actor: Actor | null, slug: string, input: AdoptInput): Promise<meetings.DecisionToRecord & { reference: string }> {
  authorize(actor, 'decision.record', penSubject(deps));
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    const endorsedBy = statement.status === 'endorsement' ? standingEndorsement(statement, await repo.listRounds(trx, statement.id)) : undefined;
    if (!endorsedBy?.closed_at) throw conflict(localized('raised.statement.adoptionNeedsEndorsement'));
    const decision = {
      type: 'adoption' as const,
      title: input.title ?? `Adoption of the ${kindNames[statement.kind]} "${statement.title}"`,
      body: input.body ?? null,
      statementId: statement.id,
    };
    const notBefore = { at: endorsedBy.closed_at };
    const recorded = await meetings.recordDecisionWithin(trx, deps, actor, input.meeting, { ...decision, notBefore });
    const after = await repo.updateStatement(trx, statement.id, statement.version, { status: 'adopted' }, now);
    if (!after) throw conflict(localized('raised.statement.changed'));
    await audit.record(trx, now, { actor, action: 'adopt', table: 'statements', recordId: statement.id, before: { status: statement.status }, after: { status: 'adopted', decision: recorded.reference } });
    return { ...decision, reference: recorded.reference };
  });
}

export async function publishStatement(deps: Deps, actor: Actor | null, slug: string, publishedOn?: string): Promise<void> {
  authorize(actor, 'statement.publish', penSubject(deps));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status !== 'adopted') throw conflict(localized('raised.statement.publishAdoptedOnly', { status: statement.status }));
    const after = await repo.updateStatement(trx, statement.id, statement.version, { status: 'published', published_on: publishedOn ?? isoDay(now) }, now);
    if (!after) throw conflict(localized('raised.statement.changed'));
    const version = await repo.findVersion(trx, statement.id, statement.current_version);
    await indexStatement(trx, after, version?.body ?? '');
    await audit.record(trx, now, { actor, action: 'publish', table: 'statements', recordId: statement.id, before: { status: statement.status }, after: { status: after.status, published_on: after.published_on } });
  });
}

export async function withdrawStatement(deps: Deps, actor: Actor | null, slug: string, reason: string): Promise<void> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status === 'published' || statement.status === 'withdrawn') throw conflict(localized('raised.statement.cannotWithdraw', { status: statement.status }));
    const round = await repo.findOpenRound(trx, statement.id);
    if (round) await supersedeRound(trx, now, actor, round, 'withdrawn');
    const consultation = await repo.findOpenConsultation(trx, statement.id);
    if (consultation) await repo.closeConsultation(trx, consultation.id, now);
    const after = await repo.updateStatement(trx, statement.id, statement.version, { status: 'withdrawn', withdrawn_reason: reason }, now);
    if (!after) throw conflict(localized('raised.statement.changed'));
    const version = await repo.findVersion(trx, statement.id, statement.current_version);
    await indexStatement(trx, after, version?.body ?? '');
    await audit.record(trx, now, { actor, action: 'withdraw', table: 'statements', recordId: statement.id, before: { status: statement.status }, after: { status: 'withdrawn', reason } });
  });
}

// ---- reference data ----

export interface ReferenceStatement {
  slug: string;
  kind: StatementKind;
  title: string;
  year: number;
  /** A summary of the text, marked as such: the published text is not in the reference. */
  summary: string;
  publishedOn: string;
  sources: string[];
  /** Shown with the round: what the sources say of the endorsement, and what the record can name. */
  endorsementNote: string;
}

export interface ReferenceRecord {
  meetings: meetings.ReferenceMeeting[];
  statements: ReferenceStatement[];
}

/** The membership the group reported on a date: the latest count dated on or before it. */
async function membershipOn(deps: Deps, date: string): Promise<{ total: number; asOf: string | null }> {
  const about = await members.getAbout(deps);
  const count = about.membershipCounts.filter((entry) => entry.asOf <= date).at(-1);
  return count ? { total: count.count, asOf: count.asOf } : { total: 1, asOf: null };
}

/** The confirmed members of the directory (not those whose membership is uncertain) that had joined by a year. */
async function confirmedMemberIds(deps: Deps, year: number): Promise<number[]> {
  const listed = await members.listMemberOrganizations(deps);
  return listed.filter((member) => !member.uncertain && (member.joinedYear === null || member.joinedYear <= year)).map((member) => member.id);
}

/**
 * A statement of the reference, in one transaction: the text (a summary, marked as such), its closed
 * endorsement round, the adoption decision of the meeting and publication. Returns whether it was new.
 */
async function loadReferenceStatement(deps: Deps, actor: Actor, meetingId: number, decision: meetings.ReferenceDecision, reference: ReferenceStatement, meetingDate: string): Promise<boolean> {
  const membership = await membershipOn(deps, meetingDate);
  const endorserIds = await confirmedMemberIds(deps, reference.year);
  const listed = (await members.getDirectoryCoverage(deps)).listed;
  const at = zonedTimeToInstant(meetingDate, '12:00', 'UTC');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (await repo.findStatementBySlug(trx, reference.slug)) return false;
    if (await meetings.hasReferenceDecision(trx, meetingId, decision.number)) throw new Error(`Decision ${decision.number} of meeting ${meetingId} is on record without its statement ${reference.slug}.`);
    const created = await repo.insertStatement(trx, {
      slug: reference.slug,
      kind: reference.kind,
      title: reference.title,
      year: reference.year,
      status: 'published',
      is_summary: true,
      sources: JSON.stringify(reference.sources),
      published_on: reference.publishedOn,
      created_at: now,
      updated_at: now,
    });
    await repo.insertVersion(trx, { statement_id: created.id, number: 1, title: reference.title, body: reference.summary, note: 'Summary from the public sources, not the published text.', created_by: null, author_label: actor.name, created_at: at });
    const total = Math.max(membership.total, endorserIds.length);
    const result: RoundResult = { endorsed: total, abstained: 0, objected: 0, silent: 0, endorserIds, silentConsentIds: [], unnamedEndorsers: total - endorserIds.length };
    const round = await repo.insertRound(trx, {
      statement_id: created.id,
      version_number: 1,
      rule: 'consensus',
      quorum: null,
      deadline: at,
      member_total: total,
      member_total_as_of: membership.asOf,
      member_listed: listed,
      public_note: reference.endorsementNote,
      opened_at: at,
      closed_at: at,
      outcome: 'endorsed',
      result: JSON.stringify(result),
    });
    for (const entityId of endorserIds) {
      await repo.insertPosition(trx, { round_id: round.id, entity_id: entityId, position: 'endorse', comment: null, recorded_by: null, recorded_by_label: `${actor.name}, from the sources`, recorded_at: at });
    }
    await meetings.recordDecisionWithin(trx, deps, actor, meetingId, { type: 'adoption', title: decision.title, body: decision.body, statementId: created.id, sources: decision.sources });
    await indexStatement(trx, created, reference.summary);
    await audit.record(trx, now, { actor, action: 'create', table: 'statements', recordId: created.id, after: { ...created, round: round.id, endorsers: endorserIds } });
    return true;
  });
}

/**
 * Loads the reference meetings with their decisions in the register's order; an adoption brings its
 * statement with it. What is on record already is left as it is, so a second run changes nothing.
 */
export async function loadReferenceRecord(deps: Deps, actor: Actor, record: ReferenceRecord): Promise<number> {
  let inserted = 0;
  for (const meeting of record.meetings) {
    const { id, inserted: isNew } = await meetings.loadReferenceMeeting(deps, actor, meeting);
    if (isNew) inserted++;
    for (const decision of meeting.decisions) {
      if (decision.type !== 'adoption') {
        if (await meetings.loadReferenceDecision(deps, actor, id, decision)) inserted++;
        continue;
      }
      const statement = record.statements.find((candidate) => candidate.slug === decision.statement);
      if (!statement) throw new Error(`Reference decision "${decision.title}" adopts an unknown statement: ${decision.statement}`);
      if (await loadReferenceStatement(deps, actor, id, decision, statement, meeting.date)) inserted++;
    }
  }
  return inserted;
}

// ---- adoption in the decisions register: statements owns it (see meetings/decision-types.ts) ----

meetings.registerDecisionType('adoption', {
  async recordFromForm(deps, actor, meetingId, input) {
    if (!input.statement) throw fieldError('statement', localized('raised.meeting.chooseStatement'));
    return adoptStatement(deps, actor, input.statement, { meeting: meetingId, title: input.title, body: input.body });
  },
  choices: listAdoptableStatements,
  async subjects(deps, ids) {
    const found = await statementSummariesByIds(deps, ids);
    return new Map([...found].map(([id, statement]) => [id, { title: statement.title, url: statement.url }]));
  },
});

// ---- statements are texts to translate (see translations/text-sources.service.ts) ----

textSources.registerTextSource('statement', async (deps, actor, id) => {
  const text = await statementTextById(deps, actor, id);
  return { title: text.title, body: text.body, language: text.summary.originalLanguage, url: text.summary.url, penYear: text.penYear };
});
