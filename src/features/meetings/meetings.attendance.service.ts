/** What a meeting keeps once held: attendance, documents (links) and minutes that lock once approved. */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './meetings.repository';
import type { AttendanceInput, DocumentInput, MinutesInput } from './meetings.schemas';
import { localized } from '../../lib/i18n';
import { staleMeeting } from './meetings.editing.service';
import { currentYear, indexMeeting } from './meetings.read.service';

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
    await updateVersioned(trx, {
      table: 'meetings',
      before,
      expectedVersion: input.version,
      changes: { minutes: input.minutes || null },
      at: now,
      stale: staleMeeting,
      show: (saved) => saved,
      audit: (after) => audit.record(trx, now, { actor, action: 'update_minutes', table: 'meetings', recordId: id, before: { minutes: before.minutes }, after: { minutes: after.minutes } }),
    });
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
    await updateVersioned(trx, {
      table: 'meetings',
      before,
      expectedVersion: version,
      changes: { minutes_approved_at: now, minutes_approved_by: actor.accountId || null },
      at: now,
      stale: staleMeeting,
      show: (saved) => saved,
      reindex: async (after) =>
        indexMeeting(
          trx,
          after,
          (await repo.listAgenda(trx, id)).map((item) => item.title),
        ),
      audit: () => audit.record(trx, now, { actor, action: 'approve_minutes', table: 'meetings', recordId: id, before: { minutes_approved_at: null }, after: { minutes_approved_at: now } }),
    });
  });
}
