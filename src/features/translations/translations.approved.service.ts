/**
 * The approved translations, the only words that reach the public: what a reader of a language sees
 * (its approved translation, else the original), and the search index beside the original.
 */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { supportedLocales, type Locale } from '../../lib/i18n';
import { markdownToPlainText } from '../../lib/markdown';
import type { Actor } from '../../policy/actor';
import { can } from '../../policy/policy';
import * as search from '../search/search.service';
import { translationsUrl } from './translations.paths';
import * as repo from './translations.repository';
import { summaries, type TextKey, type TranslationSummary } from './translations.read.service';

/** What a reader who asked for `wanted` sees: the approved translation into it, else the original. */
export interface ReaderText {
  wanted: Locale;
  language: Locale;
  title: string;
  body: string;
  translated: boolean;
  /** The original's language, and the languages of the approved translations: the versions a reader may choose. */
  languages: Locale[];
  original: Locale;
}

export async function readerText(deps: Deps, key: TextKey, original: { title: string; body: string; language: Locale }, wanted: Locale): Promise<ReaderText> {
  return readerTextOf(deps, await repo.listTranslations(deps.db, key), original, wanted);
}

/** The reader's text from the text's translations, already read. */
async function readerTextOf(deps: Deps, translations: repo.TranslationRow[], original: { title: string; body: string; language: Locale }, wanted: Locale): Promise<ReaderText> {
  const rows = translations.filter((row) => row.approved_version !== null && row.language !== original.language);
  const languages = supportedLocales.filter((language) => language === original.language || rows.some((row) => row.language === language));
  const shown = { wanted, languages, original: original.language };
  const row = wanted === original.language ? undefined : rows.find((candidate) => candidate.language === wanted);
  const approved = row?.approved_version ? await repo.findVersion(deps.db, row.id, row.approved_version) : undefined;
  if (!row || !approved) return { ...shown, language: original.language, title: original.title, body: original.body, translated: false };
  return { ...shown, language: row.language, title: approved.title, body: approved.body, translated: true };
}

/** What a text's page needs: the text in the reader's language, and, for members, its translations and where to manage them. */
export interface TextLanguages {
  reader: ReaderText;
  translations: { items: TranslationSummary[]; manageUrl: string } | null;
}

export async function textLanguages(deps: Deps, actor: Actor | null, key: TextKey, original: { title: string; body: string; language: Locale }, wanted: Locale): Promise<TextLanguages> {
  const text = { key, ref: key.part ? `${key.id}.${key.part}` : String(key.id) };
  const member = can(actor, 'translation.read');
  // The translations are read once, for the reader's text and the members' list.
  const rows = await repo.listTranslations(deps.db, key);
  const [reader, items] = await Promise.all([readerTextOf(deps, rows, original, wanted), member ? summaries(deps, text, rows) : Promise.resolve(null)]);
  return { reader, translations: items ? { items, manageUrl: translationsUrl(text) } : null };
}

/** Puts the approved version of each of a text's translations in the index beside its original (which must be there). */
export async function indexApprovedTranslations(db: Executor, key: TextKey): Promise<void> {
  const rows = (await repo.listTranslations(db, key)).filter((row) => row.approved_version !== null);
  const versions = await repo.findVersions(
    db,
    rows.map((row) => ({ translationId: row.id, number: row.approved_version as number })),
  );
  for (const row of rows) {
    const version = versions.find((candidate) => candidate.translation_id === row.id);
    if (version) await search.indexTranslation(db, { kind: key.kind, recordId: key.id, language: row.language, title: version.title, body: markdownToPlainText(version.body) });
  }
}
