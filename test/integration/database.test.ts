import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from '../../src/db/database';
import { acquireDirectoryLock } from '../../src/db/lock';
import { migrateToLatest } from '../../src/db/migrate';
import { icatCommand } from '../support/cli';
import { seedOrganizations } from '../support/seed-data';
import { makeTempDir } from '../support/test-database';

describe('the data directory lock', { timeout: 120_000 }, () => {
  it('takes over a stale lock whose process is gone', async () => {
    const dir = makeTempDir();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(join(dir, 'icat.lock'), `${gone.pid}\n`);
    const lock = acquireDirectoryLock(dir);
    expect(lock.acquired).toBe(true);
    if (lock.acquired) lock.release();
  });

  it('never breaks a lock held by a live process', async () => {
    const dir = makeTempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'icat.lock'), `${holder.pid}\n`);
      const lock = acquireDirectoryLock(dir);
      expect(lock).toEqual({ acquired: false, ownerPid: holder.pid });
    } finally {
      holder.kill();
    }
  });
});

describe('one owner per embedded database', { timeout: 120_000 }, () => {
  it('lets another icat command reach the database through the owner, without losing a write', async () => {
    const dataDir = makeTempDir('icat-owner-');
    const owner = await openEmbeddedDatabase({ dataDir });
    try {
      expect(owner.access).toBe('embedded-owner');
      await migrateToLatest(owner.db);
      await sql`create table counter (id serial primary key, at timestamptz default now())`.execute(owner.db);
      const writes = Array.from({ length: 50 }, () => sql`insert into counter default values`.execute(owner.db));
      const seeded = icatCommand(['seed'], { ICAT_DATA_DIR: dataDir });
      await Promise.all(writes);
      const result = await seeded;
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('through the running server');
      const counted = await sql<{ count: number }>`select count(*) as count from counter`.execute(owner.db);
      expect(counted.rows[0]?.count).toBe(50);
      const entities = await owner.db
        .selectFrom('entities')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(entities.count).toBe(seedOrganizations().length);
    } finally {
      await owner.close();
    }
  });

  it('serves commands run in parallel beside it, each to completion', async () => {
    const dataDir = makeTempDir('icat-parallel-');
    expect((await icatCommand(['seed'], { ICAT_DATA_DIR: dataDir })).code).toBe(0);
    const owner = await openEmbeddedDatabase({ dataDir });
    try {
      const env = { ICAT_DATA_DIR: dataDir };
      const users = ['a', 'b', 'c', 'd'].map((name) =>
        icatCommand(
          ['user', 'add', '--email', `${name}@parallel.example.org`, '--name', `Person ${name}`, '--entity', 'UNODC', '--role', 'member', '--password-stdin'],
          env,
          'a password long enough\n',
        ),
      );
      const migrations = Array.from({ length: 4 }, () => icatCommand(['migrate'], env));
      const results = await Promise.all([...users, ...migrations]);
      for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
      const created = await owner.db.selectFrom('accounts').select('email').where('email', 'like', '%@parallel.example.org').orderBy('email').execute();
      expect(created.map((row) => row.email)).toEqual(['a@parallel.example.org', 'b@parallel.example.org', 'c@parallel.example.org', 'd@parallel.example.org']);
    } finally {
      await owner.close();
    }
  });

  it('keeps the socket to its owner user only', async () => {
    const dataDir = makeTempDir('icat-owner-');
    const owner = await openEmbeddedDatabase({ dataDir, inMemory: true });
    try {
      const { statSync } = await import('node:fs');
      expect(statSync(join(dataDir, '.s.PGSQL.5432')).mode & 0o077).toBe(0);
    } finally {
      await owner.close();
    }
  });
});

describe('icat commands', { timeout: 120_000 }, () => {
  it('reports a PostgreSQL server it cannot reach in one line naming DATABASE_URL, and exits 1', async () => {
    const result = await icatCommand(['migrate'], { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toContain('secret');
  });

  it('migrates idempotently and exits non-zero when a migration fails', async () => {
    const dataDir = makeTempDir('icat-migrate-');
    const first = await icatCommand(['migrate'], { ICAT_DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('applied');
    const second = await icatCommand(['migrate'], { ICAT_DATA_DIR: dataDir });
    expect(second.stdout).toContain('already up to date');

    const broken = makeTempDir('icat-broken-');
    const database = await openEmbeddedDatabase({ dataDir: broken });
    await sql`create table terms (clash int)`.execute(database.db);
    await database.close();
    const failed = await icatCommand(['migrate'], { ICAT_DATA_DIR: broken });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/migration \d{12}_create_terms failed/);
  });

  it('imports profiles from a file and rejects a bad one with row numbers, changing nothing', async () => {
    const dataDir = makeTempDir('icat-import-');
    await icatCommand(['seed'], { ICAT_DATA_DIR: dataDir });
    const bad = join(dataDir, 'bad.csv');
    writeFileSync(bad, 'acronym,regions\nUNICEF,africa\nUNICEF2,mars\n');
    const rejected = await icatCommand(['import-profiles', bad], { ICAT_DATA_DIR: dataDir });
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('row 3, column acronym');
    expect(rejected.stderr).toContain('row 3, column regions');
    const nul = join(dataDir, 'nul.csv');
    writeFileSync(nul, 'acronym,expertise\nUNICEF,child\u0000protection\n');
    const refused = await icatCommand(['import-profiles', nul], { ICAT_DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`${nul}:2:13: must not contain control characters (found U+0000)`);
    const plan = join(dataDir, 'plan.yaml');
    writeFileSync(plan, 'key: test\ntitle: "A plan\u0000"\n');
    const planRefused = await icatCommand(['import-plan', plan], { ICAT_DATA_DIR: dataDir });
    expect(planRefused.code).toBe(1);
    expect(planRefused.stderr).toContain('plan.yaml:2:15: must not contain control characters (found U+0000)');
    expect(planRefused.stderr).not.toMatch(/^\s+at /m);
    const missing = await icatCommand(['import-profiles', join(dataDir, 'missing.csv')], { ICAT_DATA_DIR: dataDir });
    expect(missing.stderr.trim()).toMatch(/^ENOENT: no such file or directory, stat '.*missing\.csv'$/);
    const good = join(dataDir, 'good.csv');
    writeFileSync(good, 'acronym,as_of,regions\nUNICEF,2024-01-01,africa\n');
    const accepted = await icatCommand(['import-profiles', good], { ICAT_DATA_DIR: dataDir });
    expect(accepted.stdout).toContain('1 profile(s) read, 1 written');
  });
});
