import type { Locale } from '../../lib/i18n';
import type { TextKind } from './translations.table';

/** Where a text's translations are managed: /translations/<kind>/<ref>, and /<lang> for one of them. */
export function translationsUrl(source: { key: { kind: TextKind }; ref: string }): string {
  return `/translations/${source.key.kind}/${source.ref}`;
}

export function translationUrl(source: { key: { kind: TextKind }; ref: string }, language: Locale): string {
  return `${translationsUrl(source)}/${language}`;
}
