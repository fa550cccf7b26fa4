import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { EventsTable, LibraryStatus, PublicationKind, PublicationsTable } from './library.table';

export type PublicationRow = Selectable<PublicationsTable>;
export type EventRow = Selectable<EventsTable>;

export interface PublicationFilter {
  statuses: LibraryStatus[];
  kind?: PublicationKind | undefined;
  year?: number | undefined;
}

function publicationsWhere(db: Executor, filter: PublicationFilter) {
  let query = db.selectFrom('publications').where('status', 'in', filter.statuses);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  return query;
}

export async function listPublications(db: Executor, filter: PublicationFilter, limit: number, offset: number): Promise<PublicationRow[]> {
  return publicationsWhere(db, filter)
    .selectAll()
    .orderBy('year', (ob) => ob.desc().nullsLast())
    .orderBy('number', (ob) => ob.desc().nullsLast())
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countPublications(db: Executor, filter: PublicationFilter): Promise<number> {
  const row = await publicationsWhere(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function publicationYears(db: Executor, statuses: LibraryStatus[]): Promise<number[]> {
  const rows = await db.selectFrom('publications').select('year').distinct().where('status', 'in', statuses).where('year', 'is not', null).orderBy('year', 'desc').limit(100).execute();
  return rows.map((row) => row.year as number);
}

export async function findPublicationById(db: Executor, id: number): Promise<PublicationRow | undefined> {
  return db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findEventById(db: Executor, id: number): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPublicationBySlug(db: Executor, slug: string): Promise<PublicationRow | undefined> {
  return db.selectFrom('publications').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findPublicationByKey(db: Executor, kind: PublicationKind, title: string): Promise<PublicationRow | undefined> {
  return db.selectFrom('publications').selectAll().where('kind', '=', kind).where('title', '=', title).executeTakeFirst();
}

export async function findPublicationByNumber(db: Executor, kind: PublicationKind, number: number): Promise<PublicationRow | undefined> {
  return db.selectFrom('publications').selectAll().where('kind', '=', kind).where('number', '=', number).where('number_uncertain', '=', false).executeTakeFirst();
}

export async function slugExists(db: Executor, table: 'publications' | 'events', slug: string): Promise<boolean> {
  const row = await db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

export async function insertPublication(db: Executor, row: Insertable<PublicationsTable>): Promise<PublicationRow> {
  return db.insertInto('publications').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePublication(db: Executor, id: number, version: number, changes: Updateable<PublicationsTable>, at: Date): Promise<PublicationRow | undefined> {
  return updateIfVersion(db, 'publications', id, version, changes, at);
}

export interface EventFilter {
  statuses: LibraryStatus[];
  year?: number | undefined;
}

function eventsWhere(db: Executor, filter: EventFilter) {
  let query = db.selectFrom('events').where('status', 'in', filter.statuses);
  if (filter.year !== undefined) query = query.where('starts_on', 'like', `${filter.year}%`);
  return query;
}

export async function listEvents(db: Executor, filter: EventFilter, limit: number, offset: number): Promise<EventRow[]> {
  return eventsWhere(db, filter).selectAll().orderBy('starts_on', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

/** A row as JSON inside another row: its times are text. */
export type RowJson<Row> = Omit<Row, 'created_at' | 'updated_at'> & { created_at: string; updated_at: string };

/**
 * The latest published publications and events (as `listPublications` and `listEvents` order them,
 * up to `limit` each) as one JSON document: a part of a statement that gathers a page.
 */
export function latestPublishedJsonQuery(limit: number) {
  return sql<{ publications: RowJson<PublicationRow>[]; events: RowJson<EventRow>[] }>`select jsonb_build_object(
      'publications', coalesce((select jsonb_agg(to_jsonb(p) order by p.year desc nulls last, p.number desc nulls last, p.id desc)
        from (select * from publications where status = 'published' order by year desc nulls last, number desc nulls last, id desc limit ${limit}) p), '[]'::jsonb),
      'events', coalesce((select jsonb_agg(to_jsonb(e) order by e.starts_on desc, e.id desc)
        from (select * from events where status = 'published' order by starts_on desc, id desc limit ${limit}) e), '[]'::jsonb))`;
}

export async function countEvents(db: Executor, filter: EventFilter): Promise<number> {
  const row = await eventsWhere(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function eventYears(db: Executor, statuses: LibraryStatus[]): Promise<number[]> {
  const rows = await db.selectFrom('events').select(sql<string>`left(starts_on, 4)`.as('year')).distinct().where('status', 'in', statuses).orderBy('year', 'desc').limit(100).execute();
  return rows.map((row) => Number(row.year));
}

export async function findEventBySlug(db: Executor, slug: string): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findEventByKey(db: Executor, title: string, startsOn: string): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('title', '=', title).where('starts_on', '=', startsOn).executeTakeFirst();
}

export async function insertEvent(db: Executor, row: Insertable<EventsTable>): Promise<EventRow> {
  return db.insertInto('events').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateEvent(db: Executor, id: number, version: number, changes: Updateable<EventsTable>, at: Date): Promise<EventRow | undefined> {
  return updateIfVersion(db, 'events', id, version, changes, at);
}

/** The slugs and last changes of published publications and events, in one statement (for the sitemap). */
export async function listPublishedSlugs(db: Executor, limit: number): Promise<{ kind: 'publication' | 'event'; slug: string; updated_at: Date }[]> {
  const { rows } = await sql<{ kind: 'publication' | 'event'; slug: string; updated_at: Date }>`
    (select 'publication' as kind, slug, updated_at from publications where status = 'published' order by id limit ${limit})
    union all
    (select 'event' as kind, slug, updated_at from events where status = 'published' order by id limit ${limit})`.execute(db);
  return rows;
}
