/**
 * Runs the `icat` command in a child process, as an operator would, and collects what it prints. The
 * command runs its JavaScript build (bin/build.js), which the run's global setup makes once.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const icatBin = join(import.meta.dirname, '../../bin/icat.js');

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `bin` is another copy's bin/icat.js, for the tests of the build itself. */
export function icatCommand(args: string[], env: Record<string, string>, input = '', bin = icatBin): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env, CI: '' } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/** The environment that points a command at a test's database: its data directory, or its server URL. */
export function commandEnvironment(database: { kind: 'pglite' | 'postgres'; location: string }): Record<string, string> {
  return database.kind === 'pglite' ? { ICAT_DATA_DIR: database.location } : { DATABASE_URL: database.location };
}
