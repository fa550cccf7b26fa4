/**
 * Meetings and the decisions register: meetings at principal, working and group level with their
 * agenda, participants and attendance, documents (links), minutes that lock once approved, mail
 * invitations to the focal points concerned; and the numbered, typed decisions they take
 * (PLM4/2022/3 is the third decision of the fourth principal-level meeting, held in 2022; the prefix
 * is the group's, see decision-prefix.ts).
 *
 * Read functions for other features (they show public meetings unless told otherwise):
 *   listMeetings(deps, { year, includeMembersOnly? })     the meetings of a year, oldest first (at most 200)
 *   listDecisions(deps, { year, type?, includeMembersOnly? })  the decisions of a year, in register order (at most 500)
 *   findAdoptionDecision(deps, statementId)               the decision that adopted a statement, with its meeting
 *   listAdoptionDecisions(deps, statementIds)             the same for several statements at once
 * For the statements feature, inside its own transaction:
 *   recordDecisionWithin(trx, deps, actor, meetingId, decision)  numbers and records a decision (adoption included)
 */
import { groupIdentity } from '../../lib/group';
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError, notFound, fieldError, validationError } from '../../lib/errors';
import { markdownToPlainText } from '../../lib/markdown';
import { formatZonedDate, formatZonedDateTime, localDate, zonedTimeToInstant } from '../../lib/zoned-time';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as accounts from '../accounts/accounts.service';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import * as governance from '../governance/governance.service';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import * as search from '../search/search.service';
import { decisionReference } from './decision-prefix';
import * as repo from './meetings.repository';
import type { AttendanceInput, Decision, DecisionInput, DecisionListQuery, DocumentInput, Meeting, MeetingInput, MeetingListQuery, MinutesInput } from './meetings.schemas';
import type { Attendance, DecisionType, MeetingLevel } from './meetings.table';
import { localized, currentLocale } from '../../lib/i18n';

export const meetingPageSize = 25;
export const decisionPageSize = 50;


function currentYear(deps: Deps): number {
  return deps.clock.now().getUTCFullYear();
}

export function meetingUrl(id: number): string {
  return `/meetings/${id}`;
}

/** A decision is read on its meeting's page, at its own anchor. */
function decisionUrl(row: { meeting_id: number; number: number }): string {
  return `${meetingUrl(row.meeting_id)}#decision-${row.number}`;
}

function toMeeting(row: repo.MeetingRow): Meeting {
  return {
    id: row.id,
    level: row.level,
    number: row.number,
    title: row.title,
    startsAt: row.starts_at,
    startsOn: row.starts_on,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    timeKnown: row.time_known,
    place: row.place,
    onlineUrl: row.online_url,
    visibility: row.visibility,
    isSample: row.is_sample,
    url: meetingUrl(row.id),
  };
}

function toDecision(row: repo.DecisionItem, meetingTitle: string): Decision {
  return {
    id: row.id,
    reference: row.reference,
    number: row.number,
    type: row.type,
    title: row.title,
    body: row.body,
    decidedOn: row.decided_on,
    year: row.year,
    meetingId: row.meeting_id,
    meetingTitle,
    statementId: row.statement_id,
    termYear: row.term_year,
    sources: row.sources,
    url: decisionUrl(row),
  };
}

// ---- reading ----

export interface MeetingPage {
  items: Meeting[];
  page: number;
  pageSize: number;
  total: number;
  years: number[];
}

export async function listMeetingsPage(deps: Deps, actor: Actor | null, query: MeetingListQuery): Promise<MeetingPage> {
  const publicOnly = !can(actor, 'meeting.read', { published: false });
  const filter = { year: query.year, level: query.level, publicOnly };
  const [rows, total, years] = await Promise.all([
    repo.listMeetings(deps.db, filter, meetingPageSize, (query.page - 1) * meetingPageSize),
    repo.countMeetings(deps.db, filter),
    repo.listMeetingYears(deps.db, publicOnly),
  ]);
  return { items: rows.map(toMeeting), page: query.page, pageSize: meetingPageSize, total, years };
}

export async function listMeetings(deps: Deps, options: { year: number; includeMembersOnly?: boolean }): Promise<Meeting[]> {
  const rows = await repo.listMeetings(deps.db, { year: options.year, publicOnly: !options.includeMembersOnly }, 200, 0);
  return rows.map(toMeeting).reverse();
}

export interface Participant {
  entity: MemberSummary;
  entityId: number;
  attendance: Attendance | null;
  note: string | null;
}

export interface MeetingDetail extends Meeting {
  number: number;
  summary: string | null;
  note: string | null;
  sources: string[];
  agenda: string[];
  participants: Participant[];
  documents: { id: number; title: string; url: string }[];
  decisions: Decision[];
  /** The minutes, when the reader may see them. */
  minutes: string | null;
  hasMinutes: boolean;
  minutesApprovedAt: Date | null;
  invitationsSentAt: Date | null;
  version: number;
  rights: { manage: boolean; approveMinutes: boolean; invite: boolean; recordDecision: boolean; readMinutes: boolean };
}

async function meetingOrThrow(db: Executor, id: number): Promise<repo.MeetingRow> {
  const row = await repo.findMeeting(db, id);
  if (!row) throw notFound('meeting');
  return row;
}

/** A members-only meeting does not exist for the public (404, so its title is not given away). */
async function readableMeeting(deps: Deps, actor: Actor | null, id: number): Promise<repo.MeetingRow> {
  const row = await meetingOrThrow(deps.db, id);
  if (!can(actor, 'meeting.read', { published: row.visibility === 'public' })) throw notFound('meeting');
  return row;
}

export async function getMeeting(deps: Deps, actor: Actor | null, id: number): Promise<MeetingDetail> {
  const row = await repo.findMeetingDetail(deps.db, id);
  if (!row || !can(actor, 'meeting.read', { published: row.visibility === 'public' })) throw notFound('meeting');
  const { agenda, participants, documents, decisions } = row;
  const entities = await members.summariesByIds(deps, participants.map((participant) => participant.entity_id));
  const subject = { year: currentYear(deps) };
  const readMinutes = can(actor, 'meeting.minutes.read', { published: row.visibility === 'public', status: row.minutes_approved_at ? 'approved' : 'draft' });
  return {
    ...toMeeting(row),
    summary: row.summary,
    note: row.note,
    sources: row.sources,
    agenda,
    participants: participants
      .flatMap((participant) => {
        const entity = entities.get(participant.entity_id);
        return entity ? [{ entity, entityId: participant.entity_id, attendance: participant.attendance, note: participant.note }] : [];
      })
      .sort((a, b) => a.entity.acronym.localeCompare(b.entity.acronym)),
    documents: documents.map((document) => ({ id: document.id, title: document.title, url: document.url })),
    decisions: decisions.map((decision) => toDecision(decision, row.title)),
    minutes: readMinutes ? row.minutes : null,
    hasMinutes: Boolean(row.minutes),
    minutesApprovedAt: row.minutes_approved_at,
    invitationsSentAt: row.invitations_sent_at,
    version: row.version,
    rights: {
      manage: can(actor, 'meeting.manage', subject),
      approveMinutes: can(actor, 'meeting.minutes.approve', subject),
      invite: can(actor, 'meeting.invite', subject),
      recordDecision: can(actor, 'decision.record', subject),
      readMinutes,
    },
  };
}

/** The meeting for a person who may manage it (else FORBIDDEN or UNAUTHENTICATED): for the edit pages. */
export async function meetingForEditing(deps: Deps, actor: Actor | null, id: number): Promise<MeetingDetail> {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
  return getMeeting(deps, actor, id);
}

export function assertMayManageMeetings(deps: Deps, actor: Actor | null): void {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
}

export function assertMayRecordDecisions(deps: Deps, actor: Actor | null): void {
  authorize(actor, 'decision.record', { year: currentYear(deps) });
}

export type MemberEntity = MemberSummary & { id: number };

/** Current members with their ids: the participants of a new meeting, the organizations of a round. */
export async function listMemberEntities(deps: Deps): Promise<MemberEntity[]> {
  // Twenty pages of the directory, read in one statement.
  return members.listCurrentMembers(deps, 20 * members.memberPageSize);
}

// ---- the search index ----

async function indexMeeting(db: Executor, row: repo.MeetingRow, agenda: string[]): Promise<void> {
  await search.indexDocument(db, {
    kind: 'meeting',
    recordId: row.id,
    title: row.title,
    body: [row.place ?? '', agenda.join('\n'), markdownToPlainText(row.summary ?? ''), row.minutes_approved_at && row.visibility === 'public' ? markdownToPlainText(row.minutes ?? '') : '']
      .filter((part) => part !== '')
      .join('\n'),
    year: Number(row.starts_on.slice(0, 4)),
    url: meetingUrl(row.id),
    visibility: row.visibility,
  });
}

async function indexDecision(db: Executor, decision: repo.DecisionRow, meeting: repo.MeetingRow): Promise<void> {
  await search.indexDocument(db, {
    kind: 'decision',
    recordId: decision.id,
    title: `${decision.reference}: ${decision.title}`,
    body: [meeting.title, markdownToPlainText(decision.body ?? '')].join('\n'),
    year: decision.year,
    url: toDecision(decision, meeting.title).url,
    visibility: meeting.visibility,
  });
}

/** Writes every meeting's and decision's search document again (the search.reindex job). */
export async function reindexMeetings(deps: Deps): Promise<number> {
  return search.reindexInBatches(deps.db, (db, limit, offset) => repo.listMeetings(db, { publicOnly: false }, limit, offset), async (trx, row) => {
    await indexMeeting(trx, row, (await repo.listAgenda(trx, row.id)).map((item) => item.title));
    for (const decision of await repo.listDecisions(trx, { meetingId: row.id, publicOnly: false }, 500, 0)) await indexDecision(trx, decision, row);
  });
}

// ---- writing meetings ----

export class StaleMeetingError extends AppError {
  constructor(readonly current: repo.MeetingRow) {
    super('STALE_VERSION', localized('raised.meeting.stale'));
  }
}

async function participantIds(deps: Deps, acronyms: string[]): Promise<number[]> {
  const ids = await members.entityIdsByAcronym(deps, acronyms);
  const unknown = acronyms.filter((acronym) => !ids.has(acronym));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', localized('raised.meeting.participantsUnknown', { names: unknown.join(', ') }), { fields: [{ field: 'participants', message: localized('raised.notKnown', { names: unknown.join(', ') }) }] });
  }
  return [...new Set(ids.values())];
}

function meetingValues(input: MeetingInput) {
  const startsAt = zonedTimeToInstant(input.date, input.time ?? '00:00', input.time_zone);
  const endsAt = input.time && input.end_time ? zonedTimeToInstant(input.date, input.end_time, input.time_zone) : null;
  if (endsAt && endsAt < startsAt) {
    throw fieldError('end_time', localized('raised.endBeforeStart'));
  }
  return {
    level: input.level,
    title: input.title,
    starts_at: startsAt,
    starts_on: input.date,
    ends_at: endsAt,
    time_zone: input.time_zone,
    time_known: input.time !== undefined,
    place: input.place ?? null,
    online_url: input.online_url ?? null,
    summary: input.summary ?? null,
    visibility: input.visibility,
  };
}

function numberTaken(number: number): AppError {
  return new AppError('CONFLICT', localized('raised.meeting.numberTaken.summary', { number: String(number) }), { fields: [{ field: 'number', message: localized('raised.meeting.numberTaken', { number: String(number) }) }] });
}

export async function createMeeting(deps: Deps, actor: Actor | null, input: MeetingInput): Promise<MeetingDetail> {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
  const values = meetingValues(input);
  const entityIds = await participantIds(deps, input.participants);
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const number = input.number ?? (await repo.nextMeetingNumber(trx, input.level));
    if (await repo.findMeetingByNumber(trx, input.level, number)) throw numberTaken(number);
    const row = await repo.insertMeeting(trx, { ...values, number, note: null, minutes: null, sources: '[]', created_at: now, updated_at: now });
    await repo.replaceAgenda(trx, row.id, input.agenda);
    await repo.replaceParticipants(trx, row.id, entityIds);
    await indexMeeting(trx, row, input.agenda);
    await audit.record(trx, now, { actor, action: 'create', table: 'meetings', recordId: row.id, after: { ...row, agenda: input.agenda, participants: entityIds } });
    return row.id;
  });
  return getMeeting(deps, actor, id);
}

export async function updateMeeting(deps: Deps, actor: Actor | null, id: number, input: MeetingInput): Promise<MeetingDetail> {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
  const values = meetingValues(input);
  const entityIds = await participantIds(deps, input.participants);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockMeeting(trx, id);
    if (!before) throw notFound('meeting');
    if (input.version !== before.version) throw new StaleMeetingError(before);
    const number = input.number ?? before.number;
    const holder = await repo.findMeetingByNumber(trx, input.level, number);
    if (holder && holder.id !== id) throw numberTaken(number);
    const decisions = await repo.countDecisions(trx, { meetingId: id, publicOnly: false });
    if (decisions > 0 && (number !== before.number || input.level !== before.level || values.starts_on.slice(0, 4) !== before.starts_on.slice(0, 4))) {
      throw new AppError('CONFLICT', localized('raised.meeting.hasDecisions'));
    }
    const agendaBefore = (await repo.listAgenda(trx, id)).map((item) => item.title);
    const after = await repo.updateMeeting(trx, id, before.version, { ...values, number }, now);
    if (!after) throw new StaleMeetingError(before);
    await repo.replaceAgenda(trx, id, input.agenda);
    await repo.replaceParticipants(trx, id, entityIds);
    await indexMeeting(trx, after, input.agenda);
    // Its decisions are found with the meeting's title and visibility: keep them in step.
    for (const decision of await repo.listDecisions(trx, { meetingId: id, publicOnly: false }, 500, 0)) await indexDecision(trx, decision, after);
    await audit.record(trx, now, { actor, action: 'update', table: 'meetings', recordId: id, before: { ...before, agenda: agendaBefore }, after: { ...after, agenda: input.agenda, participants: entityIds } });
  });
  return getMeeting(deps, actor, id);
}

export async function recordAttendance(deps: Deps, actor: Actor | null, id: number, input: AttendanceInput): Promise<void> {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const meeting = await repo.lockMeeting(trx, id);
    if (!meeting) throw notFound('meeting');
    const before = await repo.listParticipants(trx, id);
    const concerned = new Set(before.map((participant) => participant.entity_id));
    for (const [index, entityId] of input.entity.entries()) {
      if (!concerned.has(entityId)) {
        throw new AppError('VALIDATION', localized('raised.meeting.notParticipant.summary'), { fields: [{ field: 'entity', message: localized('raised.meeting.notParticipant') }] });
      }
      const attendance = input.attendance[index] || null;
      const note = input.note[index] || null;
      await repo.setAttendance(trx, id, entityId, attendance, note);
    }
    const after = await repo.listParticipants(trx, id);
    await audit.record(trx, now, { actor, action: 'record_attendance', table: 'meetings', recordId: id, before: { participants: before }, after: { participants: after } });
  });
}

export async function addDocument(deps: Deps, actor: Actor | null, id: number, input: DocumentInput): Promise<void> {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.lockMeeting(trx, id))) throw notFound('meeting');
    if ((await repo.countDocuments(trx, id)) >= 200) throw new AppError('CONFLICT', localized('raised.meeting.maxDocuments', { count: 200 }));
    const document = await repo.insertDocument(trx, { meeting_id: id, title: input.title, url: input.url, created_at: now });
    await audit.record(trx, now, { actor, action: 'create', table: 'meeting_documents', recordId: document.id, after: document });
  });
}

export async function removeDocument(deps: Deps, actor: Actor | null, id: number, documentId: number): Promise<void> {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const removed = await repo.deleteDocument(trx, id, documentId);
    if (!removed) throw notFound('document');
    await audit.record(trx, now, { actor, action: 'delete', table: 'meeting_documents', recordId: documentId, before: removed });
  });
}

// ---- minutes ----

function minutesLocked(row: repo.MeetingRow): AppError {
  return new AppError('CONFLICT', localized('raised.meeting.minutesLocked', { date: row.minutes_approved_at?.toISOString().slice(0, 10) ?? '' }));
}

export async function saveMinutes(deps: Deps, actor: Actor | null, id: number, input: MinutesInput): Promise<void> {
  authorize(actor, 'meeting.manage', { year: currentYear(deps) });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockMeeting(trx, id);
    if (!before) throw notFound('meeting');
    if (before.minutes_approved_at) throw minutesLocked(before);
    if (input.version !== before.version) throw new StaleMeetingError(before);
    const after = await repo.updateMeeting(trx, id, before.version, { minutes: input.minutes || null }, now);
    if (!after) throw new StaleMeetingError(before);
    await audit.record(trx, now, { actor, action: 'update_minutes', table: 'meetings', recordId: id, before: { minutes: before.minutes }, after: { minutes: after.minutes } });
  });
}

export async function approveMinutes(deps: Deps, actor: Actor | null, id: number, version: number): Promise<void> {
  authorize(actor, 'meeting.minutes.approve', { year: currentYear(deps) });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockMeeting(trx, id);
    if (!before) throw notFound('meeting');
    if (before.minutes_approved_at) throw minutesLocked(before);
    if (!before.minutes) throw new AppError('CONFLICT', localized('raised.meeting.noMinutes'));
    if (version !== before.version) throw new StaleMeetingError(before);
    const after = await repo.updateMeeting(trx, id, before.version, { minutes_approved_at: now, minutes_approved_by: actor.accountId || null }, now);
    if (!after) throw new StaleMeetingError(before);
    await indexMeeting(trx, after, (await repo.listAgenda(trx, id)).map((item) => item.title));
    await audit.record(trx, now, { actor, action: 'approve_minutes', table: 'meetings', recordId: id, before: { minutes_approved_at: null }, after: { minutes_approved_at: now } });
  });
}

// ---- invitations ----

export function describeWhen(meeting: Pick<Meeting, 'startsAt' | 'timeZone' | 'timeKnown'>, locale = 'en'): string {
  return meeting.timeKnown ? formatZonedDateTime(meeting.startsAt, meeting.timeZone, locale) : formatZonedDate(meeting.startsAt, meeting.timeZone, locale);
}

/** Mails an invitation to every focal point of the organizations concerned; returns how many were sent. */
export async function sendInvitations(deps: Deps, actor: Actor | null, id: number): Promise<number> {
  authorize(actor, 'meeting.invite', { year: currentYear(deps) });
  const now = deps.clock.now();
  const meeting = await meetingOrThrow(deps.db, id);
  if (meeting.starts_at <= now) throw new AppError('CONFLICT', localized('raised.meeting.started'));
  const participants = await repo.listParticipants(deps.db, id);
  const recipients = await accounts.listRecipients(deps, 'focal_point', participants.map((participant) => participant.entity_id));
  if (recipients.length === 0) throw new AppError('CONFLICT', localized('raised.meeting.nobodyToInvite'));
  await deps.db.transaction().execute(async (trx) => {
    const after = await repo.updateMeeting(trx, id, meeting.version, { invitations_sent_at: now }, now);
    if (!after) throw new StaleMeetingError(meeting);
    await audit.record(trx, now, { actor, action: 'invite', table: 'meetings', recordId: id, after: { invitations_sent_at: now, recipients: recipients.map((recipient) => recipient.accountId) } });
  });
  const agenda = (await repo.listAgenda(deps.db, id)).map((item, index) => `${index + 1}. ${item.title}`);
  const where = [meeting.place, meeting.online_url].filter(Boolean).join(' / ') || 'to be announced';
  const link = `${deps.config.publicUrl}${meetingUrl(id)}`;
  for (const recipient of recipients) {
    await mail.queueMail(deps, {
      to: recipient.email,
      subject: `Invitation: ${meeting.title}`,
      text: [
        `Dear ${recipient.name},`,
        '',
        `Your organization is invited to ${meeting.title}.`,
        '',
        `When: ${describeWhen(toMeeting(meeting))} (${meeting.time_zone})`,
        `Where: ${where}`,
        ...(agenda.length > 0 ? ['', 'Agenda:', ...agenda] : []),
        '',
        `The meeting page: ${link}`,
        `Add it to your calendar: ${link}.ics`,
        '',
      ].join('\n'),
    });
  }
  return recipients.length;
}

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
 * co-chairs creates or confirms the term it names. Authorization is the caller's.
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
  if (decision.type === 'endorsement_cochairs' && decision.termYear) {
    await governance.endorseTermByDecision(trx, now, actor, { year: decision.termYear, chairEntityIds: decision.chairEntityIds ?? [], decisionId: row.id, endorsedOn: meeting.starts_on });
  }
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
 * Records a decision taken at a meeting: an assessment, an endorsement of co-chairs, or another
 * decision. An adoption names a statement and goes through the statements feature, which checks
 * that the text was endorsed.
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

// ---- the calendar ----

export interface CalendarEntry extends Meeting {
  summary: string | null;
  agenda: string[];
  updatedAt: Date;
  sequence: number;
}

async function toCalendarEntry(deps: Deps, row: repo.MeetingRow): Promise<CalendarEntry> {
  const agenda = await repo.listAgenda(deps.db, row.id);
  return { ...toMeeting(row), summary: row.summary, agenda: agenda.map((item) => item.title), updatedAt: row.updated_at, sequence: row.version };
}

export async function getCalendarEntry(deps: Deps, actor: Actor | null, id: number): Promise<CalendarEntry> {
  return toCalendarEntry(deps, await readableMeeting(deps, actor, id));
}

/** The public calendar feed: public meetings from a year back to two years ahead (at most 500). */
export async function listCalendarEntries(deps: Deps): Promise<CalendarEntry[]> {
  const now = deps.clock.now();
  const from = new Date(now.getTime() - 366 * 24 * 3600_000);
  const to = new Date(now.getTime() + 2 * 366 * 24 * 3600_000);
  const rows = await repo.listMeetingsBetween(deps.db, from, to, true, 500);
  return Promise.all(rows.map((row) => toCalendarEntry(deps, row)));
}

// ---- reference data ----

export interface ReferenceDecision {
  /** Its number in the meeting: the register keeps the order the sources give. */
  number: number;
  type: DecisionType;
  title: string;
  body: string | null;
  /** For an adoption: the slug of the statement adopted (the statements step records it). */
  statement?: string;
  /** For an endorsement of co-chairs. */
  termYear?: number;
  chairs?: string[];
  sources: string[];
}

export interface ReferenceMeeting {
  level: MeetingLevel;
  number: number;
  title: string;
  date: string;
  time: string | null;
  timeZone: string;
  place: string | null;
  summary: string | null;
  note: string | null;
  agenda: string[];
  /** Organizations the sources show taking part. */
  present: string[];
  sources: string[];
  decisions: ReferenceDecision[];
}

async function referenceEntityIds(deps: Deps, context: string, acronyms: string[]): Promise<number[]> {
  const ids = await members.entityIdsByAcronym(deps, acronyms);
  return acronyms.map((acronym) => {
    const id = ids.get(acronym);
    if (id === undefined) throw new Error(`${context} names an unknown organization: ${acronym}`);
    return id;
  });
}

/** Loads a reference meeting (without its decisions); one on record, by level and number, is left as it is. */
export async function loadReferenceMeeting(deps: Deps, actor: Actor, reference: ReferenceMeeting): Promise<{ id: number; inserted: boolean }> {
  const present = await referenceEntityIds(deps, `Reference meeting "${reference.title}"`, reference.present);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const existing = await repo.findMeetingByNumber(trx, reference.level, reference.number);
    if (existing) return { id: existing.id, inserted: false };
    const row = await repo.insertMeeting(trx, {
      level: reference.level,
      number: reference.number,
      title: reference.title,
      starts_at: zonedTimeToInstant(reference.date, reference.time ?? '00:00', reference.timeZone),
      starts_on: reference.date,
      ends_at: null,
      time_zone: reference.timeZone,
      time_known: reference.time !== null,
      place: reference.place,
      online_url: null,
      summary: reference.summary,
      note: reference.note,
      visibility: 'public',
      minutes: null,
      sources: JSON.stringify(reference.sources),
      created_at: now,
      updated_at: now,
    });
    await repo.replaceAgenda(trx, row.id, reference.agenda);
    for (const entityId of present) await repo.setAttendance(trx, row.id, entityId, 'present', null);
    await indexMeeting(trx, row, reference.agenda);
    await audit.record(trx, now, { actor, action: 'create', table: 'meetings', recordId: row.id, after: { ...row, agenda: reference.agenda, present } });
    return { id: row.id, inserted: true };
  });
}

/**
 * Whether a meeting's decision of that number is on record already; a gap before it (an earlier
 * decision missing) is an error in the reference data, not something to paper over.
 */
export async function hasReferenceDecision(db: Executor, meetingId: number, number: number): Promise<boolean> {
  const next = await repo.nextDecisionNumber(db, meetingId);
  if (number < next) return true;
  if (number > next) throw new Error(`Reference decision ${number} of meeting ${meetingId} comes before decision ${next}.`);
  return false;
}

/** Loads a reference decision other than an adoption; one on record is left as it is. Returns whether it was new. */
export async function loadReferenceDecision(deps: Deps, actor: Actor, meetingId: number, reference: ReferenceDecision): Promise<boolean> {
  if (reference.type === 'adoption') throw new Error(`Reference decision "${reference.title}" is an adoption: the statements step records it.`);
  const chairEntityIds = await referenceEntityIds(deps, `Reference decision "${reference.title}"`, reference.chairs ?? []);
  return deps.db.transaction().execute(async (trx) => {
    if (await hasReferenceDecision(trx, meetingId, reference.number)) return false;
    await recordDecisionWithin(trx, deps, actor, meetingId, {
      type: reference.type,
      title: reference.title,
      body: reference.body,
      termYear: reference.termYear ?? null,
      chairEntityIds,
      sources: reference.sources,
    });
    return true;
  });
}

export async function findMeetingIdByNumber(deps: Deps, level: MeetingLevel, number: number): Promise<number | null> {
  return (await repo.findMeetingByNumber(deps.db, level, number))?.id ?? null;
}
