/** Reading meetings (the lists, a meeting's page, who may manage them) and keeping them in the search index. */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import { markdownToPlainText } from '../../lib/markdown';
import { outOfTermReason, type Actor, type OutOfTerm } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import type { Rights } from '../../policy/rights';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import * as search from '../search/search.service';
import * as repo from './meetings.repository';
import type { Decision, Meeting, MeetingListQuery } from './meetings.schemas';
import type { Attendance } from './meetings.table';

export const meetingPageSize = 25;
export const decisionPageSize = 50;

export function currentYear(deps: Deps): number {
  return deps.clock.now().getUTCFullYear();
}

export function meetingUrl(id: number): string {
  return `/meetings/${id}`;
}

/** A decision is read on its meeting's page, at its own anchor. */
export function decisionUrl(row: { meeting_id: number; number: number }): string {
  return `${meetingUrl(row.meeting_id)}#decision-${row.number}`;
}

export function toMeeting(row: repo.MeetingRow): Meeting {
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

export function toDecision(row: repo.DecisionItem, meetingTitle: string): Decision {
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
  rights: Rights<'create'>;
  /** Why a co-chair out of term is not offered to create a meeting, when that is the reason. */
  outOfTerm: OutOfTerm | null;
}

export async function listMeetingsPage(deps: Deps, actor: Actor | null, query: MeetingListQuery): Promise<MeetingPage> {
  const publicOnly = !can(actor, 'meeting.read', { published: false });
  const filter = { year: query.year, level: query.level, publicOnly };
  const [rows, total, years] = await Promise.all([
    repo.listMeetings(deps.db, filter, meetingPageSize, (query.page - 1) * meetingPageSize),
    repo.countMeetings(deps.db, filter),
    repo.listMeetingYears(deps.db, publicOnly),
  ]);
  const year = currentYear(deps);
  const create = can(actor, 'meeting.manage', { year });
  return { items: rows.map(toMeeting), page: query.page, pageSize: meetingPageSize, total, years, rights: { create }, outOfTerm: create ? null : outOfTermReason(actor, year) };
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
  rights: Rights<'manage' | 'approveMinutes' | 'invite' | 'recordDecision' | 'readMinutes'>;
}

export async function meetingOrThrow(db: Executor, id: number): Promise<repo.MeetingRow> {
  const row = await repo.findMeeting(db, id);
  if (!row) throw notFound('meeting');
  return row;
}

/** A members-only meeting does not exist for the public (404, so its title is not given away). */
export async function readableMeeting(deps: Deps, actor: Actor | null, id: number): Promise<repo.MeetingRow> {
  const row = await meetingOrThrow(deps.db, id);
  if (!can(actor, 'meeting.read', { published: row.visibility === 'public' })) throw notFound('meeting');
  return row;
}

export async function getMeeting(deps: Deps, actor: Actor | null, id: number): Promise<MeetingDetail> {
  const row = await repo.findMeetingDetail(deps.db, id);
  if (!row || !can(actor, 'meeting.read', { published: row.visibility === 'public' })) throw notFound('meeting');
  const { agenda, participants, documents, decisions } = row;
  const entities = await members.summariesByIds(
    deps,
    participants.map((participant) => participant.entity_id),
  );
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

// ---- the search index ----

export async function indexMeeting(db: Executor, row: repo.MeetingRow, agenda: string[]): Promise<void> {
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

export async function indexDecision(db: Executor, decision: repo.DecisionRow, meeting: repo.MeetingRow): Promise<void> {
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
  return search.reindexInBatches(
    deps.db,
    (db, limit, offset) => repo.listMeetings(db, { publicOnly: false }, limit, offset),
    async (trx, row) => {
      await indexMeeting(
        trx,
        row,
        (await repo.listAgenda(trx, row.id)).map((item) => item.title),
      );
      for (const decision of await repo.listDecisions(trx, { meetingId: row.id, publicOnly: false }, 500, 0)) await indexDecision(trx, decision, row);
    },
  );
}
