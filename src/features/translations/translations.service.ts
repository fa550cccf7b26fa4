/**
 * Texts in several languages. A statement, publication, event or annual-report section is written in
 * one language (its original); each translation is a text of its own, with numbered versions that can
 * be compared like the original's (lib/diff.ts). A translation is unofficial until the secretariat
 * approves one of its versions; a later version is unofficial again until it is approved, and
 * readers keep the approved version meanwhile. Only approved words reach the public and the search.
 *
 * The feature that owns a text tells what it is (SourceText, built by text-sources.service.ts) and
 * has already checked that the person may read it; the rights to add, edit and approve are here.
 *
 * Read functions for other features:
 *   translationsOf(deps, key)                            the translations of a text, official or not
 *   readerText(deps, key, original, wanted)              what a reader of `wanted` sees: approved translation or the original
 *   indexApprovedTranslations(db, key)                   puts the approved translations in the search index beside the original
 *
 * This file is the feature's public face: other features, routes and commands import it. The work is
 * done by use case: translations.read (the workspace's lists and versions), translations.approved
 * (what readers see, the search index) and translations.writing (add, save, approve, import).
 */
export { translationsUrl, translationUrl } from './translations.paths';
export type { TextKind } from './translations.table';
export {
  assertMayApprove,
  assertMayRead,
  assertMayWrite,
  getTranslation,
  getTranslationDiff,
  listTextTranslations,
  translationsOf,
  type SourceText,
  type TextKey,
  type TextTranslations,
  type TranslationDetail,
  type TranslationDiff,
  type TranslationSummary,
  type TranslationText,
  type TranslationVersionInfo,
} from './translations.read.service';
export { indexApprovedTranslations, readerText, textLanguages, type ReaderText, type TextLanguages } from './translations.approved.service';
export { addTranslation, approveTranslation, saveTranslation, staleTranslation, storeImportedTranslation, type SavedTranslation } from './translations.writing.service';
