/**
 * The Database: PostgreSQL everywhere. Embedded PGlite by default, or a PostgreSQL server when
 * DATABASE_URL is set. The process that owns an embedded database runs PGlite in a thread of its own
 * and serves it on a Unix socket in the data directory (see embedded/session-server.ts); every
 * connection, the owner's own pool included, goes through that socket, so a connection has the
 * single session to itself from its first message until its transaction ends.
 */
import { chmodSync, existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { AppError } from '../lib/errors';
import type { OwnerWorkerData, OwnerWorkerMessage } from './embedded/owner-worker';
import { acquireDirectoryLock } from './lock';
import type { DB } from './schema';
import { localized } from '../lib/i18n';

export type { DB };
/** What repositories take: the database or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  /** embedded-owner: this process holds the data directory; embedded-client: it talks to the owner. */
  access: 'embedded-owner' | 'embedded-client' | 'server';
  db: Kysely<DB>;
  location: string;
  /** The embedded owner only: writes its data directory to one tarball, which `startFrom` can open. */
  saveDataDir?(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Tests use a throwaway in-memory PGlite, still served on a socket in dataDir. */
  inMemory?: boolean;
  /** With inMemory: start from a tarball written by saveDataDir (tests start from a migrated copy). */
  startFrom?: string;
  /** Bounds on sharing the embedded session (tests shorten them). */
  sessionLimits?: Partial<SessionLimits>;
}

export interface SessionLimits {
  /** How long a connection waits for the embedded session before it is told the database is busy. */
  waitTimeoutMs: number;
  /** How long a client may hold a transaction open without sending a statement. */
  idleInTransactionMs: number;
}

export const defaultSessionLimits: SessionLimits = { waitTimeoutMs: 10_000, idleInTransactionMs: 5_000 };

const socketPort = 5432;
const maxUnixSocketPath = 100;

const typeParsers: Record<number, (value: string) => unknown> = {
  20: Number, // int8: counts and ids stay far below 2^53
  1700: Number, // numeric: indicator values
  1082: (value) => value, // date: keep 'YYYY-MM-DD', never shift it through a time zone
};
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => typeParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function kyselyOn(pool: pg.Pool): Kysely<DB> {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a valid URL)';
  }
}

/** Checks that a pool reaches its database; if not, closes it and throws the error made from the reason. */
async function ensureAnswers(pool: pg.Pool, failure: (reason: string) => AppError): Promise<void> {
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw failure((error as Error).message);
  }
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openServerDatabase(options.databaseUrl) : openEmbeddedDatabase(options);
}

export async function openServerDatabase(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, connectionTimeoutMillis: 5000 });
  keepLostConnectionsFromStopping(pool);
  await ensureAnswers(pool, (reason) => new AppError('DATABASE_UNREACHABLE', localized('raised.db.unreachable', { url: redactUrl(url), reason })));
  const db = kyselyOn(pool);
  return { kind: 'postgres', access: 'server', db, location: redactUrl(url), close: () => db.destroy() };
}

export async function openEmbeddedDatabase(options: OpenOptions): Promise<Database> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const socketPath = join(dataDir, `.s.PGSQL.${socketPort}`);
  if (socketPath.length > maxUnixSocketPath) {
    throw new AppError('CONFIG_INVALID', localized('raised.db.socketPath', { length: socketPath.length }));
  }
  const lock = acquireDirectoryLock(dataDir);
  if (!lock.acquired) return connectToOwner(dataDir, lock.ownerPid);
  try {
    const limits = { ...defaultSessionLimits, ...options.sessionLimits };
    const pgdata = options.inMemory ? 'memory://' : join(dataDir, 'pgdata');
    return await startOwner({ dataDir, socketPath, pgdata, startFrom: options.startFrom, limits }, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

interface OwnerPlace {
  dataDir: string;
  socketPath: string;
  pgdata: string;
  startFrom: string | undefined;
  limits: SessionLimits;
}

async function startOwner({ dataDir, socketPath, pgdata, startFrom, limits }: OwnerPlace, releaseLock: () => void): Promise<Database> {
  if (existsSync(socketPath)) unlinkSync(socketPath); // left by an owner that crashed; we hold the lock now
  const worker = await startOwnerWorker({ pgdata, socketPath, startFrom, maxConnections: 64, ...limits });
  chmodSync(socketPath, 0o600);
  const pool = socketPool(dataDir, 8, limits.waitTimeoutMs);
  const db = kyselyOn(pool);
  return {
    kind: 'pglite',
    access: 'embedded-owner',
    db,
    location: dataDir,
    saveDataDir: (path) => worker.save(path),
    async close() {
      await db.destroy();
      await worker.close();
      releaseLock();
    },
  };
}

/**
 * The worker's module is this file's sibling, in TypeScript when the sources run directly (through
 * tsx, which a worker thread registers for itself), in JavaScript once built.
 */
const workerBootstrap = `
const { workerData } = require('node:worker_threads');
const compiling = workerData.tsxApi ? import(workerData.tsxApi).then(({ register }) => register()) : Promise.resolve();
compiling.then(() => import(workerData.entry));
`;
const ownerWorkerEntry = new URL(`./embedded/owner-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function tsxApiUrl(): string | undefined {
  if (!ownerWorkerEntry.pathname.endsWith('.ts')) return undefined;
  const require = createRequire(import.meta.url);
  return pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
}

interface OwnerWorker {
  save(path: string): Promise<void>;
  close(): Promise<void>;
}

async function startOwnerWorker(data: OwnerWorkerData): Promise<OwnerWorker> {
  const worker = new Worker(workerBootstrap, {
    eval: true,
    workerData: { ...data, tsxApi: tsxApiUrl(), entry: ownerWorkerEntry.href },
  });
  let closing = false;
  const closed = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: OwnerWorkerMessage) => {
      if (message.type === 'ready') resolve();
      else if (message.type === 'failed') reject(new AppError('DATABASE_UNREACHABLE', localized('raised.db.embeddedFailed', { reason: message.message })));
      else if (message.type === 'problem') console.error(message.message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (closing) return;
      reject(new AppError('DATABASE_UNREACHABLE', localized('raised.db.embeddedStopped', { code: String(code) })));
      console.error(localized('raised.db.threadStopped', { code: String(code) }));
    });
  });
  return {
    save(path) {
      return new Promise<void>((resolve, reject) => {
        const whenSaved = (message: OwnerWorkerMessage) => {
          if (message.type !== 'saved') return;
          worker.off('message', whenSaved);
          if (message.error) reject(new Error(localized('raised.db.saveFailed', { path, reason: message.error })));
          else resolve();
        };
        worker.on('message', whenSaved);
        worker.postMessage({ type: 'save', path });
      });
    },
    async close() {
      closing = true;
      worker.postMessage({ type: 'close' });
      const stopped = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref())]);
      if (!stopped) await worker.terminate();
    },
  };
}

function socketPool(dataDir: string, max: number, waitTimeoutMs: number): pg.Pool {
  const pool = new pg.Pool({
    host: dataDir,
    port: socketPort,
    user: 'postgres',
    database: 'postgres',
    max,
    types,
    connectionTimeoutMillis: waitTimeoutMs,
  });
  keepLostConnectionsFromStopping(pool);
  return pool;
}

/**
 * A connection the database closes (a server restart, or the embedded session server ending a
 * transaction left idle too long) must fail its query, not stop the process. The pool listens for
 * that only while a client is idle; a client in use gets its own listener, and its query reports it.
 */
function keepLostConnectionsFromStopping(pool: pg.Pool): void {
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
}

async function connectToOwner(dataDir: string, ownerPid: number): Promise<Database> {
  const pool = socketPool(dataDir, 2, defaultSessionLimits.waitTimeoutMs);
  await ensureAnswers(pool, (reason) => new AppError('DATABASE_LOCKED', localized('raised.db.locked', { dir: dataDir, pid: String(ownerPid), reason })));
  const db = kyselyOn(pool);
  return { kind: 'pglite', access: 'embedded-client', db, location: dataDir, close: () => db.destroy() };
}
