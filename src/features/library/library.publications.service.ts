/** Publications (knowledge products): reading, adding, editing and publishing them, with their files and search documents. */
import type { Deps } from '../../deps';
import type { Executor } from '../../db/database';
import { updateVersioned } from '../../db/versioned';
import { notFound, staleRecord } from '../../lib/errors';
import { markdownToPlainText } from '../../lib/markdown';
import type { DownloadableFile, StoredFile } from '../../lib/uploads';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as files from '../files/files.service';
import * as search from '../search/search.service';
import * as translations from '../translations/translations.service';
import * as repo from './library.repository';
import { publicationForm, type Publication, type PublicationInput, type PublicationListQuery } from './library.schemas';
import { parseWithChecks } from '../../lib/validation';
import type { LibraryStatus, PublicationKind } from './library.table';
import { kindLabels, libraryPageSize, maxDrafts, mayManageLibrary, slugify, statusesFor, uniqueSlug, year } from './library.rules.service';

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

export async function indexPublication(trx: Executor, row: repo.PublicationRow): Promise<void> {
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
  return file ? { file_stored_name: file.storedName, file_original_name: file.originalName, file_mime_type: file.mimeType, file_size_bytes: file.sizeBytes, file_sha256: file.sha256 } : {};
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

export function isFullDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
