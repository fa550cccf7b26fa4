/** The decisions register: recording numbered, typed decisions and reading them. */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError, notFound, fieldError, validationError } from '../../lib/errors';
import { formatZonedDate, localDate } from '../../lib/zoned-time';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import { decisionTypeHandler, type DecisionSubject } from './decision-types';
import { decisionReference } from './decision-prefix';
import * as repo from './meetings.repository';
import type { Decision, DecisionInput, DecisionListQuery, Meeting } from './meetings.schemas';
import type { DecisionType } from './meetings.table';
import { localized, currentLocale } from '../../lib/i18n';
import { currentYear, decisionPageSize, decisionUrl, indexDecision, meetingOrThrow, toDecision, toMeeting } from './meetings.read.service';

// ---- decisions ----

export interface DecisionToRecord {
  type: DecisionType;
  title: string;
  body: string | null;
  statementId?: number | null;
  termYear?: number | null;
  chairEntityIds?: number[];
  sources?: string[];
  /** The decision cannot be taken at a meeting held before this moment (an adoption: when the round that endorsed the text closed). */
  notBefore?: { at: Date };
}

/**
 * Numbers and records a decision inside the caller's transaction (the meeting row is locked, so two
 * decisions never take the same number), indexes it, writes the audit entry; an endorsement of
 * co-chairs creates or confirms the term it names (through its owner, see decision-types.ts).
 * Authorization is the caller's.
 */
export async function recordDecisionWithin(trx: Executor, deps: Deps, actor: Actor | null, meetingId: number, decision: DecisionToRecord): Promise<Decision> {
  const now = deps.clock.now();
  const meeting = await repo.lockMeeting(trx, meetingId);
  if (!meeting) throw notFound('meeting');
  if (decision.notBefore && meeting.starts_on < localDate(decision.notBefore.at, meeting.time_zone)) {
    const held = formatZonedDate(meeting.starts_at, meeting.time_zone, currentLocale());
    const since = formatZonedDate(decision.notBefore.at, meeting.time_zone, currentLocale());
    throw fieldError('statement', localized('raised.meeting.heldBeforeRound', { held, since }));
  }
  const number = await repo.nextDecisionNumber(trx, meetingId);
  const year = Number(meeting.starts_on.slice(0, 4));
  const row = await repo.insertDecision(trx, {
    meeting_id: meetingId,
    number,
    reference: decisionReference(meeting.level, meeting.number, year, number),
    type: decision.type,
    title: decision.title,
    body: decision.body,
    decided_on: meeting.starts_on,
    year,
    statement_id: decision.type === 'adoption' ? (decision.statementId ?? null) : null,
    term_year: decision.type === 'endorsement_cochairs' ? (decision.termYear ?? null) : null,
    sources: JSON.stringify(decision.sources ?? []),
    created_by: actor && actor.accountId > 0 ? actor.accountId : null,
    created_at: now,
  });
  await decisionTypeHandler(decision.type)?.decided?.(trx, now, actor, {
    id: row.id,
    reference: row.reference,
    decidedOn: meeting.starts_on,
    termYear: row.term_year,
    chairEntityIds: decision.chairEntityIds ?? [],
  });
  await indexDecision(trx, row, meeting);
  await audit.record(trx, now, { actor, action: 'create', table: 'decisions', recordId: row.id, after: row });
  return toDecision(row, meeting.title);
}

async function endorsementDetails(deps: Deps, input: DecisionInput): Promise<{ termYear: number; chairEntityIds: number[]; names: string[] }> {
  const issues = [];
  if (!input.term_year) issues.push({ field: 'term_year', message: localized('raised.meeting.termYearRequired') });
  if (input.chairs.length === 0 || input.chairs.length > 3) issues.push({ field: 'chairs', message: localized('raised.meeting.oneToThreeChairs') });
  const ids = await members.entityIdsByAcronym(deps, input.chairs);
  const unknown = input.chairs.filter((acronym) => !ids.has(acronym));
  if (unknown.length > 0) issues.push({ field: 'chairs', message: localized('raised.notKnown', { names: unknown.join(', ') }) });
  if (issues.length > 0) throw validationError(issues);
  return { termYear: input.term_year as number, chairEntityIds: input.chairs.map((acronym) => ids.get(acronym) as number), names: input.chairs };
}

/**
 * Records a decision from a meeting's decision form: a type whose subject another feature owns (an
 * adoption: statements) goes to that feature, which checks its subject; the others are recorded here.
 */
export async function decide(deps: Deps, actor: Actor | null, meetingId: number, input: DecisionInput): Promise<{ reference: string }> {
  const owner = decisionTypeHandler(input.type);
  if (owner?.recordFromForm) return owner.recordFromForm(deps, actor, meetingId, input);
  return recordDecision(deps, actor, meetingId, input);
}

/** What a decision form offers to choose for a type (the texts one may adopt), from the feature that owns them. */
export async function decisionChoices(deps: Deps, actor: Actor | null, type: DecisionType): Promise<{ slug: string; title: string }[]> {
  return (await decisionTypeHandler(type)?.choices?.(deps, actor)) ?? [];
}

/** Titles and addresses of what decisions of a type are about (the statements adopted), by id. */
export async function decisionSubjects(deps: Deps, type: DecisionType, ids: (number | null)[]): Promise<Map<number, DecisionSubject>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const subjects = decisionTypeHandler(type)?.subjects;
  return subjects && wanted.length > 0 ? subjects(deps, wanted) : new Map();
}

/**
 * Records a decision taken at a meeting: an assessment, an endorsement of co-chairs, or another
 * decision. An adoption names a statement and goes through the statements feature (`decide`), which
 * checks that the text was endorsed.
 */
export async function recordDecision(deps: Deps, actor: Actor | null, meetingId: number, input: DecisionInput): Promise<Decision> {
  authorize(actor, 'decision.record', { year: currentYear(deps) });
  if (input.type === 'adoption') {
    throw new AppError('VALIDATION', localized('raised.meeting.adoptionNeedsStatement'), { fields: [{ field: 'statement', message: localized('raised.meeting.chooseStatement') }] });
  }
  await meetingOrThrow(deps.db, meetingId);
  const endorsement = input.type === 'endorsement_cochairs' ? await endorsementDetails(deps, input) : null;
  // The title is stored as written: in the language of the person recording the decision.
  const names = endorsement ? new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(endorsement.names) : '';
  const title = input.title ?? (endorsement ? localized('decision.title.endorsement', { names, year: String(endorsement.termYear) }) : undefined);
  if (!title) throw fieldError('title', localized('input.required'));
  return deps.db.transaction().execute((trx) =>
    recordDecisionWithin(trx, deps, actor, meetingId, {
      type: input.type,
      title,
      body: input.body ?? null,
      termYear: endorsement?.termYear ?? null,
      chairEntityIds: endorsement?.chairEntityIds ?? [],
    }),
  );
}

export interface DecisionPage {
  items: Decision[];
  page: number;
  pageSize: number;
  total: number;
  years: number[];
}

export async function listDecisionsPage(deps: Deps, actor: Actor | null, query: DecisionListQuery): Promise<DecisionPage> {
  const publicOnly = !can(actor, 'meeting.read', { published: false });
  const filter = { year: query.year, type: query.type, text: query.q, publicOnly };
  const [rows, total, years] = await Promise.all([
    repo.listDecisions(deps.db, filter, decisionPageSize, (query.page - 1) * decisionPageSize),
    repo.countDecisions(deps.db, filter),
    repo.listDecisionYears(deps.db, publicOnly),
  ]);
  return { items: rows.map((row) => toDecision(row, row.meeting_title)), page: query.page, pageSize: decisionPageSize, total, years };
}

export async function listDecisions(deps: Deps, options: { year: number; type?: DecisionType; includeMembersOnly?: boolean }): Promise<Decision[]> {
  const rows = await repo.listDecisions(deps.db, { year: options.year, type: options.type, publicOnly: !options.includeMembersOnly }, 500, 0);
  return rows.map((row) => toDecision(row, row.meeting_title)).sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.meetingId - b.meetingId || a.number - b.number);
}

export interface AdoptionDecision extends Decision {
  meeting: Meeting;
}

export async function listAdoptionDecisions(deps: Deps, statementIds: number[]): Promise<Map<number, AdoptionDecision>> {
  const rows = await repo.listAdoptionsOf(deps.db, statementIds);
  const found = new Map<number, AdoptionDecision>();
  for (const { adoption, ...meeting } of rows) {
    if (adoption.statement_id !== null) found.set(adoption.statement_id, { ...toDecision(adoption, meeting.title), meeting: toMeeting(meeting) });
  }
  return found;
}

export interface DecisionLink {
  reference: string;
  url: string;
}

/** References and addresses of decisions by id, for pages that cite them (the term a decision endorsed, say). */
export async function decisionLinks(deps: Deps, ids: number[]): Promise<Map<number, DecisionLink>> {
  const rows = await repo.listDecisionsByIds(deps.db, ids);
  return new Map(rows.map((row) => [row.id, { reference: row.reference, url: decisionUrl(row) }]));
}

export async function findAdoptionDecision(deps: Deps, statementId: number): Promise<AdoptionDecision | null> {
  return (await listAdoptionDecisions(deps, [statementId])).get(statementId) ?? null;
}

/** Meetings where a decision can be recorded now, most recent first: for the adoption form of a statement. */
export async function listMeetingsForDecisions(deps: Deps, actor: Actor | null): Promise<Meeting[]> {
  if (!can(actor, 'decision.record', { year: currentYear(deps) })) return [];
  const rows = await repo.listMeetings(deps.db, { publicOnly: false }, 50, 0);
  return rows.map(toMeeting);
}
