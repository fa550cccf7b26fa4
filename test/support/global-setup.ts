/**
 * Once per test run: a migrated embedded database (the job queue's tables included) saved as a
 * tarball, so each test file starts its in-memory PGlite from it instead of creating and migrating
 * one (about two seconds a file).
 * And the JavaScript build of the `icat` command that tests spawn (bin/build.js).
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import '../../src/messages/catalogue';
import { openEmbeddedDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { openJobQueue } from '../../src/jobs/queue';
import { makeTempDir } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    migratedPglite: string;
  }
}

let saving: Promise<{ dir: string; tarball: string }> | undefined;

async function saveMigratedDatabase(): Promise<{ dir: string; tarball: string }> {
  const dir = makeTempDir('icat-template-');
  const database = await openEmbeddedDatabase({ dataDir: dir, inMemory: true });
  try {
    await migrateToLatest(database.db);
    const jobs = await openJobQueue(database.db, { workers: false });
    await jobs.stop();
    const tarball = join(dir, 'migrated.tar');
    await database.saveDataDir?.(tarball);
    return { dir, tarball };
  } finally {
    await database.close();
  }
}

let building: Promise<unknown> | undefined;

/** Spawned `icat` commands run the build; making it here spares the first ones making it at once. */
function buildCommand(): Promise<unknown> {
  return promisify(execFile)(process.execPath, [join(import.meta.dirname, '../../bin/build.js')]);
}

/** Each project runs this; they share one saved copy and one build. */
export default async function setup(project: TestProject): Promise<() => void> {
  building ??= buildCommand();
  saving ??= saveMigratedDatabase();
  const [{ dir, tarball }] = await Promise.all([saving, building]);
  project.provide('migratedPglite', tarball);
  return () => rmSync(dir, { recursive: true, force: true });
}
