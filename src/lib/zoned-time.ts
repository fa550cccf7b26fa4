/**
 * Wall-clock times in a named time zone (IANA, "Europe/Vienna") and the instants they stand for,
 * with Intl only: a meeting is entered as "2 December 2022, 10:00, Europe/Vienna", stored as an
 * instant, and shown again in its own zone wherever the reader is.
 */

export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Intl formatters are costly to build and cheap to reuse: one per language, zone and style, kept for
 * the life of the process (the zones and languages in use are few).
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function wallClockParts(instant: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const wall = wallClockParts(instant, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of a wall-clock date ('YYYY-MM-DD') and time ('HH:MM') in a zone. */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = wallAsUtc - offsetAt(new Date(wallAsUtc), timeZone);
  // Around a change of offset the first guess can be an hour out; one correction settles it.
  const corrected = wallAsUtc - offsetAt(new Date(firstGuess), timeZone);
  return new Date(corrected);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 'YYYY-MM-DD' of an instant on the zone's wall clock. */
export function localDate(instant: Date, timeZone: string): string {
  const wall = wallClockParts(instant, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** 'HH:MM' of an instant on the zone's wall clock. */
export function localTime(instant: Date, timeZone: string): string {
  const wall = wallClockParts(instant, timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** "2 December 2022, 10:00 CET": the date and time as people in that zone read them. */
export function formatZonedDateTime(instant: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(intlLocale(locale), {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

/** "2 December 2022": the date only, on the zone's wall clock. */
export function formatZonedDate(instant: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(intlLocale(locale), { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/**
 * A deadline as every page and mail shows it: on the wall clock of the zone it was set in, naming the
 * zone ("25 November 2022, 18:00 CET (Europe/Vienna)"), so that a page and a mail never disagree.
 */
export function formatDeadline(instant: Date, timeZone: string, locale: string): string {
  const shown = formatZonedDateTime(instant, timeZone, locale);
  return timeZone === 'UTC' ? shown : `${shown} (${timeZone})`;
}
