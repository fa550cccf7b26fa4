/**
 * The wall clock of a zone and the instant it stands for, over many instants and zones: zones with
 * daylight saving in either hemisphere, half-hour and 45-minute offsets, and a 30-minute change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, localTime, zonedTimeToInstant } from './zoned-time';

const zones = ['UTC', 'Europe/Vienna', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'Africa/Cairo', 'America/St_Johns'];
const minute = 60_000;
/** Instants on a minute, from 1990 to 2040. */
const instants = fc.integer({ min: Date.UTC(1990, 0, 1) / minute, max: Date.UTC(2040, 0, 1) / minute }).map((minutes) => new Date(minutes * minute));
const zone = fc.constantFrom(...zones);

/** A zone's offset from UTC in minutes at an instant, read with one formatter per zone. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();
function offsetMinutes(at: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format)
    zoneFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })));
  const part = Object.fromEntries(format.formatToParts(at).map(({ type, value }) => [type, Number(value)]));
  return (Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day ?? 1, part.hour ?? 0, part.minute ?? 0) - at) / minute;
}

/** The days from 2000 to 2035 on which a zone's offset changes (found once per zone). */
const changesByZone = new Map<string, number[]>();
function changesOfOffset(timeZone: string): number[] {
  const known = changesByZone.get(timeZone);
  if (known) return known;
  const day = 24 * 60 * minute;
  const days: number[] = [];
  for (let at = Date.UTC(2000, 0, 1); at < Date.UTC(2035, 0, 1); at += day) {
    if (offsetMinutes(at, timeZone) !== offsetMinutes(at + day, timeZone)) days.push(at);
  }
  changesByZone.set(timeZone, days);
  return days;
}

/** A zone and an instant, half of the time within a day and a half of a change of the zone's offset. */
const zonedInstants = zone.chain((timeZone) => {
  const changes = changesOfOffset(timeZone);
  const nearChange = changes.length === 0 ? instants : fc.constantFrom(...changes).chain((day) => fc.integer({ min: -36 * 60, max: 36 * 60 }).map((minutes) => new Date(day + minutes * minute)));
  return fc.tuple(fc.constant(timeZone), fc.oneof(instants, nearChange));
});

function wallClock(instant: Date, timeZone: string): string {
  return `${localDate(instant, timeZone)} ${localTime(instant, timeZone)}`;
}

describe('zoned time', () => {
  it('gives back the wall clock it was given, for every wall-clock time that exists', () => {
    fc.assert(
      fc.property(zonedInstants, ([timeZone, instant]) => {
        const found = zonedTimeToInstant(localDate(instant, timeZone), localTime(instant, timeZone), timeZone);
        expect(wallClock(found, timeZone)).toBe(wallClock(instant, timeZone));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the very instant when the wall clock is not repeated by a change of offset', () => {
    fc.assert(
      fc.property(zonedInstants, ([timeZone, instant]) => {
        const found = zonedTimeToInstant(localDate(instant, timeZone), localTime(instant, timeZone), timeZone);
        // A wall-clock time repeated when clocks go back stands for two instants, an offset change apart.
        const apart = Math.abs(found.getTime() - instant.getTime());
        expect(apart === 0 || (apart <= 60 * minute && wallClock(found, timeZone) === wallClock(instant, timeZone))).toBe(true);
        const steady = [-3, 3].every((hours) => wallClockOffset(new Date(instant.getTime() + hours * 60 * minute), timeZone) === wallClockOffset(instant, timeZone));
        if (steady) expect(found.getTime()).toBe(instant.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('moves a time skipped when clocks go forward past the gap, never before it', () => {
    // 27 March 2022, Europe/Vienna: 02:00 became 03:00, so 02:30 never happened on the wall clock.
    const skipped = zonedTimeToInstant('2022-03-27', '02:30', 'Europe/Vienna');
    expect(skipped.getTime()).toBeGreaterThanOrEqual(Date.UTC(2022, 2, 27, 0, 30));
    expect(skipped.getTime()).toBeLessThanOrEqual(Date.UTC(2022, 2, 27, 1, 30));
    // Around the change, a real time keeps its instant: 01:59 CET and 03:00 CEST.
    expect(zonedTimeToInstant('2022-03-27', '01:59', 'Europe/Vienna').toISOString()).toBe('2022-03-27T00:59:00.000Z');
    expect(zonedTimeToInstant('2022-03-27', '03:00', 'Europe/Vienna').toISOString()).toBe('2022-03-27T01:00:00.000Z');
  });
});

/** Minutes the wall clock is ahead of UTC at an instant (by reading the wall clock back). */
function wallClockOffset(instant: Date, timeZone: string): number {
  const [date = '', time = ''] = [localDate(instant, timeZone), localTime(instant, timeZone)];
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minutes = 0] = time.split(':').map(Number);
  return (Date.UTC(year, month - 1, day, hour, minutes) - Math.floor(instant.getTime() / minute) * minute) / minute;
}
