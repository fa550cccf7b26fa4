/** Events: reading, adding, editing and publishing them, with their search documents. */
import type { Deps } from '../../deps';
import type { Executor } from '../../db/database';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import { markdownToPlainText } from '../../lib/markdown';
import { isTimeZone } from '../../lib/zoned-time';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as search from '../search/search.service';
import * as translations from '../translations/translations.service';
import * as repo from './library.repository';
import type { EventInput, EventListQuery, LibraryEvent } from './library.schemas';
import type { LibraryStatus } from './library.table';
import { localized } from '../../lib/i18n';
import { isFullDay } from './library.publications.service';
import { libraryPageSize, maxDrafts, mayManageLibrary, slugify, statusesFor, uniqueSlug, year } from './library.rules.service';

export function toEvent(row: repo.EventRow): LibraryEvent {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    place: row.place,
    online: row.online,
    organizers: row.organizers,
    marginsOf: row.margins_of,
    speakers: row.speakers,
    summary: row.summary,
    originalLanguage: row.original_language,
    url: row.url,
    note: row.note,
    uncertain: row.uncertain,
    sources: row.sources,
    status: row.status,
    version: row.version,
    updatedAt: row.updated_at,
    hasCalendar: isFullDay(row.starts_on),
  };
}

export async function indexEvent(trx: Executor, row: repo.EventRow): Promise<void> {
  if (row.status !== 'published') {
    await search.removeDocument(trx, 'event', row.id);
    return;
  }
  await search.indexDocument(trx, {
    kind: 'event',
    recordId: row.id,
    title: row.title,
    body: [
      markdownToPlainText(row.summary),
      row.place ?? '',
      row.margins_of ?? '',
      row.organizers.join(', '),
      row.speakers.map((speaker) => [speaker.name, speaker.role].filter(Boolean).join(', ')).join('; '),
    ]
      .filter(Boolean)
      .join('\n'),
    year: Number(row.starts_on.slice(0, 4)),
    url: `/events/${row.slug}`,
    visibility: 'public',
    language: row.original_language,
  });
  await translations.indexApprovedTranslations(trx, { kind: 'event', id: row.id, part: '' });
}

/** Writes every event's search document again (the search.reindex job). */
export async function reindexEvents(deps: Deps): Promise<number> {
  return search.reindexInBatches(deps.db, (db, limit, offset) => repo.listEvents(db, { statuses: ['draft', 'published'] }, limit, offset), indexEvent);
}

export interface EventPage {
  items: LibraryEvent[];
  page: number;
  pageSize: number;
  total: number;
  years: number[];
}

export async function listEvents(deps: Deps, actor: Actor | null, query: EventListQuery, options: { drafts?: boolean } = {}): Promise<EventPage> {
  const statuses = statusesFor(deps, actor, options.drafts ?? false);
  const filter = { statuses, year: query.year };
  const [rows, total, years] = await Promise.all([
    repo.listEvents(deps.db, filter, libraryPageSize, (query.page - 1) * libraryPageSize),
    repo.countEvents(deps.db, filter),
    repo.eventYears(deps.db, statuses),
  ]);
  return { items: rows.map(toEvent), page: query.page, pageSize: libraryPageSize, total, years };
}

export async function listDraftEvents(deps: Deps, actor: Actor | null): Promise<LibraryEvent[]> {
  if (!mayManageLibrary(deps, actor)) return [];
  return (await repo.listEvents(deps.db, { statuses: ['draft'] }, maxDrafts, 0)).map(toEvent);
}

export async function latestEvents(deps: Deps, limit: number): Promise<LibraryEvent[]> {
  return (await repo.listEvents(deps.db, { statuses: ['published'] }, Math.min(limit, 100), 0)).map(toEvent);
}

export async function getEvent(deps: Deps, actor: Actor | null, slug: string): Promise<LibraryEvent> {
  const row = await repo.findEventBySlug(deps.db, slug);
  if (!row || (row.status !== 'published' && !mayManageLibrary(deps, actor))) throw notFound('event');
  return toEvent(row);
}

function checkEvent(input: EventInput): void {
  const fields: { field: string; message: string }[] = [];
  if (input.ends_on && input.ends_on < input.starts_on) fields.push({ field: 'ends_on', message: localized('raised.endBeforeStart') });
  if ((input.start_time || input.end_time) && !/^\d{4}-\d{2}-\d{2}$/.test(input.starts_on)) fields.push({ field: 'start_time', message: 'a time needs a full start date' });
  if (input.start_time && !input.time_zone) fields.push({ field: 'time_zone', message: localized('raised.library.timeNeedsZone') });
  if (input.time_zone && !isTimeZone(input.time_zone)) fields.push({ field: 'time_zone', message: localized('raised.library.notTimeZone') });
  if (fields.length > 0) throw new AppError('VALIDATION', fields.map((issue) => `${issue.field}: ${issue.message}`).join('; '), { fields });
}

function eventColumns(input: EventInput) {
  return {
    title: input.title,
    starts_on: input.starts_on,
    ends_on: input.ends_on ?? null,
    start_time: input.start_time ?? null,
    end_time: input.end_time ?? null,
    time_zone: input.time_zone ?? null,
    place: input.place ?? null,
    online: input.online,
    organizers: input.organizers,
    margins_of: input.margins_of ?? null,
    speakers: JSON.stringify(input.speakers),
    summary: input.summary,
    ...(input.original_language ? { original_language: input.original_language } : {}),
    url: input.url ?? null,
    note: input.note ?? null,
  };
}

export async function createEvent(deps: Deps, actor: Actor | null, input: EventInput): Promise<LibraryEvent> {
  authorize(actor, 'library.manage', { year: year(deps) });
  checkEvent(input);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertEvent(trx, {
      ...eventColumns(input),
      slug: await uniqueSlug(trx, 'events', `${input.starts_on.slice(0, 4)}-${slugify(input.title)}`),
      sources: JSON.stringify([]),
      created_at: now,
      updated_at: now,
    });
    await audit.record(trx, now, { actor, action: 'create', table: 'events', recordId: created.id, after: created });
    return created;
  });
  return toEvent(row);
}

export const staleEvent = staleRecord<LibraryEvent>('raised.library.staleEvent');

export async function eventForEditing(deps: Deps, actor: Actor | null, slug: string): Promise<LibraryEvent> {
  authorize(actor, 'library.manage', { year: year(deps) });
  return getEvent(deps, actor, slug);
}

export async function updateEvent(deps: Deps, actor: Actor | null, slug: string, input: EventInput): Promise<LibraryEvent> {
  await eventForEditing(deps, actor, slug);
  checkEvent(input);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findEventBySlug(trx, slug);
    if (!before) throw notFound('event');
    return updateVersioned(trx, {
      table: 'events',
      before,
      expectedVersion: input.version,
      changes: eventColumns(input),
      at: now,
      stale: staleEvent,
      show: toEvent,
      reindex: (saved) => indexEvent(trx, saved),
      audit: (saved) => audit.record(trx, now, { actor, action: 'update', table: 'events', recordId: saved.id, before, after: saved }),
    });
  });
  return toEvent(row);
}

export async function setEventStatus(deps: Deps, actor: Actor | null, slug: string, status: LibraryStatus, version: number): Promise<LibraryEvent> {
  await eventForEditing(deps, actor, slug);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findEventBySlug(trx, slug);
    if (!before) throw notFound('event');
    return updateVersioned(trx, {
      table: 'events',
      before,
      expectedVersion: version,
      changes: { status },
      at: now,
      stale: staleEvent,
      show: toEvent,
      reindex: (saved) => indexEvent(trx, saved),
      audit: (saved) => audit.record(trx, now, { actor, action: status === 'published' ? 'publish' : 'unpublish', table: 'events', recordId: saved.id, before, after: saved }),
    });
  });
  return toEvent(row);
}
