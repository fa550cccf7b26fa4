import { sql, type Insertable, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database';
import { hanQuery } from '../../lib/han-grams';
import type { Locale } from '../../lib/i18n';
import type { SearchIndexTable, SearchVisibility } from './search.table';

/** Writes the row of a record's original text; its translations' rows follow its visibility, year and address. */
export async function upsertDocument(db: Executor, row: Insertable<SearchIndexTable> & { language: Locale }): Promise<void> {
  // An original whose language changed leaves no row behind in its former language.
  await db.deleteFrom('search_index').where('kind', '=', row.kind).where('record_id', '=', row.record_id).where('is_translation', '=', false).where('language', '<>', row.language).execute();
  await db
    .insertInto('search_index')
    .values({ ...row, is_translation: false })
    .onConflict((oc) =>
      oc.columns(['kind', 'record_id', 'language']).doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        body: eb.ref('excluded.body'),
        year: eb.ref('excluded.year'),
        url: eb.ref('excluded.url'),
        visibility: eb.ref('excluded.visibility'),
        group_id: eb.ref('excluded.group_id'),
        grams: eb.ref('excluded.grams'),
        is_translation: false,
        updated_at: sql`now()`,
      })),
    )
    .execute();
  await db
    .updateTable('search_index')
    .set({ year: row.year ?? null, visibility: row.visibility, group_id: row.group_id ?? null, url: sql`${row.url}::text || '?lang=' || language`, updated_at: sql`now()` })
    .where('kind', '=', row.kind)
    .where('record_id', '=', row.record_id)
    .where('is_translation', '=', true)
    .execute();
}

/** A translation's row, copied from its original's visibility, year and address; nothing while the original is not indexed. */
export async function upsertTranslation(db: Executor, row: { kind: string; record_id: number; language: Locale; title: string; body: string; grams: string }): Promise<void> {
  await sql`
    insert into search_index (kind, record_id, language, is_translation, title, body, grams, year, url, visibility, group_id)
    select kind, record_id, ${row.language}, true, ${row.title}, ${row.body}, ${row.grams}, year, url || '?lang=' || ${row.language}, visibility, group_id
    from search_index where kind = ${row.kind} and record_id = ${row.record_id} and not is_translation and language <> ${row.language}
    on conflict (kind, record_id, language) do update set title = excluded.title, body = excluded.body, grams = excluded.grams, is_translation = true,
      year = excluded.year, url = excluded.url, visibility = excluded.visibility, group_id = excluded.group_id, updated_at = now()
  `.execute(db);
}

export async function deleteTranslation(db: Executor, kind: string, recordId: number, language: Locale): Promise<void> {
  await db.deleteFrom('search_index').where('kind', '=', kind).where('record_id', '=', recordId).where('language', '=', language).where('is_translation', '=', true).execute();
}

/** Drops a record's rows, its translations' with them. */
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
  language: Locale;
  rank: number;
  title_headline: string;
  snippet: string;
}

export interface Facet<T> {
  value: T;
  count: number;
}

/**
 * The words asked for, read the way each language of the index stems them, any of which may match:
 * a French query finds the French rows, an English one the English rows. 'simple' (Arabic, Chinese)
 * reads the query with its Chinese written as character pairs, which the rows' grams hold.
 */
const tsquery = (text: string) =>
  sql`(websearch_to_tsquery('english'::regconfig, ${text}) || websearch_to_tsquery('french'::regconfig, ${text}) || websearch_to_tsquery('spanish'::regconfig, ${text}) || websearch_to_tsquery('russian'::regconfig, ${text}) || websearch_to_tsquery('simple'::regconfig, ${hanQuery(text)}))`;

/** The text search configuration of a row's language, as the index's generated vector uses it. */
const rowConfig = sql`(case language when 'en' then 'english'::regconfig when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig else 'simple'::regconfig end)`;

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
    .select(['id', 'kind', 'record_id', 'title', 'body', 'year', 'url', 'visibility', 'language'])
    .select(sql<number>`ts_rank(search_vector, ${tsquery(query.text)})`.as('rank'))
    .orderBy('rank', 'desc')
    .orderBy('year', (ob) => ob.desc().nullsLast())
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .as('page');
  const hits = await db
    .selectFrom(page)
    .select(['kind', 'record_id', 'title', 'year', 'url', 'visibility', 'language', 'rank'])
    .select(sql<string>`ts_headline(${rowConfig}, title, ${tsquery(query.text)}, ${titleOptions})`.as('title_headline'))
    .select(sql<string>`ts_headline(${rowConfig}, body, ${tsquery(query.text)}, ${options})`.as('snippet'))
    .orderBy('rank', 'desc')
    .orderBy('year', (ob) => ob.desc().nullsLast())
    .orderBy('id', 'desc')
    .execute();
  const count = await filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return { hits: hits.map((hit) => ({ ...hit, rank: Number(hit.rank) })), total: Number(count.count) };
}

/** Counts by kind (within the chosen year) and by year (within the chosen kinds), so each facet narrows the other. */
export async function searchFacets(db: Executor, query: Pick<SearchQuery, 'text' | 'scope' | 'kinds' | 'year'>): Promise<{ kinds: Facet<string>[]; years: Facet<number>[] }> {
  let byKind = matching(db, query);
  if (query.year !== null) byKind = byKind.where('year', '=', query.year);
  let byYear = matching(db, query).where('year', 'is not', null);
  if (query.kinds.length > 0) byYear = byYear.where('kind', 'in', query.kinds);
  const [kinds, years] = await Promise.all([
    byKind
      .select(['kind', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('kind')
      .orderBy('kind')
      .execute(),
    byYear
      .select(['year', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('year')
      .orderBy('year', 'desc')
      .limit(50)
      .execute(),
  ]);
  return {
    kinds: kinds.map((row) => ({ value: row.kind, count: Number(row.count) })),
    years: years.map((row) => ({ value: row.year as number, count: Number(row.count) })),
  };
}
