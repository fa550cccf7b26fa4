/** The narrative sections the co-chairs write, as blocks of the report in its language. */
import type { Locale, MessageKey } from '../../lib/i18n';
import type { Build } from './report.build';
import type { Block, NarrativeKey } from './report.model';

export type Narratives = Partial<Record<NarrativeKey, string>>;

/** The language the co-chairs write the narrative sections in. */
export const narrativeSourceLocale: Locale = 'en';

export interface NarrativeText {
  markdown: string;
  locale: Locale;
}

/**
 * The text of a narrative section for a report in `locale`: its translation when there is one, the
 * original otherwise. The one place where a translation is picked (none is stored yet).
 */
export function narrativeInLanguage(narratives: Narratives, key: NarrativeKey, locale: Locale): NarrativeText | null {
  void locale;
  const markdown = narratives[key]?.trim();
  return markdown ? { markdown, locale: narrativeSourceLocale } : null;
}

/** A narrative section's blocks: its text, after a note in the report's language when the text is in another. */
export function narrativeBlocks(b: Build, narratives: Narratives, key: NarrativeKey): Block[] {
  const text = narrativeInLanguage(narratives, key, b.locale);
  if (!text) return [];
  if (text.locale === b.locale) return [{ kind: 'markdown', markdown: text.markdown }];
  return [
    { kind: 'note', text: b.t('report.narrative.originalOnly', { language: text.locale }) },
    { kind: 'markdown', markdown: text.markdown, lang: text.locale },
  ];
}

export function narrative(b: Build, narratives: Narratives, key: NarrativeKey, emptyKey: MessageKey): Block[] {
  const blocks = narrativeBlocks(b, narratives, key);
  return blocks.length > 0 ? blocks : [{ kind: 'empty', text: b.t(emptyKey, { year: String(b.data.year) }) }];
}
