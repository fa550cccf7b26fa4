/**
 * Sessions and API tokens resolved recently, kept in memory for a short time so that a signed-in
 * request needs no statement to learn who asks (docs/performance.md, "Sessions kept").
 *
 * - The key is the hash of the cookie's or the header's secret (the session's id, the token's
 *   hash), so an entry is found only by whoever holds that secret. Only live sessions and valid
 *   tokens are kept; each request gets its own copy of the actor.
 * - An entry is used only under the generation of the content stamp it was read in
 *   (src/db/content-version.ts). The stamp moves when a session ends, a token is revoked, a passkey
 *   is added or removed, and when an account, its organization, the terms or the strong sign-in
 *   switch change, in this process (read before the write's answer leaves) or another (the poll).
 * - Expiry and the idle timeout hold as in the database: an entry is not used at or after the
 *   session's expiry, nor once the session is due to be marked seen again (every five minutes, which
 *   pushes the expiry on), nor after `maxAgeMs`; the database is asked then, and marks it.
 */
import type { Actor } from '../policy/actor';

interface KeptActor {
  actor: Actor;
  generation: number;
  keptAt: number;
  /** The entry is not used from this time on (the database is asked, and marks the session or token). */
  usableUntil: number;
}

export interface SessionCacheOptions {
  maxAgeMs: number;
  maxEntries: number;
}

export const defaultSessionCacheOptions: SessionCacheOptions = { maxAgeMs: 30_000, maxEntries: 10_000 };

function copyOf(actor: Actor): Actor {
  return { ...actor, roles: [...actor.roles], cochairYears: [...actor.cochairYears] };
}

export class SessionCache {
  private readonly entries = new Map<string, KeptActor>();
  readonly counts = { hits: 0, stored: 0 };

  constructor(private readonly options: SessionCacheOptions = defaultSessionCacheOptions) {}

  find(key: string, generation: number, now: number): Actor | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== generation || now >= entry.usableUntil || now - entry.keptAt >= this.options.maxAgeMs || now < entry.keptAt) {
      this.entries.delete(key);
      return undefined;
    }
    this.counts.hits += 1;
    return copyOf(entry.actor);
  }

  store(key: string, actor: Actor, generation: number, now: number, usableUntil: number): void {
    this.entries.delete(key);
    this.entries.set(key, { actor: copyOf(actor), generation, keptAt: now, usableUntil });
    this.counts.stored += 1;
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
