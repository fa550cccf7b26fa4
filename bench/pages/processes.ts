/** The processes a page benchmark runs: the platform (`icat serve`, as an operator starts it) and the bare route. */
import { serverNodeFlags } from '../../bin/server-flags.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/support/server-process';
import { request } from './load';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const icatBin = `${root}bin/icat.js`;

export interface Child {
  url: string;
  pid: number;
  /** Resident memory in MB, from /proc/<pid>/status (the embedded database's worker thread is in the same process). */
  residentMb(): number;
  stop(): Promise<void>;
}

export function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

function stopper(child: ChildProcess, exited: Promise<unknown>): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killed);
  };
}

async function waitUntilAnswering(url: string, exited: Promise<number | null>, what: string, logFile: string, withinMs: number): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (stopped) throw new Error(`${what} stopped before it answered; its output:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
    try {
      if ((await request({ url })).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer within ${withinMs / 1000} s`);
}

function spawnLogged(args: string[], env: Record<string, string>, logFile: string): { child: ChildProcess; exited: Promise<number | null> } {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

/** `icat serve` on a free port, logging at info as in production, its output to `logFile`. */
export async function startPlatform(env: { ICAT_DATA_DIR: string; DATABASE_URL?: string }, logFile: string): Promise<Child & { startedInMs: number }> {
  const port = await freePort();
  const started = Date.now();
  const { child, exited } = spawnLogged([...serverNodeFlags, icatBin, 'serve'], { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ICAT_SEED: 'false' }, logFile);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${url}/healthz`, exited, 'icat serve', logFile, 300_000);
  const pid = child.pid as number;
  return { url, pid, startedInMs: Date.now() - started, residentMb: () => residentMb(pid), stop: stopper(child, exited) };
}

/** The bare Fastify process serving the snapshots in `snapshotFile`. */
export async function startBare(snapshotFile: string, logFile: string): Promise<Child> {
  const port = await freePort();
  const { child, exited } = spawnLogged(['--import', 'tsx', `${root}bench/pages/bare-server.ts`, snapshotFile, String(port)], {}, logFile);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${url}/__ready`, exited, 'the bare server', logFile, 60_000);
  const pid = child.pid as number;
  return { url, pid, residentMb: () => residentMb(pid), stop: stopper(child, exited) };
}
