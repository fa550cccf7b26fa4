import { z } from 'zod';
import { optional, pageNumber } from '../../lib/validation';

export const searchQuery = z.object({
  q: optional(z.string().trim().max(200, 'at most 200 characters')),
  kind: optional(z.string().trim().regex(/^[a-z_]{1,40}$/, 'is not a kind of record')),
  year: optional(z.coerce.number().int().min(1900).max(2200)),
  page: pageNumber,
});
export type SearchQuery = z.infer<typeof searchQuery>;

/** A piece of a title or snippet: `mark` is a matched word, to be highlighted. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

export interface SearchResultItem {
  kind: string;
  title: TextSegment[];
  snippet: TextSegment[];
  url: string;
  year: number | null;
  visibility: 'public' | 'members' | 'group';
}

export interface SearchResults {
  query: SearchQuery;
  items: SearchResultItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: { kinds: { value: string; count: number }[]; years: { value: number; count: number }[] };
}
