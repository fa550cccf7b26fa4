import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/columns';

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
  /** Generated from title and body by the database; never written. */
  search_vector: ColumnType<string, never, never>;
  updated_at: Timestamp;
}

export interface SearchTables {
  search_index: SearchIndexTable;
}
