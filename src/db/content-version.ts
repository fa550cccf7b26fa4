/**
 * The stamp of the data pages show: the sequence `content_version`, moved by triggers when a
 * transaction that changed such data commits (migration 202612050500), and when one ends a session,
 * revokes an API token or adds or removes a passkey (migration 202612051200). Any process may read it.
 *
 * A server follows it (`followContent`): what a process keeps in memory of the database (rendered
 * pages, resolved sessions, a year's plan) is kept under the follower's generation, which moves
 * whenever the stamp does, so nothing kept outlives a change (docs/performance.md).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

export async function readContentVersion(db: Kysely<DB>): Promise<string> {
  const result = await sql<{ version: string }>`select last_value::text || ':' || is_called::text as version from content_version`.execute(db);
  return result.rows[0]?.version ?? '';
}

export interface FollowOptions {
  /** How often the stamp is read for other processes' writes; 0: before every use of what is kept. */
  pollMs: number;
}

interface Log {
  error(fields: object, message: string): void;
}

/**
 * Follows the content stamp of one database for what a process keeps of it. The generation moves
 * when the stamp moves, once more on the check after (another process's trigger runs an instant
 * before its commit is visible); a write this process answers reads it before its answer leaves.
 * Nothing kept is used while the stamp cannot be read.
 */
export class ContentFollower {
  generation = 0;
  /** False while the stamp cannot be read: nothing kept is used then. */
  healthy = false;
  private writingCount = 0;
  private last: string | null = null;
  private clearAgain = false;
  private polling = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly log: Log,
    public checkBeforeUse: boolean,
  ) {}

  /** Calls `listener` whenever the generation moves (to drop what it keeps at once). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the stamp; moves the generation if it moved since the last check (and once more after). */
  async check(): Promise<void> {
    try {
      const now = await readContentVersion(this.db);
      const moved = this.last !== null && now !== this.last;
      this.last = now;
      this.healthy = true;
      if (moved || this.clearAgain) this.move();
      this.clearAgain = moved;
    } catch (error) {
      if (this.healthy) this.log.error({ err: error }, 'reading the content stamp failed; nothing is kept until it can be read');
      this.healthy = false;
      this.move();
    }
  }

  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    await this.check().finally(() => (this.polling = false));
  }

  /**
   * A write of this process starts: until it ends, `KeptReads` neither use nor keep anything (the
   * write's own request may read what it changed). At its end the stamp is read, so whoever asks
   * next sees the change.
   */
  startWrite(): () => Promise<void> {
    this.writingCount += 1;
    let ended = false;
    return async () => {
      if (ended) return;
      ended = true;
      try {
        await this.check();
      } finally {
        this.writingCount -= 1;
      }
    };
  }

  /** Whether a write of this process is under way. */
  get writing(): boolean {
    return this.writingCount > 0;
  }

  /**
   * The generation under which something kept may be used and kept now, or null when nothing may
   * (the stamp unreadable). Reads the stamp first when following by checks.
   */
  async current(): Promise<number | null> {
    if (this.checkBeforeUse) await this.check();
    return this.healthy ? this.generation : null;
  }

  /** Whether something read under `generation` may still be used: nothing moved since. */
  stillAt(generation: number): boolean {
    return this.healthy && this.generation === generation;
  }

  private move(): void {
    this.generation += 1;
    for (const listener of this.listeners) listener();
  }
}

const followers = new WeakMap<object, { follower: ContentFollower; users: number; stop: () => void }>();

/**
 * Follows the stamp of `db` (one follower per database object, shared by the apps built on it: one
 * that checks before use makes it check). Returns the follower and the function that stops following.
 */
export function followContent(db: Kysely<DB>, log: Log, options: FollowOptions): { follower: ContentFollower; stop: () => void } {
  const existing = followers.get(db);
  if (existing) {
    existing.users += 1;
    if (options.pollMs === 0) existing.follower.checkBeforeUse = true;
    return { follower: existing.follower, stop: () => release(db) };
  }
  const follower = new ContentFollower(db, log, options.pollMs === 0);
  let timer: NodeJS.Timeout | undefined;
  if (options.pollMs > 0) {
    timer = setInterval(() => void follower.poll(), options.pollMs);
    timer.unref();
  }
  followers.set(db, { follower, users: 1, stop: () => clearInterval(timer) });
  return { follower, stop: () => release(db) };
}

function release(db: object): void {
  const entry = followers.get(db);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  entry.stop();
  followers.delete(db);
}

/** The follower of `db`, if a server follows it; without one, nothing read from it may be kept. */
export function contentFollowerOf(db: object): ContentFollower | undefined {
  return followers.get(db)?.follower;
}

/**
 * Reads kept in memory per database and key while the content stamp stays where it was (a year's
 * plan, say). Concurrent asks share one read. Without a follower, inside a transaction, or while a
 * write of this process is under way, every ask reads.
 */
export class KeptReads<V> {
  private readonly kept = new WeakMap<object, Map<string, { generation: number; value: Promise<V> }>>();

  constructor(private readonly maxKeys = 100) {}

  async get(db: Kysely<DB>, key: string, read: () => Promise<V>): Promise<V> {
    const follower = db.isTransaction ? undefined : contentFollowerOf(db);
    if (!follower || follower.writing) return read();
    const generation = await follower.current();
    if (generation === null) return read();
    let entries = this.kept.get(db);
    if (!entries) this.kept.set(db, (entries = new Map()));
    const found = entries.get(key);
    if (found && found.generation === generation) return found.value;
    const value = read();
    const entry = { generation, value };
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > this.maxKeys) entries.delete(entries.keys().next().value as string);
    value.then(
      () => {
        if (!follower.stillAt(generation) && entries.get(key) === entry) entries.delete(key);
      },
      () => {
        if (entries.get(key) === entry) entries.delete(key);
      },
    );
    return value;
  }
}
