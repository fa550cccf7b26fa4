/**
 * Generated data, ready for a benchmark: an embedded data directory per scale kept under
 * bench/.data/scale-N (gitignored) and reused while the generator's sources, the seed and the
 * migrations are unchanged; or a fresh database on a PostgreSQL server, created here and dropped
 * when the benchmark is done.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import type { Deps } from '../../src/deps';
import { loadGroupSettings } from '../../src/features/group-settings/group-settings.service';
import { openJobQueue } from '../../src/jobs/queue';
import { systemClock } from '../../src/lib/clock';
import { silentLogger } from '../../src/lib/logger';
import { generateGroupData, type GeneratedData, type GenerateOptions } from './generate';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const cacheDir = join(root, 'bench/.data');
/** What the generated data depends on: a change to any of these files makes a new data set. */
const sourceDirs = ['bench/data', 'seed', 'src/db/migrations'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of sourceDirs.flatMap((dir) => filesUnder(join(root, dir))).sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

interface Manifest {
  hash: string;
  data: GeneratedData;
  generatedIn: number;
}

async function withGenerationDeps<T>(database: Database, dataDir: string, work: (deps: Deps) => Promise<T>): Promise<T> {
  await migrateToLatest(database.db);
  const config = loadConfig({ ICAT_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ICAT_SEED: 'false' });
  const jobs = await openJobQueue(database.db, { workers: false });
  try {
    const deps: Deps = { db: database.db, config, clock: systemClock, log: silentLogger, jobs };
    await loadGroupSettings(deps);
    return await work(deps);
  } finally {
    await jobs.stop();
  }
}

async function generateInto(database: Database, dataDir: string, options: GenerateOptions): Promise<GeneratedData> {
  return withGenerationDeps(database, dataDir, (deps) => generateGroupData(deps, options));
}

export interface PreparedData {
  data: GeneratedData;
  /** Seconds the generation took, or null when the cached copy was used. */
  generatedIn: number | null;
}

/** The embedded data directory of a scale, generated now unless a copy made from the same sources is cached. */
export async function embeddedScaleData(options: GenerateOptions): Promise<PreparedData & { dataDir: string }> {
  const dataDir = join(cacheDir, `scale-${options.scale}`);
  const manifestPath = `${dataDir}.json`;
  const hash = sourcesHash();
  if (existsSync(manifestPath) && existsSync(dataDir)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.hash === hash) return { dataDir, data: manifest.data, generatedIn: null };
  }
  mkdirSync(cacheDir, { recursive: true });
  const building = `${dataDir}.building`;
  rmSync(building, { recursive: true, force: true });
  const start = performance.now();
  // Finalizing the report at 10× and more holds its transaction longer than the session server's 5 s
  // between two statements (building the frozen copies), and is disconnected: generation allows more.
  const database = await openDatabase({ dataDir: building, sessionLimits: { idleInTransactionMs: 10 * 60_000 } });
  let data: GeneratedData;
  try {
    data = await generateInto(database, building, options);
  } finally {
    await database.close();
  }
  const generatedIn = Math.round((performance.now() - start) / 100) / 10;
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(building, dataDir);
  writeFileSync(manifestPath, `${JSON.stringify({ hash, data, generatedIn } satisfies Manifest, null, 2)}\n`);
  return { dataDir, data, generatedIn };
}

/** A copy of a cached data directory to run a server on, so that the cache itself is never written. */
export function copyDataDir(dataDir: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'icat-bench-data-'));
  cpSync(dataDir, dir, { recursive: true, filter: (source) => !isSocketOrLock(source) });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function isSocketOrLock(path: string): boolean {
  try {
    return statSync(path).isSocket() || /\.s\.PGSQL\.\d+(\.lock)?$|\.lock$/.test(path);
  } catch {
    return true;
  }
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on the server of `serverUrl` (named icat_bench_scale_N_<pid>), generated at the
 * scale; `drop()` removes it. Not cached: a server's database is created and dropped for each run.
 */
export async function serverScaleData(serverUrl: string, options: GenerateOptions): Promise<PreparedData & { databaseUrl: string; drop(): Promise<void> }> {
  const name = `icat_bench_scale_${options.scale}_${process.pid}`;
  await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const databaseUrl = withDatabaseName(serverUrl, name);
  const scratch = mkdtempSync(join(tmpdir(), 'icat-bench-pg-'));
  const start = performance.now();
  const database = await openDatabase({ dataDir: scratch, databaseUrl });
  try {
    const data = await generateInto(database, scratch, options);
    const generatedIn = Math.round((performance.now() - start) / 100) / 10;
    return { data, generatedIn, databaseUrl, drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  } finally {
    await database.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
