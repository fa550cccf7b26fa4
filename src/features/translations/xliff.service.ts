/**
 * One text as an XLIFF 2.0 file for a translator's tool, and the filled file back as a new,
 * unofficial version of the translation (`icat texts export|import`). A file that does not fit the
 * text as it stands is refused whole, naming each unit that is wrong, and nothing is written.
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { localized, type Locale } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { sourceText } from './text-sources.service';
import * as translations from './translations.service';
import { textKinds, type TextKind } from './translations.table';
import { buildXliff, parseXliff, translatedText, unitsOf } from './translations.xliff';

export async function exportXliff(deps: Deps, actor: Actor | null, kind: TextKind, ref: string, language: Locale): Promise<string> {
  const source = await sourceText(deps, actor, kind, ref);
  if (language === source.language) throw new AppError('VALIDATION', localized('translation.sameLanguage.export'));
  return buildXliff({ srcLang: source.language, trgLang: language, original: `${kind}/${ref}`, units: unitsOf(source.title, source.body).map((unit) => ({ ...unit, target: '' })) });
}

export interface ImportedTranslation {
  kind: TextKind;
  ref: string;
  language: Locale;
  created: boolean;
  /** The new version, or null when the file says what the current version says. */
  versionNumber: number | null;
  url: string;
}

export async function importXliff(deps: Deps, actor: Actor | null, fileText: string, fileName: string): Promise<ImportedTranslation> {
  const document = parseXliff(fileText);
  const [kind, ref = ''] = document.original.split('/');
  if (!(textKinds as readonly string[]).includes(kind ?? '')) throw new AppError('IMPORT_INVALID', localized('xliff.text.noText', { file: fileName, original: document.original }));
  const source = await sourceText(deps, actor, kind as TextKind, ref);
  if (document.srcLang !== source.language) throw new AppError('IMPORT_INVALID', localized('xliff.text.sourceLanguage', { file: fileName, declared: document.srcLang, language: source.language }));
  if (document.trgLang === source.language) throw new AppError('IMPORT_INVALID', localized('xliff.text.ownLanguage', { file: fileName, language: document.trgLang }));
  const text = translatedText(unitsOf(source.title, source.body), document);
  const stored = await translations.storeImportedTranslation(deps, actor, source, document.trgLang, { ...text, note: `Imported from ${fileName}` });
  return { kind: source.key.kind, ref, language: document.trgLang, ...stored, url: translations.translationUrl(source, document.trgLang) };
}
