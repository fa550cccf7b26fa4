/**
 * The one versioned write: of two people saving the same record at once, one wins and the other is
 * refused with the saved record; nothing is lost, and the audit entry and the search document commit
 * with the change or not at all. On PGlite and, when TEST_DATABASE_URL is set, PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from '../../test/support/test-database';
import * as audit from '../features/audit/audit.service';
import * as search from '../features/search/search.service';
import { isStale, staleRecord } from '../lib/errors';
import { commandLineActor } from '../policy/actor';
import type { Database, Executor } from './database';
import { deleteVersioned, updateVersioned } from './versioned';

type HistoryRow = Awaited<ReturnType<typeof insertEntry>>;

const staleEntry = staleRecord<{ summary: string; version: number }>('referenceAdmin.raised.stale');
const actor = commandLineActor('versioned write test');
const at = new Date('2026-11-30T09:00:00Z');

async function insertEntry(db: Executor, summary: string) {
  return db.insertInto('group_history').values({ occurred_on: '2022-12-01', summary, sources: '[]', updated_at: at }).returningAll().executeTakeFirstOrThrow();
}

/** One person's save: their form was opened on `before`, and they typed `summary`. */
function save(db: Database['db'], before: HistoryRow, summary: string, options: { failAudit?: boolean } = {}) {
  return db.transaction().execute((trx) =>
    updateVersioned(trx, {
      table: 'group_history',
      before,
      expectedVersion: before.version,
      changes: { summary },
      at,
      stale: staleEntry,
      show: (saved) => ({ summary: saved.summary, version: saved.version }),
      reindex: (after) => search.indexDocument(trx, { kind: 'history_test', recordId: after.id, title: after.summary, body: '', year: 2022, url: `/history/${after.id}`, visibility: 'public' }),
      audit: async (after) => {
        if (options.failAudit) throw new Error('the audit log is unavailable');
        await audit.record(trx, at, { actor, action: 'update', table: 'group_history', recordId: after.id, before, after });
      },
    }),
  );
}

type NarrativeRow = Awaited<ReturnType<typeof insertNarrative>>;

const staleSection = staleRecord<{ markdown: string; version: number } | null>('raised.report.staleSection');

/** A report's narrative section: a row keyed by its report and its key, with no id of its own. */
async function insertNarrative(db: Executor, year: number, markdown: string) {
  const report = await db.insertInto('reports').values({ year, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
  return db.insertInto('report_narratives').values({ report_id: report.id, key: 'foreword', markdown, updated_by_label: 'Secretariat', updated_at: at }).returningAll().executeTakeFirstOrThrow();
}

function narrativeRecordId(row: NarrativeRow): string {
  return `${row.report_id}:${row.key}`;
}

/** One co-chair's save of a section whose form was opened on `before`. */
function saveNarrative(db: Database['db'], before: NarrativeRow, markdown: string) {
  return db.transaction().execute((trx) =>
    updateVersioned(trx, {
      table: 'report_narratives',
      key: { report_id: before.report_id, key: before.key },
      before,
      expectedVersion: before.version,
      changes: { markdown, updated_at: at },
      stale: staleSection,
      show: (saved) => ({ markdown: saved.markdown, version: saved.version }),
      audit: (after) => audit.record(trx, at, { actor, action: 'update', table: 'report_narratives', recordId: narrativeRecordId(after), before, after }),
    }),
  );
}

/** One person's delete of a history entry they saw at `before`. */
function deleteEntry(db: Database['db'], before: HistoryRow) {
  return db.transaction().execute((trx) =>
    deleteVersioned(trx, {
      table: 'group_history',
      before,
      expectedVersion: before.version,
      stale: staleEntry,
      show: (saved) => ({ summary: saved.summary, version: saved.version }),
      audit: (deleted) => audit.record(trx, at, { actor, action: 'delete', table: 'group_history', recordId: deleted.id, before: deleted }),
    }),
  );
}

async function auditedEntries(db: Executor, table: string, recordId: string): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').where('table_name', '=', table).where('record_id', '=', recordId).execute();
  return rows.map((row) => row.action);
}

async function auditedUpdates(db: Executor, id: number): Promise<number> {
  const rows = await db.selectFrom('audit_log').select('id').where('table_name', '=', 'group_history').where('record_id', '=', String(id)).execute();
  return rows.length;
}

async function indexedTitles(db: Executor, id: number): Promise<string[]> {
  const rows = await db.selectFrom('search_index').select('title').where('kind', '=', 'history_test').where('record_id', '=', id).execute();
  return rows.map((row) => row.title);
}

for (const kind of testDatabaseKinds()) {
  describe(`updateVersioned [${kind}]`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database?.close();
    });

    it('lets one of two people saving the same version win; the other is refused with what is saved, and nothing is lost', async () => {
      const { db } = database;
      const opened = await insertEntry(db, 'Principals endorse the co-chairs');
      // Both forms were opened on the same version, and both are saved at once.
      const results = await Promise.allSettled([save(db, opened, 'First person’s wording'), save(db, opened, 'Second person’s wording')]);

      const won = results.filter((result) => result.status === 'fulfilled');
      const refused = results.filter((result) => result.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const winner = (won[0] as PromiseFulfilledResult<HistoryRow>).value;
      const error = (refused[0] as PromiseRejectedResult).reason as unknown;
      expect(isStale(error, staleEntry)).toBe(true);
      if (!isStale(error, staleEntry)) return;
      expect(error.code).toBe('STALE_VERSION');
      // The refusal shows the record as the winner saved it, so the loser can compare before saving again.
      expect(error.current).toEqual({ summary: winner.summary, version: opened.version + 1 });

      const stored = await db.selectFrom('group_history').selectAll().where('id', '=', opened.id).executeTakeFirstOrThrow();
      expect({ summary: stored.summary, version: stored.version }).toEqual({ summary: winner.summary, version: opened.version + 1 });
      expect(await auditedUpdates(db, opened.id)).toBe(1);
      expect(await indexedTitles(db, opened.id)).toEqual([winner.summary]);

      // The refused person saves again over the version they were shown: now it is theirs.
      const again = await save(db, stored, 'Second person’s wording');
      expect(again.version).toBe(opened.version + 2);
      expect(await auditedUpdates(db, opened.id)).toBe(2);
      expect(await indexedTitles(db, opened.id)).toEqual(['Second person’s wording']);
    });

    it('refuses a form opened on an older version without writing anything', async () => {
      const { db } = database;
      const opened = await insertEntry(db, 'A joint call to action');
      await save(db, opened, 'A joint call to action, adopted');
      await expect(save(db, opened, 'An older edit')).rejects.toMatchObject({ code: 'STALE_VERSION', current: { summary: 'A joint call to action, adopted', version: opened.version + 1 } });
      expect(await auditedUpdates(db, opened.id)).toBe(1);
      expect(await indexedTitles(db, opened.id)).toEqual(['A joint call to action, adopted']);
    });

    it('saves a row keyed otherwise than by id: of two co-chairs saving a section at once, one wins and the other sees the saved text', async () => {
      const { db } = database;
      const opened = await insertNarrative(db, 2022, 'The group met three times.');
      const results = await Promise.allSettled([saveNarrative(db, opened, 'The group met four times.'), saveNarrative(db, opened, 'The group met five times.')]);

      const won = results.filter((result) => result.status === 'fulfilled');
      const refused = results.filter((result) => result.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const winner = (won[0] as PromiseFulfilledResult<NarrativeRow>).value;
      const error = (refused[0] as PromiseRejectedResult).reason as unknown;
      expect(isStale(error, staleSection)).toBe(true);
      if (!isStale(error, staleSection)) return;
      expect(error.current).toEqual({ markdown: winner.markdown, version: opened.version + 1 });

      const stored = await db.selectFrom('report_narratives').selectAll().where('report_id', '=', opened.report_id).where('key', '=', opened.key).executeTakeFirstOrThrow();
      expect({ markdown: stored.markdown, version: stored.version }).toEqual({ markdown: winner.markdown, version: opened.version + 1 });
      expect(await auditedEntries(db, 'report_narratives', narrativeRecordId(opened))).toEqual(['update']);
    });

    it('deletes by version: of two people deleting the same entry at once, one deletes it and the other is refused', async () => {
      const { db } = database;
      const seen = await insertEntry(db, 'A working group is formed');
      const results = await Promise.allSettled([deleteEntry(db, seen), deleteEntry(db, seen)]);

      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.filter((result) => result.status === 'rejected');
      expect(refused).toHaveLength(1);
      // The other delete found nothing left to delete: a record deleted meanwhile, with no `gone` state, is NOT_FOUND.
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'NOT_FOUND' });
      expect(await db.selectFrom('group_history').select('id').where('id', '=', seen.id).executeTakeFirst()).toBeUndefined();
      expect(await auditedEntries(db, 'group_history', String(seen.id))).toEqual(['delete']);
    });

    it('refuses a delete from a page opened before a save, and keeps the saved record', async () => {
      const { db } = database;
      const seen = await insertEntry(db, 'The Policy Support Group meets');
      const results = await Promise.allSettled([save(db, seen, 'The Policy Support Group meets monthly'), deleteEntry(db, seen)]);

      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = (results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason as unknown;
      const stored = await db.selectFrom('group_history').selectAll().where('id', '=', seen.id).executeTakeFirst();
      if (stored) {
        // The save won: the delete is refused and shown the saved entry.
        expect(isStale(refused, staleEntry)).toBe(true);
        expect(refused).toMatchObject({ current: { summary: 'The Policy Support Group meets monthly', version: seen.version + 1 } });
        expect(await auditedEntries(db, 'group_history', String(seen.id))).toEqual(['update']);
      } else {
        // The delete won: the save finds nothing left to change.
        expect(refused).toMatchObject({ code: 'NOT_FOUND' });
        expect(await auditedEntries(db, 'group_history', String(seen.id))).toEqual(['delete']);
      }
    });

    it('keeps nothing of a save whose audit entry could not be written', async () => {
      const { db } = database;
      const opened = await insertEntry(db, 'An issue brief');
      await expect(save(db, opened, 'An unaudited change', { failAudit: true })).rejects.toThrow('the audit log is unavailable');
      const stored = await db.selectFrom('group_history').selectAll().where('id', '=', opened.id).executeTakeFirstOrThrow();
      expect({ summary: stored.summary, version: stored.version }).toEqual({ summary: 'An issue brief', version: opened.version });
      expect(await indexedTitles(db, opened.id)).toEqual([]);
    });
  });
}
