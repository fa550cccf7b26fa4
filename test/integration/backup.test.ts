/**
 * `icat backup` and `icat restore`, as an operator runs them: a backup taken while the platform
 * works, restored into an empty embedded directory and into an empty PostgreSQL database, gives back
 * every row of every table and every file.
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openEmbeddedDatabase, openServerDatabase, type Database } from '../../src/db/database';
import { readBackupHeader } from '../../src/db/backup';
import { storeUpload } from '../../src/features/files/files.service';
import { queueMail } from '../../src/features/mail/mail.service';
import { createTestContext, settleJobs, type TestContext } from '../support/build-test-app';
import { commandEnvironment, icatCommand } from '../support/cli';
import { samplePdf, samplePng } from '../support/sample-files';
import { fingerprintTables } from '../support/table-snapshot';
import { makeTempDir, testDatabaseKinds } from '../support/test-database';

async function withServerDatabase<T>(use: (url: string, database: Database) => Promise<T>): Promise<T> {
  const server = process.env.TEST_DATABASE_URL as string;
  const name = `icat_restore_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = await openServerDatabase(url.toString(), 2);
  try {
    return await use(url.toString(), database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** Data beyond the seed: stored files (an upload and a document) and a mail in the outbox. */
async function addFilesAndMail(context: TestContext): Promise<void> {
  const now = context.clock.now();
  await storeUpload(context.deps.db, samplePdf, 'brief.pdf', now);
  await storeUpload(context.deps.db, samplePng, 'chart.png', now);
  await queueMail(context.deps, { to: 'someone@example.org', subject: 'In the outbox', text: 'Restored too.' });
}

describe.each(testDatabaseKinds())('backup and restore from %s', (kind) => {
  it('restores every row and every file into an empty database of either kind', { timeout: 300_000 }, async () => {
    const context = await createTestContext(kind);
    try {
      await addFilesAndMail(context);
      await settleJobs(context.deps);
      const before = await fingerprintTables(context.deps.db);
      const file = join(makeTempDir('icat-backup-'), 'icat.backup.gz');
      const env = commandEnvironment(context.database);
      const backup = await icatCommand(['backup', file], env);
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain(`Written to ${file}`);
      expect((await readBackupHeader(file)).tables.stored_files).toBe(before.stored_files?.rows);

      const emptyDir = makeTempDir('icat-restored-');
      const restored = await icatCommand(['restore', file], { ICAT_DATA_DIR: emptyDir });
      expect(restored.stderr).toBe('');
      expect(restored.stdout).toContain('Restored');
      const embedded = await openEmbeddedDatabase({ dataDir: emptyDir });
      try {
        expect(await fingerprintTables(embedded.db)).toEqual(before);
      } finally {
        await embedded.close();
      }

      if (process.env.TEST_DATABASE_URL) {
        await withServerDatabase(async (url, server) => {
          const intoServer = await icatCommand(['restore', file], { DATABASE_URL: url });
          expect(intoServer.stderr).toBe('');
          expect(await fingerprintTables(server.db)).toEqual(before);
          const again = await icatCommand(['restore', file], { DATABASE_URL: url });
          expect(again.code).toBe(1);
          expect(again.stderr).toContain('not empty');
        });
      }
    } finally {
      await context.database.close();
    }
  });
});

describe('a backup while the embedded platform works', () => {
  it('reads one consistent moment while writes go on', { timeout: 300_000 }, async () => {
    const dataDir = makeTempDir('icat-live-');
    expect((await icatCommand(['seed'], { ICAT_DATA_DIR: dataDir })).code).toBe(0);
    const owner = await openEmbeddedDatabase({ dataDir });
    try {
      let writing = true;
      let writes = 0;
      const writer = (async () => {
        while (writing) {
          await owner.db.transaction().execute(async (trx) => {
            const entity = await trx.selectFrom('entities').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
            await sql`insert into sign_in_attempts (email, ip, succeeded, at) values (${`w${writes}@example.org`}, '127.0.0.1', false, now())`.execute(trx);
            await trx.updateTable('entities').set({ updated_at: new Date() }).where('id', '=', entity.id).execute();
          });
          writes += 1;
        }
      })();
      const file = join(dataDir, 'live.backup.gz');
      const backup = await icatCommand(['backup', file], { ICAT_DATA_DIR: dataDir });
      writing = false;
      await writer;
      expect(backup.stderr).toBe('');
      expect(backup.stdout).toContain('through the running server');
      expect(writes).toBeGreaterThan(0);
      const header = await readBackupHeader(file);
      const emptyDir = makeTempDir('icat-live-restored-');
      const restored = await icatCommand(['restore', file], { ICAT_DATA_DIR: emptyDir });
      expect(restored.stderr).toBe('');
      const copy = await openEmbeddedDatabase({ dataDir: emptyDir });
      try {
        const counts = await fingerprintTables(copy.db);
        for (const [table, rows] of Object.entries(header.tables)) expect(counts[table]?.rows, table).toBe(rows);
      } finally {
        await copy.close();
      }
    } finally {
      await owner.close();
    }
  });

  it('refuses a file that is not a backup, and says so in one line', async () => {
    const dataDir = makeTempDir('icat-not-backup-');
    const bogus = join(dataDir, 'bogus.gz');
    const { writeFileSync } = await import('node:fs');
    const { gzipSync } = await import('node:zlib');
    writeFileSync(bogus, gzipSync('{"hello":"world"}\n'));
    const result = await icatCommand(['restore', bogus], { ICAT_DATA_DIR: makeTempDir('icat-empty-') });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('This file is not a backup made by `icat backup`.');
  });
});
