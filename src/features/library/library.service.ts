/**
 * Publications (knowledge products) and events. The public sees what is published; the secretariat
 * and the co-chairs of the year add, edit and publish, and see drafts. Published records are in the
 * search index as 'public'; a draft is not in it at all. This file is the feature's public face, and
 * registers publications and events as texts to translate; the work is in one file per use case:
 *
 *   library.rules.service.ts         who manages the library, what they see, how records are named
 *   library.publications.service.ts  reading, adding, editing and publishing publications
 *   library.events.service.ts        the same for events
 *   library.seed.ts                  the reference publications and events `icat seed` loads
 */
import type { GatherPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import * as textSources from '../translations/text-sources.service';
import * as repo from './library.repository';
import type { LibraryEvent, Publication } from './library.schemas';
import { toEvent } from './library.events.service';
import { toPublication } from './library.publications.service';
import { maxSitemapEntries, mayManageLibrary, year } from './library.rules.service';

export { assertMayManageLibrary, mayManageLibrary } from './library.rules.service';
export {
  createPublication,
  getPublication,
  getPublicationFile,
  latestPublications,
  listDraftPublications,
  listPublications,
  publicationForEditing,
  type PublicationPage,
  reindexPublications,
  setPublicationStatus,
  stalePublication,
  updatePublication,
} from './library.publications.service';
export { createEvent, eventForEditing, type EventPage, getEvent, listDraftEvents, listEvents, reindexEvents, setEventStatus, staleEvent, updateEvent } from './library.events.service';
export { loadReferenceLibrary, type ReferenceEvent, type ReferencePublication } from './library.seed';

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

// The public site's indexes

export interface SitemapEntry {
  path: string;
  updatedAt: Date;
}

export async function publishedPaths(deps: Deps): Promise<SitemapEntry[]> {
  const rows = await repo.listPublishedSlugs(deps.db, maxSitemapEntries);
  return rows.map((row) => ({ path: `/${row.kind === 'publication' ? 'publications' : 'events'}/${row.slug}`, updatedAt: new Date(row.updated_at) }));
}

/** The latest published publications and events (as `latestPublications` and `latestEvents`), read as a part of a statement that gathers a page. */
export function latestPublishedPart(limit: number): GatherPart<{ publications: Publication[]; events: LibraryEvent[] }> {
  const times = <Row>(row: repo.RowJson<Row>) => ({ ...row, created_at: new Date(row.created_at), updated_at: new Date(row.updated_at) });
  return {
    query: repo.latestPublishedJsonQuery(Math.min(limit, 100)),
    read(value) {
      const json = value as { publications: repo.RowJson<repo.PublicationRow>[]; events: repo.RowJson<repo.EventRow>[] };
      return { publications: json.publications.map((row) => toPublication(times(row) as repo.PublicationRow)), events: json.events.map((row) => toEvent(times(row) as repo.EventRow)) };
    },
  };
}

// ---- publications and events are texts to translate (see translations/text-sources.service.ts) ----

for (const kind of ['publication', 'event'] as const) {
  textSources.registerTextSource(kind, async (deps, actor, id) => {
    const record = await libraryTextById(deps, actor, kind, id);
    const url = kind === 'publication' ? `/publications/${record.slug}` : `/events/${record.slug}`;
    return { title: record.title, body: record.summary, language: record.originalLanguage, url, penYear: libraryPenYear(deps) };
  });
}
