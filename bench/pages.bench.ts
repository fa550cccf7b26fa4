/**
 * The platform under load at 1×, 10× and 100× of a group's data: for each main page (public, signed in
 * as a focal point, the JSON API with a token), req/s and p50/p95/p99 at 50 keep-alive connections
 * against `icat serve` in a process of its own, beside a bare Fastify process sending the same bytes;
 * the exports; the annual report; the server's resident memory. Prints a table per scale and writes
 * bench/results/latest.json (and a dated copy).
 *
 *   npm run bench -- pages [--scale 1,10,100] [--seconds 3] [--connections 50] [--database-url postgres://…]
 *
 * With --database-url, each scale is generated into a fresh database on that server (dropped after).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyDataDir, embeddedScaleData, serverScaleData } from './data/cache';
import { scales as allScales, type GeneratedData } from './data/generate';
import { request, runLoad, type LoadOptions } from './pages/load';
import { exportsOf, pagesOf, signIn, targetOf, type Credentials, type Page } from './pages/pages';
import { startBare, startPlatform, type Child } from './pages/processes';
import { timeReport } from './pages/report-timing';
import { machine, printScale, writeResults, type ExportResult, type PageResult, type ScaleResult } from './pages/results';
import type { Snapshot } from './pages/bare-server';

export interface BenchOptions {
  scales?: number[];
  seconds?: number;
  connections?: number;
  databaseUrl?: string;
}

interface Where {
  env: { ICAT_DATA_DIR: string; DATABASE_URL?: string };
  data: GeneratedData;
  generatedIn: number | null;
  release(): Promise<void>;
}

async function prepare(scale: number, options: BenchOptions, scratch: string): Promise<Where> {
  const onStep = (step: string) => console.log(`  generating ${scale}×: ${step}`);
  if (options.databaseUrl) {
    const prepared = await serverScaleData(options.databaseUrl, { scale, onStep });
    return { env: { ICAT_DATA_DIR: join(scratch, 'data'), DATABASE_URL: prepared.databaseUrl }, data: prepared.data, generatedIn: prepared.generatedIn, release: prepared.drop };
  }
  const prepared = await embeddedScaleData({ scale, onStep });
  const copy = copyDataDir(prepared.dataDir);
  return { env: { ICAT_DATA_DIR: copy.dir }, data: prepared.data, generatedIn: prepared.generatedIn, release: async () => copy.remove() };
}

const bareKey = (page: Page) => `/${page.audience}${page.path}`;

/** Each page once, as the load will ask for it: what the bare server will send, and which pages answer. */
async function snapshot(platform: Child, pages: Page[], credentials: Credentials): Promise<{ results: PageResult[]; snapshots: Snapshot[] }> {
  const results: PageResult[] = [];
  const snapshots: Snapshot[] = [];
  for (const page of pages) {
    const answer = await request(targetOf(platform.url, page, credentials));
    const encoding = (answer.headers['content-encoding'] as string | undefined) ?? null;
    const headers: Record<string, string> = { 'content-type': String(answer.headers['content-type'] ?? 'text/html; charset=utf-8') };
    if (encoding) headers['content-encoding'] = encoding;
    snapshots.push({ path: bareKey(page), status: answer.status, headers, body: answer.body.toString('base64') });
    results.push({ audience: page.audience, path: page.path, status: answer.status, kb: answer.body.length / 1024, contentEncoding: encoding, skipped: answer.status < 200 || answer.status >= 300 });
  }
  return { results, snapshots };
}

async function loadRound(platform: Child, bare: Child | null, pages: Page[], results: PageResult[], credentials: Credentials, load: LoadOptions, round: 1 | 2): Promise<void> {
  for (const [index, page] of pages.entries()) {
    const result = results[index] as PageResult;
    if (result.skipped) continue;
    const measured = await runLoad(targetOf(platform.url, page, credentials), load);
    if (round === 2) {
      result.secondRound = measured;
      continue;
    }
    result.platform = measured;
    if (bare) {
      result.bare = await runLoad({ url: `${bare.url}${bareKey(page)}` }, load);
      result.ratio = result.bare.rps > 0 ? measured.rps / result.bare.rps : 0;
    }
    process.stdout.write(`  ${page.audience} ${page.path}: ${Math.round(measured.rps)} req/s\n`);
  }
}

async function timeExports(platform: Child, data: GeneratedData): Promise<ExportResult[]> {
  const results: ExportResult[] = [];
  for (const path of exportsOf(data)) {
    const start = performance.now();
    const answer = await request({ url: `${platform.url}${path}`, headers: { authorization: `Bearer ${data.admin.token}` } });
    results.push({ path, status: answer.status, ms: Math.round(performance.now() - start), kb: Math.round(answer.body.length / 1024) });
  }
  return results;
}

async function runScale(scale: number, options: BenchOptions, load: LoadOptions): Promise<ScaleResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'icat-bench-pages-'));
  const where = await prepare(scale, options, scratch);
  const { data } = where;
  let platform: Child | null = null;
  let bare: Child | null = null;
  try {
    console.log(`  ${scale}×: starting icat serve (log: ${scratch}/server.log)`);
    const started = await startPlatform(where.env, join(scratch, 'server.log'));
    platform = started;
    const afterStart = started.residentMb();
    const credentials: Credentials = {
      cookie: await signIn(started.url, data.focalPoint.email, data.focalPoint.password),
      focalPointBearer: `Bearer ${data.focalPoint.token}`,
      adminBearer: `Bearer ${data.admin.token}`,
    };
    const pages = pagesOf(data);
    const { results, snapshots } = await snapshot(started, pages, credentials);
    const snapshotFile = join(scratch, 'snapshots.json');
    writeFileSync(snapshotFile, JSON.stringify(snapshots));
    bare = await startBare(snapshotFile, join(scratch, 'bare.log'));
    await loadRound(started, bare, pages, results, credentials, load, 1);
    const afterRound1 = started.residentMb();
    await bare.stop();
    bare = null;
    await loadRound(started, null, pages, results, credentials, load, 2);
    const afterRound2 = started.residentMb();
    const exports = await timeExports(started, data);
    const afterExports = started.residentMb();
    await started.stop();
    platform = null;
    const report = await timeReport({ dataDir: where.env.ICAT_DATA_DIR, databaseUrl: where.env.DATABASE_URL }, data.year).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
    return {
      scale,
      database: options.databaseUrl ? 'postgres' : 'embedded',
      generation: { seconds: where.generatedIn, counts: data.counts },
      serverStartMs: started.startedInMs,
      memoryMb: { afterStart, afterRound1, afterRound2, afterExports },
      pages: results,
      exports,
      report,
    };
  } finally {
    await bare?.stop();
    await platform?.stop();
    await where.release();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function run(options: BenchOptions = {}): Promise<void> {
  const load: LoadOptions = { connections: options.connections ?? 50, seconds: options.seconds ?? 3 };
  const chosen = options.scales ?? [...allScales];
  const startedAt = new Date().toISOString();
  const results: ScaleResult[] = [];
  const host = machine();
  console.log(`  ${host.cores} cores (${host.cpu}), Node ${host.node}, load average ${host.loadAverageAtStart.join(' ')}; ${load.connections} connections, ${load.seconds} s a page`);
  for (const scale of chosen) {
    const result = await runScale(scale, options, load);
    printScale(result);
    results.push(result);
    writeResults({ machine: host, startedAt, options: { ...load, scales: chosen, database: options.databaseUrl ? 'postgres' : 'embedded' }, scales: results });
  }
  console.log(`\n  results: bench/results/latest.json`);
}
