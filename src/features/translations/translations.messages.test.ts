/**
 * The feature of texts in several languages brings its own translations (the whole catalogues of the
 * other languages arrive apart): each has the English keys, reads the same placeholders, says its
 * plurals with the language's CLDR categories, and renders.
 */
import { describe, expect, it } from 'vitest';
import { translationProblems, type Locale } from '../../lib/i18n';
import { translationsMessages } from './translations.messages';

const { en, ...areas }: Record<Locale, Record<string, string>> = translationsMessages;

describe.each(Object.keys(areas))('the %s translations of texts in several languages', (locale) => {
  const area = areas[locale as Exclude<Locale, 'en'>];

  it('has the English keys, reading the same placeholders, with its own plural categories', () => {
    expect(Object.keys(area).sort()).toEqual(Object.keys(en).sort());
    const faulty = Object.keys(en).filter((key) => translationProblems(locale as Locale, key, area[key] ?? '').length > 0);
    expect(faulty).toEqual([]);
    const copied = Object.keys(en).filter((key) => area[key] === en[key] && /[a-z]{4,}/.test(area[key] ?? ''));
    // A word that is the same in the language ("Versions" in French) may stay; a copied sentence may not.
    expect(copied.filter((key) => ((area[key] ?? '').replace(/\{[^}]*\}/g, '').match(/\p{L}{4,}/gu) ?? []).length > 1)).toEqual([]);
  });
});
