import { write, writeSync } from 'node:fs';

/** The slice of a logger that services use; fastify's logger and the console one below both fit. */
export interface Logger {
  info(message: string | object, ...rest: unknown[]): void;
  warn(message: string | object, ...rest: unknown[]): void;
  error(message: string | object, ...rest: unknown[]): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(typeof message === 'string' ? message : JSON.stringify(message)),
  warn: (message) => console.warn(typeof message === 'string' ? message : JSON.stringify(message)),
  error: (message) => console.error(typeof message === 'string' ? message : JSON.stringify(message)),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Where the server's log lines go: standard output, written in batches from libuv's thread pool
 * instead of one synchronous write per line on the thread that answers requests. Lines keep their
 * order (an error, written at once, may overtake the batch being written); `flushSync` writes what is pending before the process ends (it is also called on exit).
 */
export class BufferedLogStream {
  private pending: string[] = [];
  private writing = false;
  private readonly onExit = () => this.flushSync();

  constructor(
    private readonly fd = 1,
    private readonly maxPendingBytes = 1024 * 1024,
  ) {
    process.once('exit', this.onExit);
  }

  private pendingBytes = 0;

  write(line: string): boolean {
    this.pending.push(line);
    this.pendingBytes += line.length;
    // An error is written at once (the process may be about to end because of it), and so is a
    // backlog that the output cannot take fast enough, rather than growing without bound.
    if (isErrorLine(line) || this.pendingBytes >= this.maxPendingBytes) this.flushSync();
    else if (!this.writing) {
      this.writing = true;
      setImmediate(() => this.writeBatch());
    }
    return true;
  }

  private writeBatch(): void {
    if (this.pending.length === 0) {
      this.writing = false;
      return;
    }
    const batch = Buffer.from(this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
    writeAll(this.fd, batch, () => this.writeBatch());
  }

  /** Writes whatever is still pending, now (at close, and on exit). */
  flushSync(): void {
    const rest = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    if (rest) {
      try {
        writeSync(this.fd, rest);
      } catch {
        /* standard output is gone: nothing to tell */
      }
    }
  }
}

/** pino writes `{"level":50,...` for errors, 60 for fatal. */
function isErrorLine(line: string): boolean {
  const level = /^\{"level":(\d+)/.exec(line)?.[1];
  return level !== undefined && Number(level) >= 50;
}

function writeAll(fd: number, buffer: Buffer, done: () => void): void {
  write(fd, buffer, (error, written) => {
    if (error?.code === 'EAGAIN') return setTimeout(() => writeAll(fd, buffer, done), 10);
    if (error || written >= buffer.length) return done();
    writeAll(fd, buffer.subarray(written), done);
  });
}
