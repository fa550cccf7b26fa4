import { z } from 'zod';
import { supportedLocales, type Locale } from '../../lib/i18n';
import { int, pageFields } from '../../lib/api-schemas';
import { optional, pageNumber, says } from '../../lib/validation';

export const searchQuery = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(200, says('fields.atMostCharacters', { count: 200 })),
  ),
  kind: optional(
    z
      .string()
      .trim()
      .regex(/^[a-z_]{1,40}$/, says('fields.notRecordKind')),
  ),
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
  /** The language of the row found: the original's, or an approved translation's. */
  language: Locale;
}

export interface SearchResults {
  query: SearchQuery;
  items: SearchResultItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: { kinds: { value: string; count: number }[]; years: { value: number; count: number }[] };
}

// ---- what the JSON API answers ----

const segmentsSchema = z.array(z.object({ text: z.string(), mark: z.boolean() }));

export const searchAnswerSchema = z.object({
  query: z.object({ q: z.string().optional(), kind: z.string().optional(), year: int.optional(), page: int }),
  items: z.array(
    z.object({
      kind: z.string(),
      /** The title and snippet as plain text; `highlights` gives them in pieces, matched words marked. */
      title: z.string(),
      snippet: z.string(),
      url: z.string(),
      year: int.nullable(),
      visibility: z.enum(['public', 'members', 'group']),
      language: z.enum(supportedLocales),
      highlights: z.object({ title: segmentsSchema, snippet: segmentsSchema }),
    }),
  ),
  ...pageFields,
  facets: z.object({ kinds: z.array(z.object({ value: z.string(), count: int })), years: z.array(z.object({ value: int, count: int })) }),
});
