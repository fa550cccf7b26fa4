/**
 * The message catalogue: every string a person reads goes through `translator(locale)`.
 * English is complete; other languages fall back to English key by key until they are translated.
 */
import { en, type MessageKey } from './messages/en';

export type { MessageKey };
export type Message = string | { one: string; other: string };
export type Catalogue = Record<MessageKey, Message>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const supportedLocales = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type Locale = (typeof supportedLocales)[number];

const catalogues: Partial<Record<Locale, Partial<Catalogue>>> = { en };

export function availableLocales(): Locale[] {
  return supportedLocales.filter((locale) => catalogues[locale] !== undefined);
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

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
  const catalogue = catalogues[locale] ?? {};
  const plural = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    // Keys built from a request (a status, an outcome) may name nothing, or a property every object has.
    const message = (Object.hasOwn(catalogue, key) ? catalogue[key] : undefined) ?? (Object.hasOwn(en, key) ? en[key] : undefined);
    if (message === undefined) return key;
    const shown = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? numbers.format(value) : value]),
    );
    if (typeof message === 'string') return interpolate(message, shown);
    const count = typeof params.count === 'number' ? params.count : 0;
    return interpolate(plural.select(count) === 'one' ? message.one : message.other, shown);
  };
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
