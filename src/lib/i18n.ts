/**
 * The message catalogue: every string a person reads goes through `translator(locale)`.
 * Messages are ICU MessageFormat ("{count, plural, one {# update} other {# updates}}"), so each
 * language says plurals with its own CLDR categories (Arabic six, Russian four, Chinese one).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { noteShownStateChanged } from './shown-state';

/**
 * Every message key, with its English message. Empty here: lib imports no feature, so the
 * catalogue (src/messages/catalogue.ts), which gathers the shared and per-feature messages, declares
 * their keys into it (`declare module '../lib/i18n'`). Any file the compiler sees then gets the
 * precise union of keys, and a typo in `t('x.y')` fails `tsc`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the catalogue's module augmentation.
export interface MessageCatalogue {}

export type MessageKey = keyof MessageCatalogue & string;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const supportedLocales = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type Locale = (typeof supportedLocales)[number];

/** A whole language: every key of the English catalogue. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/**
 * A language's translation of a set of English messages: the same keys, each an ICU MessageFormat
 * string reading the same placeholders as the English (src/messages/catalogue.test.ts checks).
 */
export type Translation<English> = { readonly [Key in keyof English]: string };

/** One module of messages (a feature's, or shared): its English and the five translations of it. */
export type MessageModule<English> = { readonly en: English } & { readonly [L in Exclude<Locale, 'en'>]: Translation<English> };

/** The six catalogues, as the catalogue installs them. A language may miss keys: English shows for those. */
export type Catalogues = { readonly en: Catalogue } & { readonly [L in Exclude<Locale, 'en'>]: Partial<Catalogue> };

/** The installed catalogues, and the languages offered to people: those whose catalogue has every key. */
let installed: { catalogues: Catalogues; offered: readonly Locale[] } | undefined;

/**
 * Gives the platform its messages. Each entry point (the `icat` command, the test setup, a script
 * run on its own) does it once, before any message is used, by importing src/messages/catalogue.ts.
 */
export function installCatalogues(all: Catalogues): void {
  // Counted once: imported messages only replace keys a catalogue has.
  const englishKeys = Object.keys(all.en).length;
  installed = { catalogues: all, offered: supportedLocales.filter((locale) => Object.keys(all[locale]).length === englishKeys) };
  translators.clear();
  noteShownStateChanged();
}

function installation(): NonNullable<typeof installed> {
  if (!installed) throw new Error('No message catalogue is installed: the entry point must import src/messages/catalogue.ts before a message is used.');
  return installed;
}

/** The English of a key, the source every language falls back to; undefined for a key it does not have. */
function englishMessage(key: string): string | undefined {
  const english = installation().catalogues.en;
  return Object.hasOwn(english, key) ? english[key as MessageKey] : undefined;
}

/** The catalogue of each language as installed (read when used: the catalogue installs them once the code is loaded). */
export const catalogues: Readonly<Record<Locale, Partial<Catalogue>>> = Object.defineProperties(
  {} as Record<Locale, Partial<Catalogue>>,
  Object.fromEntries(supportedLocales.map((locale) => [locale, { enumerable: true, get: () => installation().catalogues[locale] }])),
);

/** Each language's name in itself, as a language switcher shows it to someone who reads only that one. */
export const languageNames: Readonly<Record<Locale, string>> = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };

export function availableLocales(): Locale[] {
  return [...installation().offered];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Picks the first available locale from an explicit choice, then an Accept-Language header. */
export function negotiateLocale(choice: string | undefined, acceptLanguage: string | undefined): Locale {
  const available = availableLocales();
  const wanted = [choice, ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]?.trim())];
  for (const tag of wanted) {
    const base = tag?.toLowerCase().split('-')[0];
    const match = available.find((locale) => locale === base);
    if (match) return match;
  }
  return 'en';
}

/** The placeholders a message reads, sorted: a translation must read the same ones as the English. */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parseMessage(message));
  return [...names].sort();
}

function parseMessage(message: string): MessageFormatElement[] {
  return parse(message, { ignoreTag: true, requiresOtherClause: true });
}

const requestLocale = new AsyncLocalStorage<Locale>();

/** Runs work (a request, a mail to one person) in a language: `localized` then speaks it. */
export function inLocale<T>(locale: Locale, work: () => T): T {
  return requestLocale.run(locale, work);
}

export function currentLocale(): Locale {
  return requestLocale.getStore() ?? 'en';
}

/**
 * Translates in the language of the work being done: the reader's for a request, the
 * recipient's for a mail, English for commands. Services use it for the messages they raise.
 */
export const localized: Translate = (key, params) => translator(currentLocale())(key, params);

let pseudoEnglish = false;

/**
 * For the pseudo-locale test: English comes out accented, a third longer and marked ⟦…⟧, so any
 * text on a page that is still plain English was written in code, not taken from the catalogue.
 */
export function usePseudoEnglish(): void {
  pseudoEnglish = true;
  translators.clear();
  noteShownStateChanged();
}

const accented: Record<string, string> = Object.fromEntries([...'aceinousyACEINOUSY'].map((letter, index) => [letter, 'àçéîñöûšýÀÇÉÎÑÖÛŠÝ'[index]!]));

function pseudo(text: string): string {
  const letters = text.replace(/[a-zA-Z]/g, (letter) => accented[letter] ?? letter);
  return `⟦${letters}${'·'.repeat(Math.ceil(text.length / 3))}⟧`;
}

/**
 * Messages that replace the catalogue's for a language, by key: what translators imported (the
 * message_overrides table), loaded at start and after each import. English is the source: it has none.
 */
const overrides = new Map<Locale, Readonly<Record<string, string>>>();

/** Replaces a language's overrides; its translator is made afresh on next use. */
export function setMessageOverrides(locale: Locale, messages: Readonly<Record<string, string>>): void {
  overrides.set(locale, { ...messages });
  translators.delete(locale);
  noteShownStateChanged();
}

/** The message a language shows for a key now: an imported one, the catalogue's, or undefined (English shows). */
export function currentMessage(locale: Locale, key: string): string | undefined {
  const imported = overrides.get(locale);
  if (imported && Object.hasOwn(imported, key)) return imported[key];
  const catalogue = installation().catalogues[locale];
  return Object.hasOwn(catalogue, key) ? catalogue[key as MessageKey] : undefined;
}

/**
 * The group's own words (its name, what it calls its principal-level meeting...), which any message
 * may name as a placeholder ({group}, {groupFull}...) without its caller passing them: they come
 * from the group's settings, set at start and after each change. A language without its own words
 * uses the English ones; a caller's parameter of the same name wins.
 */
export interface GroupWords {
  /** The short name, an acronym say, as a title or a subject line shows it. */
  group: string;
  /** The full name, without an article (it must read right after a colon or as a heading). */
  groupFull: string;
  /** Those who meet at principal level, plural, without an article ("les {principals}" adds it). */
  principals: string;
  /** Their meeting, singular, without an article. */
  principalsMeeting: string;
  /** The name of the consultation role that advises the group, as a list of roles shows it; empty when the group has none. */
  advisors: string;
}

const groupWords = new Map<Locale, GroupWords>();

/** Replaces the group's words in every language; translators are made afresh on next use. */
export function setGroupWords(words: Partial<Record<Locale, GroupWords>>): void {
  groupWords.clear();
  for (const [locale, set] of Object.entries(words) as [Locale, GroupWords][]) groupWords.set(locale, { ...set });
  translators.clear();
  noteShownStateChanged();
}

/** The group's words as a language says them (the English ones where it has none). */
export function groupWordsIn(locale: Locale): Partial<GroupWords> {
  return groupWords.get(locale) ?? groupWords.get('en') ?? {};
}

const translators = new Map<Locale, Translate>();
const formattersByLocale = new Map<Locale, Formatters>();

/** One translator per language, made on first use: Intl objects are costly to build on every request. */
export function translator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) translators.set(locale, (translate = makeTranslator(locale)));
  return translate;
}

function makeTranslator(locale: Locale): Translate {
  const compiled = new Map<string, MessageFormatElement[]>();
  const render = renderer(locale);
  const words = groupWordsIn(locale);
  return (key, params = {}) => {
    // Keys built from a request (a status, an outcome) may name nothing, or a property every object has.
    const message = currentMessage(locale, key) ?? englishMessage(key);
    if (message === undefined) return key;
    let elements = compiled.get(key);
    if (!elements) compiled.set(key, (elements = parseMessage(message)));
    const text = render(elements, { ...words, ...params });
    return pseudoEnglish && locale === 'en' ? pseudo(text) : text;
  };
}

/**
 * Formats a parsed message. Numbers are written the language's way wherever they appear; a
 * placeholder with no value is left as written, so a missing parameter shows instead of vanishing.
 */
function renderer(locale: Locale) {
  const plurals = new Intl.PluralRules(intlLocale(locale));
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const shown = (value: string | number): string => (typeof value === 'number' ? numbers.format(value) : value);
  const render = (elements: MessageFormatElement[], params: Params, count?: number): string => {
    let text = '';
    for (const element of elements) {
      if (element.type === TYPE.literal) text += element.value;
      else if (element.type === TYPE.pound) text += count === undefined ? '#' : numbers.format(count);
      else if (element.type === TYPE.plural || element.type === TYPE.select) text += renderChoice(element, params);
      else if (element.type === TYPE.tag) text += render(element.children, params, count);
      else text += element.value in params ? shown(params[element.value]!) : `{${element.value}}`;
    }
    return text;
  };
  const renderChoice = (element: Extract<MessageFormatElement, { type: TYPE.plural | TYPE.select }>, params: Params): string => {
    const value = params[element.value];
    if (element.type === TYPE.select) return render((element.options[String(value)] ?? element.options.other!).value, params);
    const count = typeof value === 'number' ? value : Number(value ?? 0);
    const category = plurals.select(count - element.offset);
    const option = element.options[`=${count}`] ?? element.options[category] ?? element.options.other!;
    return render(option.value, params, count - element.offset);
  };
  return render;
}

/** The plural categories of a language (CLDR): Arabic six, Russian four, French and Spanish three, Chinese one. */
export function pluralCategories(locale: Locale): string[] {
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
  return [...new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** A language's name, written in another language (or in itself): "French", "français", "الفرنسية". */
export function languageName(locale: Locale, inLocale: Locale = locale): string {
  let names = languageNamesIn.get(inLocale);
  if (!names) languageNamesIn.set(inLocale, (names = new Intl.DisplayNames([intlLocale(inLocale)], { type: 'language' })));
  return names.of(locale) ?? locale;
}

const languageNamesIn = new Map<Locale, Intl.DisplayNames>();

/** Markup written in a message ("<b>", "</b>"), sorted: a translation keeps the English's. */
export function markupOf(message: string): string[] {
  return (message.match(/<\/?[A-Za-z][\w-]*\s*\/?>/g) ?? []).map((tag) => tag.replace(/\s+/g, '')).sort();
}

export type TranslationProblem =
  | { kind: 'unknownKey' }
  | { kind: 'invalid'; error: string }
  | { kind: 'placeholders'; expected: string[]; found: string[] }
  | { kind: 'markup'; expected: string[]; found: string[] }
  | { kind: 'plurals'; missing: string[] };

/**
 * What is wrong with a translation of one key, if anything: the key must be the English
 * catalogue's, the message valid ICU, with the English's placeholders and markup, and every plural
 * must say each of the language's categories.
 */
export function translationProblems(locale: Locale, key: string, message: string): TranslationProblem[] {
  const english = englishMessage(key);
  if (english === undefined) return [{ kind: 'unknownKey' }];
  let elements: MessageFormatElement[];
  try {
    elements = parseMessage(message);
  } catch (error) {
    return [{ kind: 'invalid', error: error instanceof Error ? error.message : String(error) }];
  }
  const problems: TranslationProblem[] = [];
  const [expected, found] = [placeholdersOf(english), placeholdersOf(message)];
  if (expected.join() !== found.join()) problems.push({ kind: 'placeholders', expected, found });
  const [expectedMarkup, foundMarkup] = [markupOf(english), markupOf(message)];
  if (expectedMarkup.join() !== foundMarkup.join()) problems.push({ kind: 'markup', expected: expectedMarkup, found: foundMarkup });
  const needed = pluralCategories(locale);
  const missing = new Set<string>();
  const visit = (list: MessageFormatElement[]): void => {
    for (const element of list) {
      if (element.type === TYPE.plural) for (const category of needed) if (!(category in element.options)) missing.add(category);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(elements);
  if (missing.size > 0) problems.push({ kind: 'plurals', missing: needed.filter((category) => missing.has(category)) });
  return problems;
}

export interface Formatters {
  date(isoDate: string | Date): string;
  monthYear(isoDate: string): string;
  number(value: number): string;
  percent(value: number): string;
  /** A moment to the minute, in UTC and saying so: "29 Nov 2026, 11:06 UTC". */
  moment(value: Date): string;
}

/** Dates in the data may be partial ("2012", "2012-01"); they are shown with the precision they have. */
/** UN English writes dates day-first ("15 November 2021"), as British English does. */
function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

export function formatters(locale: Locale): Formatters {
  let made = formattersByLocale.get(locale);
  if (!made) formattersByLocale.set(locale, (made = makeFormatters(locale)));
  return made;
}

function makeFormatters(locale: Locale): Formatters {
  const day = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const percents = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  const moments = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const partial = (value: string): string => {
    if (/^\d{4}$/.test(value)) return value;
    if (/^\d{4}-\d{2}$/.test(value)) return month.format(new Date(`${value}-01T00:00:00Z`));
    return day.format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
  };
  return {
    date: (value) => (value instanceof Date ? day.format(value) : partial(value)),
    monthYear: (value) => month.format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`)),
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value),
    moment: (value) => `${moments.format(value)} UTC`,
  };
}
