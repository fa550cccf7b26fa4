/**
 * The area of texts in several languages brings its own translations (the whole catalogues of the
 * other languages arrive apart): each has the English keys, reads the same placeholders, says its
 * plurals with the language's CLDR categories, and renders.
 */
import { describe, expect, it } from 'vitest';
import { translationProblems, type Locale } from '../i18n';
import { translations as ar } from './ar/translations';
import { translations as en } from './en/translations';
import { translations as es } from './es/translations';
import { translations as fr } from './fr/translations';
import { translations as ru } from './ru/translations';
import { translations as zh } from './zh/translations';

const areas: Record<string, Record<string, string>> = { fr, es, ar, ru, zh };

describe.each(Object.keys(areas))('the %s translations of texts in several languages', (locale) => {
  const area = areas[locale] as Record<string, string>;

  it('has the English keys, reading the same placeholders, with its own plural categories', () => {
    expect(Object.keys(area).sort()).toEqual(Object.keys(en).sort());
    const faulty = Object.keys(en).filter((key) => translationProblems(locale as Locale, key, area[key] ?? '').length > 0);
    expect(faulty).toEqual([]);
    const copied = Object.keys(en).filter((key) => area[key] === en[key as keyof typeof en] && /[a-z]{4,}/.test(area[key] ?? ''));
    // A word that is the same in the language ("Versions" in French) may stay; a copied sentence may not.
    expect(copied.filter((key) => ((area[key] ?? '').replace(/\{[^}]*\}/g, '').match(/\p{L}{4,}/gu) ?? []).length > 1)).toEqual([]);
  });
});
