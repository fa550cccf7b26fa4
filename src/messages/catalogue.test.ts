import { describe, expect, it, vi } from 'vitest';
import { catalogues, pluralCategories, supportedLocales, translationProblems, translator } from '../lib/i18n';
import { messageModules } from './catalogue';

const translated = supportedLocales.filter((locale) => locale !== 'en');
const en = catalogues.en;
const englishKeys = Object.keys(en).sort();

describe.each(translated)('the %s catalogue', (locale) => {
  const catalogue: Record<string, string | undefined> = catalogues[locale];

  it('has every key of the English catalogue and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
  });

  it("passes the checks an import makes: valid ICU, the English's placeholders and markup, each of the language's plural categories", () => {
    const problems = englishKeys.filter((key) => catalogue[key] !== undefined && translationProblems(locale, key, catalogue[key]!).length > 0);
    expect(problems).toEqual([]);
  });

  it('is a translation, not a copy of the English', () => {
    const copied = englishKeys.filter((key) => catalogue[key] === en[key as keyof typeof en] && /[a-z]{4,}/.test(catalogue[key]!));
    expect(copied.length / englishKeys.length).toBeLessThan(0.03);
  });
});

describe('plurals', () => {
  it("follow each language's CLDR categories", () => {
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('ru')).toEqual(['one', 'few', 'many', 'other']);
    expect(translator('en')('members.count', { count: 0 })).toBe('0 organizations');
  });
});

describe('the assembled catalogue', () => {
  it('takes each key from one module, which has it in every language', () => {
    const keysOf = (messages: object) => Object.keys(messages).sort();
    const mismatched = messageModules.filter((module) => supportedLocales.some((locale) => keysOf(module[locale]).join() !== keysOf(module.en).join()));
    expect(mismatched.map((module) => keysOf(module.en)[0])).toEqual([]);
    expect(messageModules.reduce((count, module) => count + Object.keys(module.en).length, 0)).toBe(englishKeys.length);
  });

  it('must be installed before a message is used', async () => {
    vi.resetModules();
    const uninstalled = await import('../lib/i18n');
    expect(() => uninstalled.translator('en')('members.count', { count: 1 })).toThrow('No message catalogue is installed');
    expect(() => uninstalled.availableLocales()).toThrow('No message catalogue is installed');
  });
});
