/**
 * One process owns an embedded database: it holds `icat.lock` in the data directory.
 * A lock whose process is gone is stale and taken over; a live one is never broken.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type LockResult = { acquired: true; release: () => void } | { acquired: false; ownerPid: number };

const lockFileName = 'icat.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx', 0o600);
    writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export function acquireDirectoryLock(directory: string): LockResult {
  const path = join(directory, lockFileName);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path)) return { acquired: true, release: releaser(path) };
    const owner = readOwner(path);
    if (owner !== null && owner !== process.pid && isAlive(owner)) return { acquired: false, ownerPid: owner };
    // Stale (or half-written): remove it and race for it again; 'wx' lets only one process win.
    try {
      unlinkSync(path);
    } catch {
      /* another process removed it first */
    }
  }
  throw new Error(`Could not take the lock ${path}; remove it if no icat process is running.`);
}

function releaser(path: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readOwner(path) === process.pid) {
      try {
        unlinkSync(path);
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', release);
  return release;
}
