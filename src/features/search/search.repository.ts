import { sql, type Insertable, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database';
import type { SearchIndexTable, SearchVisibility } from './search.table';

export async function upsertDocument(db: Executor, row: Insertable<SearchIndexTable>): Promise<void> {
  await db
    .insertInto('search_index')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['kind', 'record_id']).doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        body: eb.ref('excluded.body'),
        year: eb.ref('excluded.year'),
        url: eb.ref('excluded.url'),
        visibility: eb.ref('excluded.visibility'),
        group_id: eb.ref('excluded.group_id'),
        updated_at: sql`now()`,
      })),
    )
    .execute();
}

export async function deleteDocument(db: Executor, kind: string, recordId: number): Promise<void> {
  await db.deleteFrom('search_index').where('kind', '=', kind).where('record_id', '=', recordId).execute();
}

/** What a reader may see: everything (admin), or public, members-only and the posts of their groups. */
export type SearchScope = { all: true } | { all: false; members: boolean; groupIds: number[] };

export interface SearchQuery {
  text: string;
  kinds: string[];
  year: number | null;
  scope: SearchScope;
  limit: number;
  offset: number;
  /** Markers placed around matches in snippets; they never occur in indexed text. */
  startMark: string;
  stopMark: string;
}

export interface SearchHit {
  kind: string;
  record_id: number;
  title: string;
  year: number | null;
  url: string;
  visibility: SearchVisibility;
  rank: number;
  title_headline: string;
  snippet: string;
}

export interface Facet<T> {
  value: T;
  count: number;
}

const tsquery = (text: string) => sql`websearch_to_tsquery('english'::regconfig, ${text})`;

function visible(scope: SearchScope) {
  if (scope.all) return sql<SqlBool>`true`;
  const open = scope.members ? sql<SqlBool>`visibility in ('public', 'members')` : sql<SqlBool>`visibility = 'public'`;
  if (scope.groupIds.length === 0) return open;
  return sql<SqlBool>`(${open} or (visibility = 'group' and group_id in (${sql.join(scope.groupIds)})))`;
}

function matching(db: Executor, query: Pick<SearchQuery, 'text' | 'scope'>) {
  return db
    .selectFrom('search_index')
    .where(sql<SqlBool>`search_vector @@ ${tsquery(query.text)}`)
    .where(visible(query.scope));
}

export async function searchPage(db: Executor, query: SearchQuery): Promise<{ hits: SearchHit[]; total: number }> {
  let filtered = matching(db, query);
  if (query.kinds.length > 0) filtered = filtered.where('kind', 'in', query.kinds);
  if (query.year !== null) filtered = filtered.where('year', '=', query.year);
  const options = `StartSel=${query.startMark}, StopSel=${query.stopMark}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  const titleOptions = `StartSel=${query.startMark}, StopSel=${query.stopMark}, HighlightAll=true`;
  // Rank and cut the page first; ts_headline is costly and runs only on the rows shown.
  const page = filtered
    .select(['id', 'kind', 'record_id', 'title', 'body', 'year', 'url', 'visibility'])
    .select(sql<number>`ts_rank(search_vector, ${tsquery(query.text)})`.as('rank'))
    .orderBy('rank', 'desc')
    .orderBy('year', (ob) => ob.desc().nullsLast())
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .as('page');
  const hits = await db
    .selectFrom(page)
    .select(['kind', 'record_id', 'title', 'year', 'url', 'visibility', 'rank'])
    .select(sql<string>`ts_headline('english'::regconfig, title, ${tsquery(query.text)}, ${titleOptions})`.as('title_headline'))
    .select(sql<string>`ts_headline('english'::regconfig, body, ${tsquery(query.text)}, ${options})`.as('snippet'))
    .orderBy('rank', 'desc')
    .orderBy('year', (ob) => ob.desc().nullsLast())
    .orderBy('id', 'desc')
    .execute();
  const count = await filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return { hits: hits.map((hit) => ({ ...hit, rank: Number(hit.rank) })), total: Number(count.count) };
}

/** Counts by kind (within the chosen year) and by year (within the chosen kinds), so each facet narrows the other. */
export async function searchFacets(
  db: Executor,
  query: Pick<SearchQuery, 'text' | 'scope' | 'kinds' | 'year'>,
): Promise<{ kinds: Facet<string>[]; years: Facet<number>[] }> {
  let byKind = matching(db, query);
  if (query.year !== null) byKind = byKind.where('year', '=', query.year);
  let byYear = matching(db, query).where('year', 'is not', null);
  if (query.kinds.length > 0) byYear = byYear.where('kind', 'in', query.kinds);
  const [kinds, years] = await Promise.all([
    byKind.select(['kind', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('kind').orderBy('kind').execute(),
    byYear.select(['year', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('year').orderBy('year', 'desc').limit(50).execute(),
  ]);
  return {
    kinds: kinds.map((row) => ({ value: row.kind, count: Number(row.count) })),
    years: years.map((row) => ({ value: row.year as number, count: Number(row.count) })),
  };
}
