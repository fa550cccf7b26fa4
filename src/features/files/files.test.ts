import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../db/database';
import { isAppError } from '../../lib/errors';
import { sampleHtml, samplePdf } from '../../../test/support/sample-files';
import { makeTempDir, openTestDatabase, testDatabaseKinds } from '../../../test/support/test-database';
import * as files from './files.service';

const now = new Date('2022-11-20T10:00:00Z');

describe.each(testDatabaseKinds())('stored files on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('keeps an upload under a random name, gives its bytes back, and forgets it when deleted', async () => {
    const stored = await files.storeUpload(database.db, samplePdf, '../../../tmp/evil.pdf', now);
    expect(stored.storedName).toMatch(/^[a-f0-9]{32}$/);
    expect(stored.originalName).toBe('evil.pdf');
    expect(await files.readFileBytes(database.db, stored.storedName)).toEqual(samplePdf);
    await files.deleteFiles(database.db, [stored.storedName]);
    expect(await files.findFileBytes(database.db, stored.storedName)).toBeNull();
    expect(await files.findFileBytes(database.db, '../secret')).toBeNull();
  });

  it('stores nothing of a refused file, and nothing of a transaction that fails', async () => {
    const count = async () =>
      (
        await database.db
          .selectFrom('stored_files')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      ).count;
    const before = await count();
    await expect(files.storeUpload(database.db, sampleHtml, 'brief.pdf', now)).rejects.toSatisfy((error) => isAppError(error, 'UNSUPPORTED_MEDIA_TYPE'));
    const failed = database.db.transaction().execute(async (trx) => {
      await files.storeUpload(trx, samplePdf, 'brief.pdf', now);
      throw new Error('the record that names the file could not be saved');
    });
    await expect(failed).rejects.toThrow('could not be saved');
    expect(await count()).toBe(before);
  });

  it('moves uploads that an earlier version kept on the disk into the database, once', async () => {
    const uploadsDir = makeTempDir('icat-uploads-');
    const legacyName = 'a'.repeat(32);
    writeFileSync(join(uploadsDir, legacyName), samplePdf);
    writeFileSync(join(uploadsDir, 'not-a-stored-file.txt'), 'left alone');
    expect(await files.moveUploadsIntoDatabase(database.db, uploadsDir, now)).toBe(1);
    expect(await files.readFileBytes(database.db, legacyName)).toEqual(samplePdf);
    expect(readdirSync(uploadsDir)).toEqual(['not-a-stored-file.txt']);
    expect(await files.moveUploadsIntoDatabase(database.db, uploadsDir, now)).toBe(0);
  });
});
