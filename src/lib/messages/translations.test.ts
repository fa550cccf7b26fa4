/**
 * The area of texts in several languages brings its own translations (the whole catalogues of the
 * other languages arrive apart): each has the English keys, reads the same placeholders, says its
 * plurals with the language's CLDR categories, and renders.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../i18n';
import { translations as ar } from './ar/translations';
import { translations as en } from './en/translations';
import { translations as es } from './es/translations';
import { translations as fr } from './fr/translations';
import { translations as ru } from './ru/translations';
import { translations as zh } from './zh/translations';

const areas: Record<string, Record<string, string>> = { fr, es, ar, ru, zh };

/** The categories of each plural in a message ("one {…} other {…}" after ", plural,"). */
function pluralCategories(message: string): string[][] {
  return message.split(/, plural,/).slice(1).map((rest) => [...rest.matchAll(/(?:^|[\s}])(zero|one|two|few|many|other)\s*\{/g)].map((match) => match[1] ?? ''));
}

describe.each(Object.keys(areas))('the %s translations of texts in several languages', (locale) => {
  const area = areas[locale] as Record<string, string>;
  const rules = new Intl.PluralRules(locale);
  const categories = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));

  it('has the English keys, reading the same placeholders, with its own plural categories', () => {
    expect(Object.keys(area).sort()).toEqual(Object.keys(en).sort());
    const differing = Object.keys(en).filter((key) => placeholdersOf(area[key] ?? '').join() !== placeholdersOf(en[key as keyof typeof en]).join());
    expect(differing).toEqual([]);
    const lacking = Object.keys(en).filter((key) => pluralCategories(area[key] ?? '').some((options) => [...categories].some((category) => !options.includes(category))));
    expect(lacking).toEqual([]);
    const copied = Object.keys(en).filter((key) => area[key] === en[key as keyof typeof en] && /[a-z]{4,}/.test(area[key] ?? ''));
    // A word that is the same in the language ("Versions" in French) may stay; a copied sentence may not.
    expect(copied.filter((key) => ((area[key] ?? '').replace(/\{[^}]*\}/g, '').match(/\p{L}{4,}/gu) ?? []).length > 1)).toEqual([]);
  });
});
