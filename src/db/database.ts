/**
 * The Database: PostgreSQL everywhere. Embedded PGlite by default (one owner process serves it on a
 * Unix socket in the data directory, and every connection, the owner's own included, goes through
 * that socket so transactions never interleave), or a PostgreSQL server when DATABASE_URL is set.
 */
import { chmodSync, existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { AppError } from '../lib/errors';
import { acquireDirectoryLock } from './lock';
import type { DB } from './schema';

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
  close(): Promise<void>;
}

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Tests use a throwaway in-memory PGlite, still served on a socket in dataDir. */
  inMemory?: boolean;
}

const socketPort = 5432;
const maxUnixSocketPath = 100;

const typeParsers: Record<number, (value: string) => unknown> = {
  20: Number, // int8: counts and ids stay far below 2^53
  1700: Number, // numeric: indicator values
  1082: (value) => value, // date: keep 'YYYY-MM-DD', never shift it through a time zone
};
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    typeParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
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
  pool.on('error', () => {
    /* an idle client lost its server; the next query reports it */
  });
  await ensureAnswers(pool, (reason) =>
    new AppError('DATABASE_UNREACHABLE', `Cannot reach the PostgreSQL server in DATABASE_URL (${redactUrl(url)}): ${reason}`),
  );
  const db = kyselyOn(pool);
  return { kind: 'postgres', access: 'server', db, location: redactUrl(url), close: () => db.destroy() };
}

export async function openEmbeddedDatabase(options: OpenOptions): Promise<Database> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const socketPath = join(dataDir, `.s.PGSQL.${socketPort}`);
  if (socketPath.length > maxUnixSocketPath) {
    throw new AppError('CONFIG_INVALID', `ICAT_DATA_DIR is too long for a Unix socket path (${socketPath.length} characters); choose a shorter directory.`);
  }
  const lock = acquireDirectoryLock(dataDir);
  if (!lock.acquired) return connectToOwner(dataDir, lock.ownerPid);
  try {
    return await startOwner(dataDir, socketPath, options.inMemory ?? false, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function startOwner(dataDir: string, socketPath: string, inMemory: boolean, releaseLock: () => void): Promise<Database> {
  const pglite = await PGlite.create(inMemory ? 'memory://' : join(dataDir, 'pgdata'));
  if (existsSync(socketPath)) unlinkSync(socketPath); // left by an owner that crashed; we hold the lock now
  const server = new PGLiteSocketServer({ db: pglite, path: socketPath, maxConnections: 32 });
  await server.start();
  chmodSync(socketPath, 0o600);
  const pool = socketPool(dataDir, 8);
  const db = kyselyOn(pool);
  return {
    kind: 'pglite',
    access: 'embedded-owner',
    db,
    location: dataDir,
    async close() {
      await db.destroy();
      await server.stop();
      await pglite.close();
      releaseLock();
    },
  };
}

function socketPool(dataDir: string, max: number): pg.Pool {
  const pool = new pg.Pool({ host: dataDir, port: socketPort, user: 'postgres', database: 'postgres', max, types });
  pool.on('error', () => undefined);
  return pool;
}

async function connectToOwner(dataDir: string, ownerPid: number): Promise<Database> {
  const pool = socketPool(dataDir, 2);
  await ensureAnswers(pool, (reason) =>
    new AppError('DATABASE_LOCKED', `The data directory ${dataDir} is held by process ${ownerPid}, which does not answer on its socket (${reason}).`),
  );
  const db = kyselyOn(pool);
  return { kind: 'pglite', access: 'embedded-client', db, location: dataDir, close: () => db.destroy() };
}
