import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogues, placeholdersOf, supportedLocales, translator, type Locale } from '../i18n';
import { en } from './en';

const translated = supportedLocales.filter((locale) => locale !== 'en');
const englishKeys = Object.keys(en).sort();

/** The plural categories a count shown on the platform (0 to 1,000) can fall in, for a language. */
function integerCategories(locale: Locale): Set<string> {
  const rules = new Intl.PluralRules(locale);
  const categories = new Set(['other']);
  for (let n = 0; n <= 1000; n++) categories.add(rules.select(n));
  return categories;
}

function pluralOptionSets(message: string): string[][] {
  const found: string[][] = [];
  const visit = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.plural) found.push(Object.keys(element.options));
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(message, { ignoreTag: true }));
  return found;
}

describe.each(translated)('the %s catalogue', (locale) => {
  const catalogue: Record<string, string | undefined> = catalogues[locale];

  it('has every key of the English catalogue and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
  });

  it('reads the same placeholders as the English in every message', () => {
    const differing = englishKeys.filter((key) => {
      const message = catalogue[key];
      if (message === undefined) return false;
      try {
        return placeholdersOf(message).join() !== placeholdersOf(en[key as keyof typeof en]).join();
      } catch {
        return true;
      }
    });
    expect(differing).toEqual([]);
  });

  it("says every plural with the language's own categories", () => {
    const needed = [...integerCategories(locale)];
    const lacking = englishKeys.filter((key) => {
      const message = catalogue[key];
      return message !== undefined && pluralOptionSets(message).some((options) => needed.some((category) => !options.includes(category)));
    });
    expect(lacking).toEqual([]);
  });

  it('is a translation, not a copy of the English', () => {
    const copied = englishKeys.filter((key) => catalogue[key] === en[key as keyof typeof en] && /[a-z]{4,}/.test(catalogue[key]!));
    expect(copied.length / englishKeys.length).toBeLessThan(0.03);
  });
});

describe('plurals', () => {
  it('follow each language\'s CLDR categories', () => {
    expect([...integerCategories('ar')].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([...integerCategories('ru')].sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(translator('en')('members.count', { count: 0 })).toBe('0 organizations');
  });
});
