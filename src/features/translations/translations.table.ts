import type { Generated } from 'kysely';
import type { NullableTimestamp, Timestamp } from '../../db/columns';
import type { Locale } from '../../lib/i18n';

/** The kinds of text that are translated: each names the table its id points into. */
export const textKinds = ['statement', 'publication', 'event', 'report_section'] as const;
export type TextKind = (typeof textKinds)[number];

/** A translation of one text into one language; its words are in text_translation_versions. */
export interface TextTranslationsTable {
  id: Generated<number>;
  text_kind: TextKind;
  /** The statement's, publication's or event's id; for a report section, the report's year. */
  text_id: number;
  /** Which part of the text: a report section's key; '' for a whole text. */
  part: Generated<string>;
  language: Locale;
  /** The organization that added the translation (null for the secretariat): its focal points edit it. */
  entity_id: number | null;
  current_version: Generated<number>;
  /** The version the secretariat approved, if any: only that one is shown to readers as official. */
  approved_version: number | null;
  approved_by: number | null;
  approved_by_label: string | null;
  approved_at: NullableTimestamp;
  created_by: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TextTranslationVersionsTable {
  id: Generated<number>;
  translation_id: number;
  number: number;
  title: string;
  body: string;
  note: string | null;
  created_by: number | null;
  author_label: string;
  created_at: Timestamp;
}

export interface TranslationsTables {
  text_translations: TextTranslationsTable;
  text_translation_versions: TextTranslationVersionsTable;
}
