import type { RequiredTimestamp } from '../../db/columns';

/** A message a translator imported for a language: it replaces the catalogue's for that key. */
export interface MessageOverridesTable {
  locale: string;
  key: string;
  message: string;
  updated_by_label: string;
  updated_at: RequiredTimestamp;
}

export interface MessagesTables {
  message_overrides: MessageOverridesTable;
}
