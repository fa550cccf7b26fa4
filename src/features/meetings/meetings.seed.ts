/** The reference meetings and decisions `icat seed` loads (facts from public sources), and finding them again. */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { zonedTimeToInstant } from '../../lib/zoned-time';
import type { Actor } from '../../policy/actor';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import * as repo from './meetings.repository';
import type { DecisionType, MeetingLevel } from './meetings.table';
import { recordDecisionWithin } from './meetings.decisions.service';
import { indexMeeting } from './meetings.read.service';

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
