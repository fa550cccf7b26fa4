/**
 * The server's resident memory: starts the real server (`node bin/icat.js serve`) on a fresh data
 * directory, waits for the demo seed, then reads VmRSS from /proc/<pid>/status after start and after
 * each of a few identical loads on the main pages (keep-alive, 50 requests at once). A leak shows as
 * growth between identical loads. Run with `npm run bench -- memory`; MEMORY_REQUESTS and
 * MEMORY_ROUNDS change the load (3,000 requests, 3 rounds by default). Linux only (/proc).
 */
import { serverNodeFlags } from '../bin/server-flags.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/server-process';

const pages = [
  '/',
  '/members',
  '/members/unodc',
  '/mapping',
  '/statements',
  '/search?q=trafficking',
  '/governance',
  '/publications',
  '/events',
  '/about',
  '/reports',
  '/api/v1/members',
  '/mapping.csv',
];
const concurrency = 50;

/** VmRSS and VmHWM (the peak) of a process, in MB. */
function residentMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: Math.round(kilobytes('VmRSS') / 1024), peak: Math.round(kilobytes('VmHWM') / 1024) };
}

function get(agent: Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { accept: 'text/html' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitUntilReady(port: number, child: ChildProcess): Promise<void> {
  const agent = new Agent();
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode})`);
    const status = await get(agent, port, '/readyz').catch(() => 0);
    if (status === 200) return agent.destroy();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not become ready within 10 minutes');
}

/** `total` requests over the pages, `concurrency` at a time on keep-alive connections. */
async function load(port: number, total: number): Promise<{ ms: number; statuses: Map<number, number> }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = new Map<number, number>();
  let next = 0;
  const start = Date.now();
  async function worker(): Promise<void> {
    while (next < total) {
      const path = pages[next++ % pages.length] as string;
      const status = await get(agent, port, path).catch(() => 0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { ms: Date.now() - start, statuses };
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Server {
  child: ChildProcess;
  port: number;
}

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const bin = fileURLToPath(new URL('../bin/icat.js', import.meta.url));
  const child = spawn(process.execPath, [...serverNodeFlags, bin, 'serve'], {
    env: { ...process.env, ICAT_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', LOG_LEVEL: process.env.MEMORY_LOG_LEVEL ?? 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', () => {});
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  try {
    await waitUntilReady(port, child);
  } catch (error) {
    console.error(output);
    await stopped(child);
    throw error;
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return { child, port };
}

/**
 * Two starts on one data directory: the first creates and seeds the database (what `npm start` does
 * once), the second is every later start; the loads run on the second.
 */
export async function run(): Promise<void> {
  const total = Number(process.env.MEMORY_REQUESTS ?? 3000);
  const rounds = Number(process.env.MEMORY_ROUNDS ?? 3);
  const dataDir = mkdtempSync(join(tmpdir(), 'icat-memory-'));
  const rows: [string, string][] = [];
  try {
    const first = await startServer(dataDir);
    const seeded = residentMemory(first.child.pid as number);
    rows.push(['first start (database created and seeded)', `${seeded.rss} MB (peak ${seeded.peak} MB)`]);
    await stopped(first.child);
    const server = await startServer(dataDir);
    const pid = server.child.pid as number;
    try {
      rows.push(['after a start on the existing database', `${residentMemory(pid).rss} MB`]);
      for (let round = 1; round <= rounds; round++) {
        const result = await load(server.port, total);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const memory = residentMemory(pid);
        const codes = [...result.statuses].map(([code, count]) => `${code}×${count}`).join(' ');
        rows.push([`after load ${round} (${total} requests, ${Math.round((total * 1000) / result.ms)} req/s, ${codes})`, `${memory.rss} MB (peak ${memory.peak} MB)`]);
      }
    } finally {
      await stopped(server.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`Resident memory of the server (embedded database, ${pages.length} pages, ${concurrency} at once; a shared machine makes the rate noisy):`);
  for (const [name, value] of rows) console.log(`  ${name.padEnd(70)} ${value}`);
}
