/**
 * The search page: one query over everything in the search index, ranked, with highlighted
 * snippets and facets by kind and year. Rights: the public finds only public documents; a signed-in
 * person also finds members-only documents and the posts of the groups their organization belongs
 * to; the secretariat finds everything.
 */
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import { can } from '../../policy/policy';
import * as repo from './search.repository';
import type { SearchQuery, SearchResults, TextSegment } from './search.schemas';
import { highlightStart, highlightStop } from './search.service';

export const searchPageSize = 20;

/** Splits a ts_headline result at the markers; everything else stays plain text (escaped when rendered). */
export function toSegments(headline: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let mark = false;
  for (const piece of headline.split(new RegExp(`([${highlightStart}${highlightStop}])`))) {
    if (piece === highlightStart) mark = true;
    else if (piece === highlightStop) mark = false;
    else if (piece !== '') segments.push({ text: piece, mark });
  }
  return segments;
}

/**
 * The working groups whose posts a person may read. Groups feed the index and own who belongs to
 * them; the search is given this function (by the app) rather than asking the groups feature, which
 * depends on it.
 */
export type ReadableGroups = (deps: Deps, actor: Actor) => Promise<number[]>;

async function scopeOf(deps: Deps, actor: Actor | null, readableGroups: ReadableGroups): Promise<repo.SearchScope> {
  if (!actor) return { all: false, members: false, groupIds: [] };
  if (can(actor, 'search.everything')) return { all: true };
  return { all: false, members: true, groupIds: await readableGroups(deps, actor) };
}

export async function searchSite(deps: Deps, actor: Actor | null, query: SearchQuery, readableGroups: ReadableGroups): Promise<SearchResults> {
  const empty: SearchResults = { query, items: [], total: 0, page: query.page, pageSize: searchPageSize, facets: { kinds: [], years: [] } };
  if (!query.q) return empty;
  const scope = await scopeOf(deps, actor, readableGroups);
  const kinds = query.kind ? [query.kind] : [];
  const year = query.year ?? null;
  const [page, facets] = await Promise.all([
    repo.searchPage(deps.db, {
      text: query.q,
      kinds,
      year,
      scope,
      limit: searchPageSize,
      offset: (query.page - 1) * searchPageSize,
      startMark: highlightStart,
      stopMark: highlightStop,
    }),
    repo.searchFacets(deps.db, { text: query.q, kinds, year, scope }),
  ]);
  return {
    ...empty,
    total: page.total,
    facets,
    items: page.hits.map((hit) => ({
      kind: hit.kind,
      title: toSegments(hit.title_headline),
      snippet: toSegments(hit.snippet),
      url: hit.url,
      year: hit.year,
      visibility: hit.visibility,
      language: hit.language,
    })),
  };
}
