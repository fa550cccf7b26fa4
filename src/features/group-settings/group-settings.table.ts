import type { Json, RequiredTimestamp } from '../../db/columns';

/** A text in several languages, by language code: `{ "en": ..., "fr": ... }`; English is the fallback. */
export type TextsByLanguage = Record<string, string>;

/**
 * The group the platform serves (one row, id 1): its names, texts, words, logo and colours. With no
 * row the install is not yet initialised and pages use neutral words.
 */
export interface GroupSettingsTable {
  id: number;
  short_name: string;
  full_name: Json<TextsByLanguage>;
  description: Json<TextsByLanguage>;
  home_text: Json<TextsByLanguage>;
  about_text: Json<TextsByLanguage>;
  principals: Json<TextsByLanguage>;
  principals_meeting: Json<TextsByLanguage>;
  /** Empty when the group has no advisory role. */
  advisors: Json<TextsByLanguage>;
  /** The prefix of decision references by meeting level: { principal: "PLM", working: "WLM", group: "GLM" }. */
  decision_prefixes: Json<Record<string, string>>;
  contact_email: string | null;
  /** The logo, a stored file (files feature): SVG (sanitized) or PNG. */
  logo_stored_name: string | null;
  logo_mime_type: string | null;
  /** The names of the report's optional sections by section, per language: { "crises": { "en": ... } }; none named: no such section. */
  report_sections: Json<Record<string, TextsByLanguage>>;
  primary_colour: string;
  accent_colour: string;
  version: number;
  updated_by_label: string;
  updated_at: RequiredTimestamp;
}

export interface GroupSettingsTables {
  group_settings: GroupSettingsTable;
}
