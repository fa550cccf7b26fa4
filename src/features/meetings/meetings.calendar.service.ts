/** The calendar's entries: a meeting with what a calendar file needs. */
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import * as repo from './meetings.repository';
import type { Meeting } from './meetings.schemas';
import { readableMeeting, toMeeting } from './meetings.read.service';

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
