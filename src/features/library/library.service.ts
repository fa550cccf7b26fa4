/**
 * Publications (knowledge products) and events. The public sees what is published; the secretariat
 * and the co-chairs of the year add, edit and publish, and see drafts. Published records are in the
 * search index as 'public'; a draft is not in it at all.
 */
import type { GatherPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import type { Executor } from '../../db/database';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import { markdownToPlainText } from '../../lib/markdown';
import type { DownloadableFile, StoredFile } from '../../lib/uploads';
import { isTimeZone } from '../../lib/zoned-time';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as files from '../files/files.service';
import * as search from '../search/search.service';
import * as translations from '../translations/translations.service';
import * as textSources from '../translations/text-sources.service';
import * as repo from './library.repository';
import { publicationForm, type EventInput, type EventListQuery, type LibraryEvent, type Publication, type PublicationInput, type PublicationListQuery } from './library.schemas';
import { parseWithChecks } from '../../lib/validation';
import type { LibraryStatus, PublicationKind } from './library.table';
import { localized } from '../../lib/i18n';

export const libraryPageSize = 25;
const maxDrafts = 200;
const maxSitemapEntries = 5000;

export const kindLabels: Record<PublicationKind, string> = {
  issue_brief: 'Issue brief',
  annual_report: 'Annual report',
  statement: 'Statement',
  toolkit: 'Toolkit',
  paper: 'Paper',
  contribution: 'Contribution',
};

function year(deps: Deps): number {
  return deps.clock.now().getUTCFullYear();
}

export function mayManageLibrary(deps: Deps, actor: Actor | null): boolean {
  return can(actor, 'library.manage', { year: year(deps) });
}

export function assertMayManageLibrary(deps: Deps, actor: Actor | null): void {
  authorize(actor, 'library.manage', { year: year(deps) });
}

function statusesFor(deps: Deps, actor: Actor | null, includeDrafts: boolean): LibraryStatus[] {
  return includeDrafts && mayManageLibrary(deps, actor) ? ['draft', 'published'] : ['published'];
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80)
      .replace(/-$/, '')
      .replace(/^(new)$/, '$1-item') || 'item'
  );
}

async function uniqueSlug(db: Executor, table: 'publications' | 'events', base: string): Promise<string> {
  let slug = base;
  for (let n = 2; await repo.slugExists(db, table, slug); n++) slug = `${base}-${n}`;
  return slug;
}

// Publications

/** A publication or event by its id, for its translations: published ones, and drafts for those who manage the library. */
export async function libraryTextById(deps: Deps, actor: Actor | null, kind: 'publication' | 'event', id: number): Promise<Publication | LibraryEvent> {
  const row = kind === 'publication' ? await repo.findPublicationById(deps.db, id) : await repo.findEventById(deps.db, id);
  if (!row || (row.status !== 'published' && !mayManageLibrary(deps, actor))) throw notFound(kind);
  return 'kind' in row ? toPublication(row) : toEvent(row as repo.EventRow);
}

/** The year whose co-chairs manage the library (the current one). */
export function libraryPenYear(deps: Deps): number {
  return year(deps);
}

export function toPublication(row: repo.PublicationRow): Publication {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    number: row.number,
    numberUncertain: row.number_uncertain,
    title: row.title,
    year: row.year,
    yearUncertain: row.year_uncertain,
    summary: row.summary,
    originalLanguage: row.original_language,
    languages: row.languages,
    url: row.url,
    file: row.file_stored_name
      ? { name: row.file_original_name ?? 'file', mimeType: row.file_mime_type ?? 'application/octet-stream', sizeBytes: row.file_size_bytes ?? 0, href: `/publications/${row.slug}/file` }
      : null,
    note: row.note,
    sources: row.sources,
    status: row.status,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** "Issue brief 4", or "Issue brief" when the number is not sure. */
export function publicationLabel(publication: Pick<Publication, 'kind' | 'number' | 'numberUncertain'>): string {
  const kind = kindLabels[publication.kind];
  return publication.number !== null && !publication.numberUncertain ? `${kind} ${publication.number}` : kind;
}

async function indexPublication(trx: Executor, row: repo.PublicationRow): Promise<void> {
  if (row.status !== 'published') {
    await search.removeDocument(trx, 'publication', row.id);
    return;
  }
  const publication = toPublication(row);
  await search.indexDocument(trx, {
    kind: 'publication',
    recordId: row.id,
    title: row.title,
    body: [publicationLabel(publication), markdownToPlainText(row.summary), row.languages.join(', '), row.note ?? ''].filter(Boolean).join('\n'),
    year: row.year,
    url: `/publications/${row.slug}`,
    visibility: 'public',
    language: row.original_language,
  });
  await translations.indexApprovedTranslations(trx, { kind: 'publication', id: row.id, part: '' });
}

/** Writes every publication's search document again (the search.reindex job). */
export async function reindexPublications(deps: Deps): Promise<number> {
  return search.reindexInBatches(deps.db, (db, limit, offset) => repo.listPublications(db, { statuses: ['draft', 'published'] }, limit, offset), indexPublication);
}

export interface PublicationPage {
  items: Publication[];
  page: number;
  pageSize: number;
  total: number;
  years: number[];
}

/** The published publications (drafts too, for those who manage the library, when asked). */
export async function listPublications(deps: Deps, actor: Actor | null, query: PublicationListQuery, options: { drafts?: boolean } = {}): Promise<PublicationPage> {
  const statuses = statusesFor(deps, actor, options.drafts ?? false);
  const filter = { statuses, kind: query.kind, year: query.year };
  const [rows, total, years] = await Promise.all([
    repo.listPublications(deps.db, filter, libraryPageSize, (query.page - 1) * libraryPageSize),
    repo.countPublications(deps.db, filter),
    repo.publicationYears(deps.db, statuses),
  ]);
  return { items: rows.map(toPublication), page: query.page, pageSize: libraryPageSize, total, years };
}

export async function listDraftPublications(deps: Deps, actor: Actor | null): Promise<Publication[]> {
  if (!mayManageLibrary(deps, actor)) return [];
  return (await repo.listPublications(deps.db, { statuses: ['draft'] }, maxDrafts, 0)).map(toPublication);
}

export async function latestPublications(deps: Deps, limit: number, kind?: PublicationKind): Promise<Publication[]> {
  return (await repo.listPublications(deps.db, { statuses: ['published'], kind }, Math.min(limit, 100), 0)).map(toPublication);
}

export async function getPublication(deps: Deps, actor: Actor | null, slug: string): Promise<Publication> {
  const row = await repo.findPublicationBySlug(deps.db, slug);
  if (!row || (row.status !== 'published' && !mayManageLibrary(deps, actor))) throw notFound('publication');
  return toPublication(row);
}

export async function getPublicationFile(deps: Deps, actor: Actor | null, slug: string): Promise<DownloadableFile> {
  const row = await repo.findPublicationBySlug(deps.db, slug);
  if (!row || (row.status !== 'published' && !mayManageLibrary(deps, actor)) || !row.file_stored_name) throw notFound('file');
  const bytes = await files.readFileBytes(deps.db, row.file_stored_name);
  return { originalName: row.file_original_name ?? 'file', mimeType: row.file_mime_type ?? 'application/octet-stream', bytes };
}

function fileColumns(file: StoredFile | null) {
  return file
    ? { file_stored_name: file.storedName, file_original_name: file.originalName, file_mime_type: file.mimeType, file_size_bytes: file.sizeBytes, file_sha256: file.sha256 }
    : {};
}

export interface IncomingFile {
  fileName: string;
  bytes: Buffer;
}

async function storeOptionalFile(trx: Executor, file: IncomingFile | null, now: Date): Promise<StoredFile | null> {
  return file ? files.storeUpload(trx, file.bytes, file.fileName, now) : null;
}

/** The publication form, its number checked against the other publications with the form's other problems. */
async function checkedPublicationForm(deps: Deps, fields: unknown, exceptId: number | null): Promise<PublicationInput> {
  return parseWithChecks(publicationForm, fields, [
    {
      field: 'number',
      reads: ['kind', 'number', 'number_uncertain'],
      problem: async (form) => {
        if (form.number === undefined || form.number_uncertain) return null;
        const other = await repo.findPublicationByNumber(deps.db, form.kind, form.number);
        return other && other.id !== exceptId ? `already used by "${other.title}"` : null;
      },
    },
  ]);
}

function publicationColumns(input: PublicationInput) {
  return {
    kind: input.kind,
    number: input.number ?? null,
    number_uncertain: input.number !== undefined && input.number_uncertain,
    title: input.title,
    year: input.year ?? null,
    year_uncertain: input.year !== undefined && input.year_uncertain,
    summary: input.summary,
    ...(input.original_language ? { original_language: input.original_language } : {}),
    languages: input.languages,
    url: input.url ?? null,
    note: input.note ?? null,
  };
}

/** A new publication, as a draft, from its form (fields as sent). */
export async function createPublication(deps: Deps, actor: Actor | null, fields: unknown, file: IncomingFile | null = null): Promise<Publication> {
  authorize(actor, 'library.manage', { year: year(deps) });
  const input = await checkedPublicationForm(deps, fields, null);
  if (file) files.checkUploads([file], 'file');
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const stored = await storeOptionalFile(trx, file, now);
    const created = await repo.insertPublication(trx, {
      ...publicationColumns(input),
      ...fileColumns(stored),
      slug: await uniqueSlug(trx, 'publications', slugify(input.title)),
      sources: JSON.stringify([]),
      created_at: now,
      updated_at: now,
    });
    await audit.record(trx, now, { actor, action: 'create', table: 'publications', recordId: created.id, after: created });
    return created;
  });
  return toPublication(row);
}

export const stalePublication = staleRecord<Publication>('raised.library.stalePublication');

export async function publicationForEditing(deps: Deps, actor: Actor | null, slug: string): Promise<Publication> {
  authorize(actor, 'library.manage', { year: year(deps) });
  return getPublication(deps, actor, slug);
}

export async function updatePublication(deps: Deps, actor: Actor | null, slug: string, fields: unknown, file: IncomingFile | null = null): Promise<Publication> {
  const current = await publicationForEditing(deps, actor, slug);
  const input = await checkedPublicationForm(deps, fields, current.id);
  if (file) files.checkUploads([file], 'file');
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findPublicationBySlug(trx, slug);
    if (!before) throw notFound('publication');
    const stored = await storeOptionalFile(trx, file, now);
    return updateVersioned(trx, {
      table: 'publications',
      before,
      expectedVersion: input.version,
      changes: { ...publicationColumns(input), ...fileColumns(stored) },
      at: now,
      stale: stalePublication,
      show: toPublication,
      related: async () => {
        if (stored) await files.deleteFiles(trx, [before.file_stored_name]);
      },
      reindex: (saved) => indexPublication(trx, saved),
      audit: (saved) => audit.record(trx, now, { actor, action: 'update', table: 'publications', recordId: saved.id, before, after: saved }),
    });
  });
  return toPublication(row);
}

export async function setPublicationStatus(deps: Deps, actor: Actor | null, slug: string, status: LibraryStatus, version: number): Promise<Publication> {
  await publicationForEditing(deps, actor, slug);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findPublicationBySlug(trx, slug);
    if (!before) throw notFound('publication');
    return updateVersioned(trx, {
      table: 'publications',
      before,
      expectedVersion: version,
      changes: { status },
      at: now,
      stale: stalePublication,
      show: toPublication,
      reindex: (saved) => indexPublication(trx, saved),
      audit: (saved) => audit.record(trx, now, { actor, action: status === 'published' ? 'publish' : 'unpublish', table: 'publications', recordId: saved.id, before, after: saved }),
    });
  });
  return toPublication(row);
}

// Events

function isFullDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

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

async function indexEvent(trx: Executor, row: repo.EventRow): Promise<void> {
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

/** The latest published publications and events (as `latestPublications` and `latestEvents`), read as a part of a statement that gathers a page. */
export function latestPublishedPart(limit: number): GatherPart<{ publications: Publication[]; events: LibraryEvent[] }> {
  const times = <Row,>(row: repo.RowJson<Row>) => ({ ...row, created_at: new Date(row.created_at), updated_at: new Date(row.updated_at) });
  return {
    query: repo.latestPublishedJsonQuery(Math.min(limit, 100)),
    read(value) {
      const json = value as { publications: repo.RowJson<repo.PublicationRow>[]; events: repo.RowJson<repo.EventRow>[] };
      return { publications: json.publications.map((row) => toPublication(times(row) as repo.PublicationRow)), events: json.events.map((row) => toEvent(times(row) as repo.EventRow)) };
    },
  };
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

// The public site's indexes

export interface SitemapEntry {
  path: string;
  updatedAt: Date;
}

export async function publishedPaths(deps: Deps): Promise<SitemapEntry[]> {
  const rows = await repo.listPublishedSlugs(deps.db, maxSitemapEntries);
  return rows.map((row) => ({ path: `/${row.kind === 'publication' ? 'publications' : 'events'}/${row.slug}`, updatedAt: new Date(row.updated_at) }));
}

// Reference data

export interface ReferencePublication {
  kind: PublicationKind;
  number: number | null;
  numberUncertain: boolean;
  title: string;
  year: number | null;
  yearUncertain: boolean;
  summary: string;
  languages: string[];
  url: string | null;
  note: string | null;
  sources: string[];
}

export interface ReferenceEvent {
  title: string;
  startsOn: string;
  endsOn: string | null;
  place: string | null;
  online: boolean;
  organizers: string[];
  marginsOf: string | null;
  speakers: { name: string; role: string | null }[];
  summary: string;
  note: string | null;
  uncertain: boolean;
  sources: string[];
}

/** Loads the reference publications and events as published records; existing ones are left alone. */
export async function loadReferenceLibrary(deps: Deps, data: { publications: ReferencePublication[]; events: ReferenceEvent[] }): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    let inserted = 0;
    for (const item of data.publications) {
      if (await repo.findPublicationByKey(trx, item.kind, item.title)) continue;
      const row = await repo.insertPublication(trx, {
        slug: await uniqueSlug(trx, 'publications', slugify(item.title)),
        kind: item.kind,
        number: item.number,
        number_uncertain: item.numberUncertain,
        title: item.title,
        year: item.year,
        year_uncertain: item.yearUncertain,
        summary: item.summary,
        languages: item.languages,
        url: item.url,
        note: item.note,
        sources: JSON.stringify(item.sources),
        status: 'published',
        created_at: now,
        updated_at: now,
      });
      await indexPublication(trx, row);
      await audit.record(trx, now, { actor: null, actorLabel: 'icat seed', action: 'create', table: 'publications', recordId: row.id, after: row });
      inserted++;
    }
    for (const item of data.events) {
      if (await repo.findEventByKey(trx, item.title, item.startsOn)) continue;
      const row = await repo.insertEvent(trx, {
        slug: await uniqueSlug(trx, 'events', `${item.startsOn.slice(0, 4)}-${slugify(item.title)}`),
        title: item.title,
        starts_on: item.startsOn,
        ends_on: item.endsOn,
        start_time: null,
        end_time: null,
        time_zone: null,
        place: item.place,
        online: item.online,
        organizers: item.organizers,
        margins_of: item.marginsOf,
        speakers: JSON.stringify(item.speakers),
        summary: item.summary,
        url: null,
        note: item.note,
        uncertain: item.uncertain,
        sources: JSON.stringify(item.sources),
        status: 'published',
        created_at: now,
        updated_at: now,
      });
      await indexEvent(trx, row);
      await audit.record(trx, now, { actor: null, actorLabel: 'icat seed', action: 'create', table: 'events', recordId: row.id, after: row });
      inserted++;
    }
    return inserted;
  });
}

// ---- publications and events are texts to translate (see translations/text-sources.service.ts) ----

for (const kind of ['publication', 'event'] as const) {
  textSources.registerTextSource(kind, async (deps, actor, id) => {
    const record = await libraryTextById(deps, actor, kind, id);
    const url = kind === 'publication' ? `/publications/${record.slug}` : `/events/${record.slug}`;
    return { title: record.title, body: record.summary, language: record.originalLanguage, url, penYear: libraryPenYear(deps) };
  });
}
