export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const moment = new Date(at);
  return { now: () => new Date(moment) };
}

/** A clock that stands still until it is moved (tests of what happens later: lockouts, expiry, codes). */
export interface MovableClock extends Clock {
  advance(ms: number): void;
}

export function movableClock(at: Date | string): MovableClock {
  let moment = new Date(at).getTime();
  return {
    now: () => new Date(moment),
    advance: (ms) => {
      moment += ms;
    },
  };
}

/** 'YYYY-MM-DD' of a moment, in UTC. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
