/**
 * Keeps what a process holds in memory in step with changes another process makes to the database
 * (the command line, another instance): every `intervalMs`, a cheap stamp is read, and when it
 * differs from the last one the data is read again. Returns the function that stops watching.
 *
 * `checkWatchedNow()` asks every watch for its stamp at once: the page cache calls it when the
 * database's content stamp moves (src/http/page-cache.ts), so another process's change to the
 * group's settings, messages or vocabularies shows within a fraction of a second, and the interval
 * is only the fallback.
 */
export interface ChangeWatch {
  /** A value that changes whenever the watched data changes (a count and a latest time, say). */
  stamp(): Promise<string>;
  reload(): Promise<unknown>;
  onError(error: unknown): void;
  intervalMs: number;
}

const activeChecks = new Set<() => Promise<void>>();

export function checkWatchedNow(): void {
  for (const check of activeChecks) void check();
}

export function watchForChanges({ stamp, reload, onError, intervalMs }: ChangeWatch): () => void {
  let last: string | null = null;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const now = await stamp();
      if (last !== null && now !== last) await reload();
      last = now;
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  activeChecks.add(check);
  return () => {
    clearInterval(timer);
    activeChecks.delete(check);
  };
}
