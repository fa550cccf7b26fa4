/**
 * Serves one PGlite to many clients on a Unix socket without ever mixing their statements.
 *
 * PGlite is a single PostgreSQL session. A connection therefore owns that session from its first
 * message until PostgreSQL answers ReadyForQuery with the status "idle" (no transaction open);
 * every other connection waits its turn, first come first served. Two bounds keep one client from
 * stalling everyone:
 * - waiting: a connection that has waited longer than `waitTimeoutMs` is answered, without running
 *   anything, with SQLSTATE 55P03 ("the database is busy"), which the app turns into a 503;
 * - holding: a connection that holds a transaction open without sending anything for longer than
 *   `idleInTransactionMs` is disconnected (SQLSTATE 25P03) and its transaction rolled back.
 * When a connection goes away while it owns the session, its unfinished exchange and transaction are
 * closed before the next connection is served.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import {
  endsExchange,
  errorResponse,
  isStartupMessage,
  isTerminate,
  lastReadyStatus,
  queryMessage,
  readyForQuery,
  syncMessage,
  takeStartupFrame,
  takeTypedFrames,
  type TransactionStatus,
} from './wire';

export const busySqlState = '55P03';
export const heldTooLongSqlState = '25P03';

export interface SessionServerOptions {
  pglite: PGlite;
  socketPath: string;
  waitTimeoutMs: number;
  idleInTransactionMs: number;
  maxConnections: number;
  onProblem?: (message: string) => void;
}

type ConnectionState = 'idle' | 'waiting' | 'owning' | 'closed';

class Connection {
  buffer: Buffer = Buffer.alloc(0);
  started = false;
  frames: Buffer[] = [];
  state: ConnectionState = 'idle';
  /** Messages have gone to PGlite since its last ReadyForQuery. */
  exchangeOpen = false;
  /** Told that the database is busy: the rest of this exchange is dropped unanswered. */
  discarding = false;
  pumping = false;
  closing = false;
  timer: NodeJS.Timeout | undefined;

  constructor(readonly socket: Socket) {}

  setTimer(ms: number, onTimeout: () => void): void {
    this.clearTimer();
    this.timer = setTimeout(onTimeout, ms);
  }

  clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  send(bytes: Buffer): void {
    if (bytes.length > 0 && !this.socket.destroyed) this.socket.write(bytes);
  }
}

export class SessionServer {
  readonly #options: SessionServerOptions;
  readonly #server: Server;
  readonly #connections = new Set<Connection>();
  readonly #waiting: Connection[] = [];
  #owner: Connection | null = null;
  #status: TransactionStatus = 'I';

  constructor(options: SessionServerOptions) {
    this.#options = options;
    this.#server = createServer((socket) => this.#accept(socket));
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.#options.socketPath, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
  }

  /** Stops accepting, disconnects every client and leaves the session idle. */
  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const connection of this.#connections) connection.socket.destroy();
    await closed;
    await this.#options.pglite.runExclusive(async () => undefined);
  }

  #accept(socket: Socket): void {
    if (this.#connections.size >= this.#options.maxConnections) {
      socket.end(errorResponse('FATAL', '53300', 'Too many connections to the embedded database.'));
      return;
    }
    const connection = new Connection(socket);
    this.#connections.add(connection);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#receive(connection, chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.#onClose(connection));
  }

  #receive(connection: Connection, chunk: Buffer): void {
    if (connection.closing) return;
    connection.buffer = connection.buffer.length === 0 ? chunk : Buffer.concat([connection.buffer, chunk]);
    try {
      if (!connection.started && !this.#takeStartup(connection)) return;
      const { frames, rest } = takeTypedFrames(connection.buffer);
      connection.buffer = rest;
      for (const frame of frames) this.#takeFrame(connection, frame);
    } catch {
      connection.socket.destroy();
      return;
    }
    this.#schedule(connection);
  }

  /** Handles what comes before the startup message; false while the startup message is incomplete. */
  #takeStartup(connection: Connection): boolean {
    for (;;) {
      const taken = takeStartupFrame(connection.buffer);
      if (!taken) return false;
      connection.buffer = taken.rest;
      const { frame } = taken;
      if (frame.kind === 'encryption-request') {
        connection.send(Buffer.from('N'));
        continue;
      }
      if (frame.kind === 'startup') {
        connection.started = true;
        connection.frames.push(frame.bytes);
        return true;
      }
      if (frame.kind === 'unsupported') connection.send(errorResponse('FATAL', '08P01', 'Unsupported protocol.'));
      connection.socket.destroy(); // a cancel request asks for no answer: PGlite cannot cancel
      return false;
    }
  }

  #takeFrame(connection: Connection, frame: Buffer): void {
    if (isTerminate(frame)) {
      connection.socket.end();
      return;
    }
    if (connection.discarding) {
      if (endsExchange(frame)) {
        connection.discarding = false;
        this.#answerBusy(connection);
      }
      return;
    }
    connection.frames.push(frame);
  }

  #schedule(connection: Connection): void {
    if (connection.frames.length === 0 || connection.closing) return;
    if (connection.state === 'owning') void this.#pump(connection);
    else if (connection.state === 'idle') this.#request(connection);
  }

  #request(connection: Connection): void {
    if (this.#owner === null) {
      this.#grant(connection);
      return;
    }
    connection.state = 'waiting';
    this.#waiting.push(connection);
    connection.setTimer(this.#options.waitTimeoutMs, () => this.#giveUpWaiting(connection));
  }

  #grant(connection: Connection): void {
    connection.clearTimer();
    connection.state = 'owning';
    this.#owner = connection;
    void this.#pump(connection);
  }

  #release(connection: Connection): void {
    if (this.#owner !== connection) return;
    this.#owner = null;
    if (connection.state === 'owning') connection.state = 'idle';
    const next = this.#waiting.shift();
    if (next) this.#grant(next);
  }

  /** Runs the owner's messages in order; keeps the session until PostgreSQL is idle again. */
  async #pump(connection: Connection): Promise<void> {
    if (connection.pumping) return;
    connection.pumping = true;
    connection.clearTimer();
    try {
      while (connection.state === 'owning' && !connection.closing && connection.frames.length > 0) {
        const frame = connection.frames.shift() as Buffer;
        connection.send(await this.#execute(frame));
      }
    } catch (error) {
      this.#options.onProblem?.(`The embedded database failed on a client's message: ${(error as Error).message}`);
      connection.socket.destroy();
    } finally {
      connection.pumping = false;
    }
    if (connection.closing) {
      await this.#finish(connection);
      return;
    }
    if (connection.state !== 'owning') return;
    if (connection.frames.length > 0) {
      void this.#pump(connection);
    } else if (!connection.exchangeOpen && this.#status === 'I') {
      this.#release(connection);
    } else {
      connection.setTimer(this.#options.idleInTransactionMs, () => this.#disconnectHolder(connection));
    }
  }

  async #execute(frame: Buffer): Promise<Buffer> {
    const { pglite } = this.#options;
    const chunks: Buffer[] = [];
    await pglite.runExclusive(() =>
      pglite.execProtocolRawStream(new Uint8Array(frame.buffer, frame.byteOffset, frame.length), {
        onRawData: (data) => chunks.push(Buffer.from(data)),
      }),
    );
    const output = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    const status = lastReadyStatus(output);
    const owner = this.#owner;
    if (status) {
      this.#status = status;
      if (owner) owner.exchangeOpen = false;
    } else if (owner) {
      owner.exchangeOpen = true;
    }
    return output;
  }

  #giveUpWaiting(connection: Connection): void {
    const index = this.#waiting.indexOf(connection);
    if (index < 0) return;
    this.#waiting.splice(index, 1);
    connection.state = 'idle';
    if (connection.frames[0] && isStartupMessage(connection.frames[0])) {
      connection.send(this.#busyError('FATAL'));
      connection.socket.destroy();
      return;
    }
    const end = connection.frames.findIndex(endsExchange);
    if (end < 0) {
      connection.frames = [];
      connection.discarding = true;
      return;
    }
    connection.frames = connection.frames.slice(end + 1);
    this.#answerBusy(connection);
    this.#schedule(connection);
  }

  #answerBusy(connection: Connection): void {
    connection.send(Buffer.concat([this.#busyError('ERROR'), readyForQuery('I')]));
  }

  #busyError(severity: 'ERROR' | 'FATAL'): Buffer {
    const seconds = Math.round(this.#options.waitTimeoutMs / 1000);
    return errorResponse(severity, busySqlState, `The embedded database stayed busy for ${seconds} s; try again.`);
  }

  #disconnectHolder(connection: Connection): void {
    if (this.#owner !== connection || connection.pumping || connection.frames.length > 0) return;
    const seconds = Math.round(this.#options.idleInTransactionMs / 1000);
    connection.send(errorResponse('FATAL', heldTooLongSqlState, `A transaction was held open for ${seconds} s without a statement; it was rolled back and the connection closed.`));
    connection.socket.destroy();
  }

  #onClose(connection: Connection): void {
    if (connection.closing) return;
    connection.closing = true;
    connection.clearTimer();
    connection.frames = [];
    this.#connections.delete(connection);
    if (!connection.pumping) void this.#finish(connection);
  }

  /** A connection has gone: gives up its place in line, or closes what it left open and passes the session on. */
  async #finish(connection: Connection): Promise<void> {
    const wasOwner = this.#owner === connection;
    const index = this.#waiting.indexOf(connection);
    if (index >= 0) this.#waiting.splice(index, 1);
    connection.state = 'closed';
    if (!wasOwner) return;
    try {
      if (connection.exchangeOpen) await this.#execute(syncMessage());
      if (this.#status !== 'I') await this.#execute(queryMessage('ROLLBACK'));
    } catch (error) {
      this.#options.onProblem?.(`Could not roll back a departed client's transaction: ${(error as Error).message}`);
    }
    this.#release(connection);
  }
}
