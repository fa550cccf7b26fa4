import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/columns';
import type { Locale } from '../../lib/i18n';

export type SearchVisibility = 'public' | 'members' | 'group';

export interface SearchIndexTable {
  id: Generated<number>;
  kind: string;
  record_id: number;
  title: string;
  body: string;
  year: number | null;
  url: string;
  visibility: SearchVisibility;
  group_id: number | null;
  /** The language of title and body: it chooses the text search configuration of the row. */
  language: Generated<Locale>;
  /** A translation of the record (its original is the row with is_translation false). */
  is_translation: Generated<boolean>;
  /** Chinese characters and character pairs of title and body, so a word of a text without spaces finds it. */
  grams: Generated<string>;
  /** Generated from title and body by the database; never written. */
  search_vector: ColumnType<string, never, never>;
  updated_at: Timestamp;
}

export interface SearchTables {
  search_index: SearchIndexTable;
}
