/**
 * The embedded database is one PostgreSQL session shared by every connection. These tests hold the
 * rules that make that safe: no two connections' statements ever mix, a client cannot stall the
 * others, and a client that leaves mid-transaction leaves nothing behind.
 */
import { rmSync } from 'node:fs';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase, type Database } from '../../src/db/database';
import { makeTempDir } from '../support/test-database';

let database: Database;
let dataDir: string;

const limits = { waitTimeoutMs: 3_000, idleInTransactionMs: 1_000 };

beforeAll(async () => {
  dataDir = makeTempDir('icat-session-');
  database = await openEmbeddedDatabase({ dataDir, sessionLimits: limits });
  await sql`create table notes (id serial primary key, owner text not null, body text not null)`.execute(database.db);
});

afterAll(async () => {
  await database?.close();
});

function outsideClient(): pg.Client {
  return new pg.Client({ host: dataDir, port: 5432, user: 'postgres', database: 'postgres' });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embedded database, shared by many connections', { timeout: 60_000 }, () => {
  it('answers each of many concurrent parameterised queries of different shapes with its own rows', async () => {
    const shapes = [
      (i: number) => ({ text: 'select $1::int as n', values: [i], expected: { n: i } }),
      (i: number) => ({ text: 'select $1::text as label, $2::int as n', values: [`q${i}`, i], expected: { label: `q${i}`, n: i } }),
      (i: number) => ({
        text: 'select $1::int as n, $2::text as a, $3::text as b, $4::int as m, $5::text as c',
        values: [i, `a${i}`, `b${i}`, i * 2, `c${i}`],
        expected: { n: i, a: `a${i}`, b: `b${i}`, m: i * 2, c: `c${i}` },
      }),
      (i: number) => ({ text: "select $1::text || '!' as shout", values: [`s${i}`], expected: { shout: `s${i}!` } }),
      // Large enough that a client's messages reach the server in several pieces.
      (i: number) => ({
        text: 'select length($1::text) as size, $2::int as n',
        values: [`${i}`.padEnd(300_000 + i, 'x'), i],
        expected: { size: 300_000 + i, n: i },
      }),
    ];
    // Its own database, with room to wait: 400 queries through one session on a machine running other
    // tests can queue longer than the 3 s the busy tests below rely on, and this test is about whose rows come back.
    const roomyDir = makeTempDir('icat-session-many-');
    const roomy = await openEmbeddedDatabase({ dataDir: roomyDir, sessionLimits: { ...limits, waitTimeoutMs: 60_000 } });
    const outside = new pg.Pool({ host: roomyDir, port: 5432, user: 'postgres', database: 'postgres', max: 6 });
    try {
      const asked = Array.from({ length: 400 }, (_, i) => (shapes[i % shapes.length] as (typeof shapes)[number])(i));
      const answers = await Promise.all(
        asked.map((query, i) => {
          // Half through the owner's own pool, half through outside connections, all at once.
          if (i % 2 === 0) return roomy.db.executeQuery(CompiledQuery.raw(query.text, query.values)).then((result) => result.rows[0]);
          return outside.query(query.text, query.values).then((result) => result.rows[0]);
        }),
      );
      answers.forEach((row, i) => expect(row).toEqual(asked[i]?.expected));
    } finally {
      await outside.end();
      await roomy.close();
      rmSync(roomyDir, { recursive: true, force: true });
    }
  });

  it('keeps each transaction to its own connection while others write at the same time', async () => {
    const writers = Array.from({ length: 8 }, (_, w) =>
      database.db.transaction().execute(async (trx) => {
        for (let n = 0; n < 10; n++)
          await trx
            .insertInto('notes' as never)
            .values({ owner: `w${w}`, body: `${n}` } as never)
            .execute();
        const own = await sql<{ count: number }>`select count(*)::int as count from notes where owner = ${`w${w}`}`.execute(trx);
        return own.rows[0]?.count;
      }),
    );
    const outside = outsideClient();
    await outside.connect();
    try {
      await outside.query('begin');
      await outside.query("insert into notes (owner, body) values ('outside', 'rolled back')");
      await outside.query('rollback');
      expect(await Promise.all(writers)).toEqual(Array(8).fill(10));
      const counted = await sql<{ owner: string; count: number }>`select owner, count(*)::int as count from notes group by owner order by owner`.execute(database.db);
      expect(counted.rows.map((row) => row.owner)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7']);
      expect(counted.rows.every((row) => row.count === 10)).toBe(true);
    } finally {
      await outside.end();
    }
  });

  it('disconnects a client that holds a transaction without a statement, rolls it back, and serves the others', async () => {
    const holder = outsideClient();
    const ended = new Promise<Error>((resolve) => holder.on('error', resolve));
    await holder.connect();
    await holder.query('begin');
    await holder.query("insert into notes (owner, body) values ('holder', 'never committed')");
    const started = Date.now();
    const meanwhile = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(meanwhile.rows[0]?.one).toBe(1);
    expect(Date.now() - started).toBeLessThan(limits.waitTimeoutMs);
    expect((await ended).message).toMatch(/held open/);
    const left = await sql<{ count: number }>`select count(*)::int as count from notes where owner = 'holder'`.execute(database.db);
    expect(left.rows[0]?.count).toBe(0);
    await holder.end().catch(() => undefined);
  });

  it('fails the work of its own transaction left idle too long, without stopping the process, and goes on serving', async () => {
    const uncaught: Error[] = [];
    const record = (error: Error) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      const work = database.db.transaction().execute(async (trx) => {
        await sql`insert into notes (owner, body) values ('slow', 'never committed')`.execute(trx);
        await sleep(limits.idleInTransactionMs * 2);
        await sql`insert into notes (owner, body) values ('slow', 'after the limit')`.execute(trx);
      });
      await expect(work).rejects.toThrow();
      await sleep(200);
      const left = await sql<{ count: number }>`select count(*)::int as count from notes where owner = 'slow'`.execute(database.db);
      expect(left.rows[0]?.count).toBe(0);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });

  it('tells a waiting query the database is busy when a client keeps it working too long, rather than hanging', async () => {
    const busy = outsideClient();
    await busy.connect();
    try {
      await busy.query('begin');
      // Statement after statement, never idle: the holder is within its rights; the others wait, then hear "busy".
      const holding = (async () => {
        const until = Date.now() + limits.waitTimeoutMs + 1_500;
        while (Date.now() < until) {
          await busy.query('select 1');
          await sleep(100);
        }
        await busy.query('commit');
      })();
      await sleep(200);
      const waiting = await sql`select 1`.execute(database.db).then(
        () => null,
        (error: { code?: string }) => error.code,
      );
      expect(waiting).toBe('55P03');
      await holding;
      const after = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(after.rows[0]?.one).toBe(1);
    } finally {
      await busy.end();
    }
  });

  it('rolls back what a client left open when its connection drops, and finishes its half-sent exchange', async () => {
    const leaver = outsideClient();
    leaver.on('error', () => undefined);
    await leaver.connect();
    await leaver.query('begin');
    await leaver.query("insert into notes (owner, body) values ('leaver', 'gone')");
    (leaver as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const left = await sql<{ count: number }>`select count(*)::int as count from notes where owner = 'leaver'`.execute(database.db);
    expect(left.rows[0]?.count).toBe(0);
    const inTransaction = await sql<{ now: Date; txnow: Date }>`select clock_timestamp() as now, now() as txnow`.execute(database.db);
    expect(inTransaction.rows).toHaveLength(1);
  });

  it('keeps the owner responsive while a long statement runs', async () => {
    const long = sql`select pg_sleep(2)`.execute(database.db);
    const started = Date.now();
    await sleep(20);
    const lateBy = Date.now() - started - 20;
    await long;
    expect(lateBy).toBeLessThan(500);
  });
});
