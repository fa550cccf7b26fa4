import type { Json, Timestamp } from '../../db/columns';
import type { Generated } from 'kysely';

/** Names in several languages, by language code: `{ "en": "Region", "fr": "Région" }`; English is always there. */
export type Labels = Partial<Record<string, string>>;

/** What a vocabulary is for: a dimension of the mapping, or the group's one list of organization kinds. */
export type VocabularyPurpose = 'mapping' | 'kinds';

export interface VocabulariesTable {
  id: Generated<number>;
  code: string;
  purpose: VocabularyPurpose;
  names: Json<Labels>;
  /** The caption of the dimension's figure, by language; empty: a caption made from the name. */
  captions: Json<Labels>;
  /** Whether the mapping draws a figure and offers a filter for the dimension. */
  charted: Generated<boolean>;
  position: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VocabularyValuesTable {
  id: Generated<number>;
  vocabulary_id: number;
  code: string;
  labels: Json<Labels>;
  position: number;
  /** The year the value was retired: no longer offered, still shown where it was chosen. */
  retired_year: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VocabulariesTables {
  vocabularies: VocabulariesTable;
  vocabulary_values: VocabularyValuesTable;
}
