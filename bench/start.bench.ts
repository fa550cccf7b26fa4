/**
 * How long the platform takes to start: from spawning `npm start` (and `node bin/icat.js serve`) on
 * a data directory that already holds the seeded database, to the first 200 answer of `/`; then
 * `icat report 2022` end to end, the process's start included. Run with `npm run bench -- start`
 * (`START_RUNS` sets how many times each is measured, 3 by default).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/support/server-process';

const root = join(import.meta.dirname, '..');
const icat = join(root, 'bin/icat.js');

function spawnInGroup(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, detached: true, stdio: 'ignore' });
}

async function firstOk(url: string, child: ChildProcess): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`${child.spawnargs.join(' ')} stopped before it answered`);
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** Milliseconds from spawning the command to the first 200 answer of `/`. */
async function timeToFirstAnswer(command: string, args: string[], dataDir: string): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawnInGroup(command, args, { ICAT_DATA_DIR: dataDir, PORT: String(port) });
  try {
    await firstOk(`http://127.0.0.1:${port}/`, child);
    return performance.now() - start;
  } finally {
    await stop(child);
  }
}

async function timeCommand(args: string[], dataDir: string): Promise<number> {
  const start = performance.now();
  const child = spawnInGroup(process.execPath, [icat, ...args], { ICAT_DATA_DIR: dataDir });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`icat ${args.join(' ')} exited with ${String(code)}`);
  return performance.now() - start;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms (runs: ${times.map((ms) => ms.toFixed(0)).join(', ')})`;
}

export async function run(): Promise<void> {
  const runs = Number(process.env.START_RUNS ?? 3);
  const dataDir = mkdtempSync(join(tmpdir(), 'icat-start-bench-'));
  const out = mkdtempSync(join(tmpdir(), 'icat-start-bench-out-'));
  try {
    // The first start creates, migrates and seeds the database: not what is measured.
    console.log(`  first start (create and seed)      ${(await timeToFirstAnswer(process.execPath, [icat, 'serve'], dataDir)).toFixed(0)} ms`);
    const measured: [string, () => Promise<number>][] = [
      ['npm start', () => timeToFirstAnswer('npm', ['start'], dataDir)],
      ['node bin/icat.js serve', () => timeToFirstAnswer(process.execPath, [icat, 'serve'], dataDir)],
      ['icat report 2022 (html,pdf,docx)', () => timeCommand(['report', '2022', '--out', out], dataDir)],
    ];
    for (const [name, measure] of measured) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await measure());
      console.log(`  ${name.padEnd(34)} ${summary(times)}`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await run();
