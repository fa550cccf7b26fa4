/**
 * An event as iCalendar (RFC 5545) with ical-generator. A day-only event is a whole-day event (over
 * its days when it has an end date); an event with a time and a zone is written in UTC, and its own
 * zone is named in the description.
 */
import { groupIdentity } from '../../lib/group';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { zonedTimeToInstant } from '../../lib/zoned-time';
import type { LibraryEvent } from './library.schemas';

const dayMs = 24 * 60 * 60 * 1000;

function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).host || 'icat.localhost';
  } catch {
    return 'icat.localhost';
  }
}

function timing(event: LibraryEvent): { start: Date; end: Date; allDay: boolean } {
  if (event.startTime && event.timeZone) {
    const start = zonedTimeToInstant(event.startsOn, event.startTime, event.timeZone);
    const endDay = event.endsOn && /^\d{4}-\d{2}-\d{2}$/.test(event.endsOn) ? event.endsOn : event.startsOn;
    const end = event.endTime ? zonedTimeToInstant(endDay, event.endTime, event.timeZone) : new Date(start.getTime() + 2 * 3600_000);
    return { start, end: end > start ? end : new Date(start.getTime() + 3600_000), allDay: false };
  }
  const start = new Date(`${event.startsOn}T00:00:00Z`);
  const lastDay = event.endsOn && /^\d{4}-\d{2}-\d{2}$/.test(event.endsOn) ? new Date(`${event.endsOn}T00:00:00Z`) : start;
  return { start, end: new Date(lastDay.getTime() + dayMs), allDay: true };
}

/** The .ics of one event; the caller checks event.hasCalendar first. */
export function eventCalendar(event: LibraryEvent, publicUrl: string): string {
  const calendar = ical({ name: event.title, prodId: { company: groupIdentity('en').shortName, product: 'coordination platform', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  const url = `${publicUrl}/events/${event.slug}`;
  const { start, end, allDay } = timing(event);
  const description = [
    event.marginsOf ? `On the margins of ${event.marginsOf}` : '',
    event.organizers.length > 0 ? `Organized by ${event.organizers.join(', ')}` : '',
    event.speakers.length > 0 ? `Speakers: ${event.speakers.map((speaker) => (speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name)).join('; ')}` : '',
    !allDay && event.timeZone ? `Time zone of the event: ${event.timeZone}` : '',
    event.note ?? '',
    event.summary,
    url,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  calendar.createEvent({
    id: `event-${event.id}@${hostOf(publicUrl)}`,
    sequence: event.version,
    stamp: event.updatedAt,
    lastModified: event.updatedAt,
    summary: event.title,
    description,
    location: [event.place, event.online ? 'Online' : null].filter(Boolean).join(' / ') || null,
    url,
    start,
    end,
    allDay,
  });
  return calendar.toString();
}
