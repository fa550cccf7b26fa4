/** `icat serve` in a child process, as an operator starts it: its address, its output, and how it ends. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { icatBin } from './cli';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** `bin` is another copy's bin/icat.js, for the tests of the build itself. */
export async function startServer(env: Record<string, string>, readyWithinMs = 180_000, bin = icatBin): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), CI: '' } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`icat serve did not start in time:\n${output}`)), readyWithinMs);
    const check = () => {
      // "<the group's name> platform on http://…": whatever the group is called.
      if (/ platform on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`icat serve stopped (exit ${code}) before it was ready:\n${output}`));
    });
  });
  await ready;
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

/** The administrator's password that the first start prints once. */
export function printedAdminPassword(output: string): string {
  const match = /Created the administrator \S+ with the password (\S+)/.exec(output);
  if (!match?.[1]) throw new Error(`No administrator password in the output:\n${output}`);
  return match[1];
}
