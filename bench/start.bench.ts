/**
 * How long the platform takes to start: from spawning `npm start` (and `node bin/icat.js serve`) on
 * a data directory that already holds the seeded database, to the first 200 answer of `/`; then
 * `icat report 2022` end to end, the process's start included. Run with `npm run bench -- start`
 * (`START_RUNS` sets how many times each is measured, 3 by default; `START_REPORT=0` leaves the
 * report out). Each start is given on the clock and in CPU time (ms/cpu ms), the second being the
 * one to compare on a machine that others load.
 */
import { serverNodeFlags } from '../bin/server-flags.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Whether any process of the group is still running. */
function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the command's whole process group and waits until every process of it has ended: `npm start`
 * exits before the server it started has closed the database, and the next start needs the data
 * directory free.
 */
async function stop(child: ChildProcess): Promise<void> {
  const group = child.pid;
  if (!group || !groupAlive(group)) return;
  process.kill(-group, 'SIGTERM');
  while (groupAlive(group)) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * The CPU time (user and system, all threads) the processes of a group have used so far, in ms: on a
 * machine others load, it says more than the time on the clock. Linux only (0 elsewhere).
 */
function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

interface Timing {
  ms: number;
  cpuMs: number;
}

/** From spawning the command to the first 200 answer of `/`: on the clock, and in CPU time. */
async function timeToFirstAnswer(command: string, args: string[], dataDir: string): Promise<Timing> {
  const port = await freePort();
  const start = performance.now();
  const child = spawnInGroup(command, args, { ICAT_DATA_DIR: dataDir, PORT: String(port) });
  try {
    await firstOk(`http://127.0.0.1:${port}/`, child);
    return { ms: performance.now() - start, cpuMs: groupCpuMs(child.pid!) };
  } finally {
    await stop(child);
  }
}

/** A command from its spawn to its exit (its CPU time is not counted: Chromium runs apart). */
async function timeCommand(args: string[], dataDir: string): Promise<Timing> {
  const start = performance.now();
  const child = spawnInGroup(process.execPath, [icat, ...args], { ICAT_DATA_DIR: dataDir });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`icat ${args.join(' ')} exited with ${String(code)}`);
  return { ms: performance.now() - start, cpuMs: Number.NaN };
}

function median(values: number[]): string {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(0);
}

function summary(timings: Timing[]): string {
  const runs = timings.map(({ ms, cpuMs }) => (Number.isNaN(cpuMs) ? ms.toFixed(0) : `${ms.toFixed(0)}/${cpuMs.toFixed(0)}`)).join(', ');
  const cpu = timings.some(({ cpuMs }) => !Number.isNaN(cpuMs)) ? `, CPU ${median(timings.map(({ cpuMs }) => cpuMs))} ms` : '';
  return `median ${median(timings.map(({ ms }) => ms))} ms${cpu} (runs: ${runs})`;
}

export async function run(): Promise<void> {
  const runs = Number(process.env.START_RUNS ?? 3);
  const dataDir = mkdtempSync(join(tmpdir(), 'icat-start-bench-'));
  const out = mkdtempSync(join(tmpdir(), 'icat-start-bench-out-'));
  try {
    // The first start creates, migrates and seeds the database: not what is measured.
    console.log(`  first start (create and seed)      ${(await timeToFirstAnswer(process.execPath, [icat, 'serve'], dataDir)).ms.toFixed(0)} ms`);
    const measured: [string, () => Promise<Timing>][] = [
      ['npm start', () => timeToFirstAnswer('npm', ['start'], dataDir)],
      ['node bin/icat.js serve', () => timeToFirstAnswer(process.execPath, [...serverNodeFlags, icat, 'serve'], dataDir)],
    ];
    if (process.env.START_REPORT !== '0') measured.push(['icat report 2022 (html,pdf,docx)', () => timeCommand(['report', '2022', '--out', out], dataDir)]);
    for (const [name, measure] of measured) {
      const timings: Timing[] = [];
      for (let i = 0; i < runs; i++) timings.push(await measure());
      console.log(`  ${name.padEnd(34)} ${summary(timings)}`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await run();
