/** Creating and editing meetings, and inviting the focal points concerned. */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, fieldError, staleRecord, staleVersion } from '../../lib/errors';
import { formatZonedDate, formatZonedDateTime, zonedTimeToInstant } from '../../lib/zoned-time';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as accounts from '../accounts/accounts.service';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import * as members from '../members/members.service';
import * as repo from './meetings.repository';
import type { Meeting, MeetingInput } from './meetings.schemas';
import { localized } from '../../lib/i18n';
import { type MeetingDetail, currentYear, getMeeting, indexDecision, indexMeeting, meetingOrThrow, meetingUrl, toMeeting } from './meetings.read.service';

// ---- writing meetings ----

/** A meeting saved by someone else meanwhile: the refusal shows its saved row. */
export const staleMeeting = staleRecord<repo.MeetingRow>('raised.meeting.stale');

async function participantIds(deps: Deps, acronyms: string[]): Promise<number[]> {
  const ids = await members.entityIdsByAcronym(deps, acronyms);
  const unknown = acronyms.filter((acronym) => !ids.has(acronym));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', localized('raised.meeting.participantsUnknown', { names: unknown.join(', ') }), {
      fields: [{ field: 'participants', message: localized('raised.notKnown', { names: unknown.join(', ') }) }],
    });
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
  return new AppError('CONFLICT', localized('raised.meeting.numberTaken.summary', { number: String(number) }), {
    fields: [{ field: 'number', message: localized('raised.meeting.numberTaken', { number: String(number) }) }],
  });
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
    if (input.version !== before.version) throw staleVersion(staleMeeting, before);
    const number = input.number ?? before.number;
    const holder = await repo.findMeetingByNumber(trx, input.level, number);
    if (holder && holder.id !== id) throw numberTaken(number);
    const decisions = await repo.countDecisions(trx, { meetingId: id, publicOnly: false });
    if (decisions > 0 && (number !== before.number || input.level !== before.level || values.starts_on.slice(0, 4) !== before.starts_on.slice(0, 4))) {
      throw new AppError('CONFLICT', localized('raised.meeting.hasDecisions'));
    }
    const agendaBefore = (await repo.listAgenda(trx, id)).map((item) => item.title);
    await updateVersioned(trx, {
      table: 'meetings',
      before,
      expectedVersion: input.version,
      changes: { ...values, number },
      at: now,
      stale: staleMeeting,
      show: (saved) => saved,
      related: async () => {
        await repo.replaceAgenda(trx, id, input.agenda);
        await repo.replaceParticipants(trx, id, entityIds);
      },
      reindex: async (after) => {
        await indexMeeting(trx, after, input.agenda);
        // Its decisions are found with the meeting's title and visibility: keep them in step.
        for (const decision of await repo.listDecisions(trx, { meetingId: id, publicOnly: false }, 500, 0)) await indexDecision(trx, decision, after);
      },
      audit: (after) =>
        audit.record(trx, now, {
          actor,
          action: 'update',
          table: 'meetings',
          recordId: id,
          before: { ...before, agenda: agendaBefore },
          after: { ...after, agenda: input.agenda, participants: entityIds },
        }),
    });
  });
  return getMeeting(deps, actor, id);
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
  const recipients = await accounts.listRecipients(
    deps,
    'focal_point',
    participants.map((participant) => participant.entity_id),
  );
  if (recipients.length === 0) throw new AppError('CONFLICT', localized('raised.meeting.nobodyToInvite'));
  await deps.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'meetings',
      before: meeting,
      expectedVersion: meeting.version,
      changes: { invitations_sent_at: now },
      at: now,
      stale: staleMeeting,
      show: (saved) => saved,
      audit: () =>
        audit.record(trx, now, { actor, action: 'invite', table: 'meetings', recordId: id, after: { invitations_sent_at: now, recipients: recipients.map((recipient) => recipient.accountId) } }),
    });
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
