/**
 * Meetings as iCalendar (RFC 5545) with ical-generator: one .ics per meeting and the feed of public
 * meetings. Times are written in UTC, which every calendar converts to its reader's zone; the
 * meeting's own zone is named in the description. A meeting whose time is not known is a whole day.
 */
import { groupIdentity } from '../../lib/group';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEntry } from './meetings.service';

function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || 'icat.localhost';
  } catch {
    return 'icat.localhost';
  }
}

function addEvent(calendar: ReturnType<typeof ical>, entry: CalendarEntry, publicUrl: string): void {
  const url = `${publicUrl}${entry.url}`;
  const description = [
    entry.timeKnown ? `Time zone of the meeting: ${entry.timeZone}` : 'The time of day is not known; the date is.',
    entry.agenda.length > 0 ? `Agenda:\n${entry.agenda.map((item, index) => `${index + 1}. ${item}`).join('\n')}` : '',
    entry.summary ?? '',
    url,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  const location = [entry.place, entry.onlineUrl].filter(Boolean).join(' / ') || null;
  calendar.createEvent({
    id: `meeting-${entry.id}@${hostOf(publicUrl)}`,
    sequence: entry.sequence,
    stamp: entry.updatedAt,
    lastModified: entry.updatedAt,
    summary: entry.title,
    description,
    location,
    url,
    ...(entry.timeKnown ? { start: entry.startsAt, end: entry.endsAt ?? new Date(entry.startsAt.getTime() + 2 * 3600_000) } : { start: new Date(`${entry.startsOn}T00:00:00Z`), allDay: true }),
  });
}

export function meetingCalendar(entry: CalendarEntry, publicUrl: string): string {
  const calendar = ical({ name: entry.title, prodId: { company: groupIdentity('en').shortName, product: 'coordination platform', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  addEvent(calendar, entry, publicUrl);
  return calendar.toString();
}

export function meetingsFeed(entries: CalendarEntry[], publicUrl: string, name: string): string {
  const calendar = ical({ name, prodId: { company: groupIdentity('en').shortName, product: 'coordination platform', language: 'EN' }, ttl: 3600, url: `${publicUrl}/meetings.ics` });
  for (const entry of entries) addEvent(calendar, entry, publicUrl);
  return calendar.toString();
}
