/**
 * Keeps what a process holds in memory in step with changes another process makes to the database
 * (the command line, another instance): every `intervalMs`, a cheap stamp is read, and when it
 * differs from the last one the data is read again. Returns the function that stops watching.
 */
export interface ChangeWatch {
  /** A value that changes whenever the watched data changes (a count and a latest time, say). */
  stamp(): Promise<string>;
  reload(): Promise<unknown>;
  onError(error: unknown): void;
  intervalMs: number;
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
  return () => clearInterval(timer);
}
