/**
 * Reading a statement: its page model with the viewer's rights, the workspace list, a round's tally,
 * and its text for the translations.
 */
import * as meetings from '../meetings/meetings.service';
import * as members from '../members/members.service';
import * as textSources from '../translations/text-sources.service';
import * as repo from './statements.repository';
import * as roundsRepo from './statements.rounds.repository';
import { findStatementPage } from './statements.page.repository';
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { outOfTermReason, type Actor, type OutOfTerm } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import type { MemberSummary } from '../members/members.schemas';
import type { StatementListQuery } from './statements.schemas';
import type { Position, RoundOutcome, RoundResult, RoundRule, StatementStatus } from './statements.table';
import { tallyPositions, type Tally } from './statements.tally';
import {
  statementPageSize,
  maxComments,
  maxVersions,
  workingStates,
  currentYear,
  penSubject,
  type StatementSummary,
  toSummary,
  statementOrThrow,
  conflict,
  assertReadable,
  readability,
  endorsementFromRound,
  type VersionInfo,
  type TextVersion,
  toTextVersion,
  type Endorsement,
  standingEndorsement,
} from './statements.rules';

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

function toPositionView(row: roundsRepo.PositionRow, entity: MemberSummary): PositionView {
  return { entity, position: row.position, comment: row.comment, recordedBy: row.recorded_by_label, recordedAt: row.recorded_at, version: row.version };
}

/** A round as the page shows it, from its positions and their organizations (members only: pass none to show none). */
function toRoundView(now: Date, round: roundsRepo.RoundRow, positionRows: roundsRepo.PositionRow[], entities: Map<number, MemberSummary> | null): RoundView {
  const live = tallyPositions(positionRows, round.member_total);
  const tally: Tally = round.result
    ? {
        total: round.member_total,
        endorsed: round.result.endorsed,
        abstained: round.result.abstained,
        objected: round.result.objected,
        silent: round.result.silent,
        responded: round.result.endorsed + round.result.abstained + round.result.objected,
      }
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
    positions: entities
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

async function roundView(deps: Deps, round: roundsRepo.RoundRow): Promise<RoundView> {
  const positionRows = await roundsRepo.listPositions(deps.db, round.id);
  const entities = await members.summariesByIds(
    deps,
    positionRows.map((row) => row.entity_id),
  );
  return toRoundView(deps.clock.now(), round, positionRows, entities);
}

export async function endorsementOf(deps: Deps, round: roundsRepo.RoundRow | undefined): Promise<Endorsement | null> {
  if (!round?.result || !round.closed_at) return null;
  const entities = await members.summariesByIds(deps, [...round.result.endorserIds, ...round.result.silentConsentIds]);
  return endorsementFromRound(round, entities);
}

/**
 * The statement's page model with the viewer's rights. The statement and all of its own records are
 * one document (one SQL statement); the organizations it names are read together in a second, its
 * adoption from the meetings in a third.
 */
export async function getStatement(deps: Deps, actor: Actor | null, slug: string): Promise<StatementDetail> {
  const mayBeMember = can(actor, 'statement.read', { published: false });
  const showRounds = can(actor, 'statement.round.read');
  const parts = { versions: mayBeMember, comments: actor !== null, consultation: actor !== null, positions: showRounds };
  const found = await findStatementPage(deps.db, slug, parts, { versions: maxVersions, comments: maxComments });
  if (!found) throw notFound('statement');
  const { row, text, consultation: openConsultation, rounds: roundRows } = found;
  const { member, consulted } = readability(actor, row, openConsultation);
  if (!text) throw notFound('statementText');
  const now = deps.clock.now();
  const adoption = await meetings.findAdoptionDecision(deps, row.id);
  // Someone consulted sees the comments of the consultation, not the members' drafting discussion.
  const commentRows = found.comments.filter((comment) => member || (consulted && comment.consultation_id === consulted.id));
  const published = row.status === 'published' || row.status === 'adopted';
  const standing = showRounds || published ? standingEndorsement(row, roundRows) : undefined;
  const openRound = showRounds ? roundRows.find((round) => round.closed_at === null && now < round.deadline) : undefined;
  const entities = await members.summariesByIds(deps, [
    ...new Set([
      ...roundRows.flatMap((round) => round.positions.map((position) => position.entity_id)),
      ...(standing?.result ? [...standing.result.endorserIds, ...standing.result.silentConsentIds] : []),
      ...commentRows.flatMap((comment) => (comment.author_entity_id ? [comment.author_entity_id] : [])),
      ...(openRound && actor?.entityId ? [actor.entityId] : []),
    ]),
  ]);
  const rounds = showRounds ? roundRows.map((round) => toRoundView(now, round, round.positions, entities)) : [];
  const draftRight = can(actor, 'statement.draft', penSubject(deps));
  const working = workingStates.includes(row.status);
  return {
    ...toSummary(row),
    sources: row.sources,
    withdrawnReason: row.withdrawn_reason,
    version: row.version,
    text: toTextVersion(text),
    versions: member ? found.versions.map((version) => ({ number: version.number, title: version.title, note: version.note, authorLabel: version.author_label, createdAt: version.created_at })) : [],
    comments: commentRows.map((comment) => toCommentView(deps, actor, comment, entities)),
    openComments: member ? found.openComments : 0,
    consultation:
      openConsultation && (member || consulted)
        ? {
            id: openConsultation.id,
            invitedRoles: openConsultation.invited_roles,
            deadline: openConsultation.deadline,
            note: openConsultation.note,
            openedAt: openConsultation.opened_at,
            accepting: now < openConsultation.deadline,
          }
        : null,
    rounds,
    endorsement: standing ? endorsementFromRound(standing, entities) : null,
    adoption,
    positionFor: positionFor(actor, rounds, entities),
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

function toCommentView(deps: Deps, actor: Actor | null, comment: repo.CommentRow, entities: Map<number, MemberSummary>): CommentView {
  return {
    id: comment.id,
    versionNumber: comment.version_number,
    paragraph: comment.paragraph,
    excerpt: comment.excerpt,
    body: comment.body,
    authorName: comment.role_only ? null : comment.author_name,
    authorEntity: comment.role_only || !comment.author_entity_id ? null : (entities.get(comment.author_entity_id)?.acronym ?? null),
    authorRole: comment.author_role,
    status: comment.status,
    createdAt: comment.created_at,
    canResolve: can(actor, 'statement.comment.resolve', { ...penSubject(deps), accountId: comment.author_account_id ?? -1 }),
    inConsultation: comment.consultation_id !== null,
  };
}

/** The actor's organization and its current position, when it may record one in the round that accepts positions. */
function positionFor(actor: Actor | null, rounds: RoundView[], entities: Map<number, MemberSummary>): StatementDetail['positionFor'] {
  const openRound = rounds.find((round) => round.accepting);
  const entity = openRound && actor?.entityId ? entities.get(actor.entityId) : undefined;
  if (!openRound || !actor?.entityId || !entity || !can(actor, 'statement.position.record', { entityId: actor.entityId, status: entity.status })) return null;
  return { entityId: actor.entityId, acronym: entity.acronym, current: openRound.positions.find((position) => position.entity.acronym === entity.acronym) ?? null };
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
  const [rows, total] = await Promise.all([repo.listStatements(deps.db, filter, statementPageSize, (query.page - 1) * statementPageSize), repo.countStatements(deps.db, filter)]);
  return { items: rows.map(toSummary), page: query.page, pageSize: statementPageSize, total, includesDrafts };
}

export async function getRoundTally(deps: Deps, actor: Actor | null, slug: string, roundId: number): Promise<RoundView> {
  authorize(actor, 'statement.round.read');
  const row = await statementOrThrow(deps.db, slug);
  const round = await roundsRepo.findRound(deps.db, row.id, roundId);
  if (!round) throw notFound('endorsementRound');
  return roundView(deps, round);
}

/** For the edit page: the statement, if the actor holds the pen (else FORBIDDEN or UNAUTHENTICATED). */
export async function statementForEditing(deps: Deps, actor: Actor | null, slug: string): Promise<StatementDetail> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const statement = await getStatement(deps, actor, slug);
  if (!workingStates.includes(statement.status)) throw conflict(localized('raised.statement.noLongerChanges', { status: statement.status }));
  return statement;
}

// ---- statements are texts to translate (see translations/text-sources.service.ts) ----

textSources.registerTextSource('statement', async (deps, actor, id) => {
  const text = await statementTextById(deps, actor, id);
  return { title: text.title, body: text.body, language: text.summary.originalLanguage, url: text.summary.url, penYear: text.penYear };
});
