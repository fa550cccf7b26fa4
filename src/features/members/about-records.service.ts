/**
 * The group's record of itself, shown on /about: the membership counts it reported (as of a date,
 * with sources) and the entries of its history. The secretariat adds, edits and deletes them; each
 * write is checked, audited in its transaction, and refused when the record has moved on (409).
 */
import type { Deps } from '../../deps';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord, staleVersion } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { parseInput, parseWithChecks } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './members.repository';
import { historyEntryForm, historyEntryUpdateForm, membershipCountForm, membershipCountUpdateForm, versionForm, type HistoryEntryInput, type MembershipCountInput } from './organizations.schemas';

export interface MembershipCountRecord {
  id: number;
  asOf: string;
  count: number;
  note: string | null;
  sources: string[];
  version: number;
}

export interface HistoryRecord {
  id: number;
  occurredOn: string;
  summary: string;
  sources: string[];
  version: number;
}

function toCount(row: repo.MembershipCountRow): MembershipCountRecord {
  return { id: row.id, asOf: row.as_of, count: row.count, note: row.note, sources: row.sources, version: row.version };
}

function toHistory(row: repo.HistoryRow): HistoryRecord {
  return { id: row.id, occurredOn: row.occurred_on, summary: row.summary, sources: row.sources, version: row.version };
}

/** A count or history entry saved or deleted meanwhile (then shown as null). */
export const staleAboutRecord = staleRecord<MembershipCountRecord | HistoryRecord | null>('referenceAdmin.raised.stale');

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

function taken(field: string, key: 'referenceAdmin.raised.countDateTaken' | 'referenceAdmin.raised.historyTaken'): AppError {
  const message = localized(key);
  return new AppError('CONFLICT', localized('raised.field', { field, problem: message }), { fields: [{ field, message }] });
}

async function withUniqueAs<T>(field: string, key: 'referenceAdmin.raised.countDateTaken' | 'referenceAdmin.raised.historyTaken', write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(field, key);
    throw error;
  }
}

export async function listAboutRecords(deps: Deps, actor: Actor | null): Promise<{ counts: MembershipCountRecord[]; history: HistoryRecord[] }> {
  authorize(actor, 'member.about.edit');
  const [counts, history] = await Promise.all([repo.listMembershipCounts(deps.db), repo.listHistory(deps.db)]);
  return { counts: counts.map(toCount), history: history.map(toHistory) };
}

// ---- membership counts ----

export async function getMembershipCount(deps: Deps, actor: Actor | null, id: number): Promise<MembershipCountRecord> {
  authorize(actor, 'member.about.edit');
  const row = await repo.findMembershipCount(deps.db, id);
  if (!row) throw notFound('referenceRecord', { id: String(id) });
  return toCount(row);
}

function countDateCheck(deps: Deps, exceptId: number | null) {
  return {
    field: 'as_of',
    reads: ['as_of'] as const,
    problem: async ({ as_of }: { as_of: string }) => {
      const clash = await repo.findMembershipCountAsOf(deps.db, as_of);
      return clash && clash.id !== exceptId ? localized('referenceAdmin.raised.countDateTaken') : null;
    },
  };
}

export async function createMembershipCount(deps: Deps, actor: Actor | null, raw: MembershipCountInput | unknown): Promise<MembershipCountRecord> {
  authorize(actor, 'member.about.edit');
  const input = await parseWithChecks(membershipCountForm, raw, [countDateCheck(deps, null)]);
  const now = deps.clock.now();
  return withUniqueAs('as_of', 'referenceAdmin.raised.countDateTaken', () =>
    deps.db.transaction().execute(async (trx) => {
      const saved = await repo.insertMembershipCount(trx, { as_of: input.as_of, count: input.count, note: input.note ?? null, sources: JSON.stringify(input.sources), updated_at: now });
      await audit.record(trx, now, { actor, action: 'create', table: 'membership_counts', recordId: saved.id, after: saved });
      return toCount(saved);
    }),
  );
}

export async function updateMembershipCount(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<MembershipCountRecord> {
  await getMembershipCount(deps, actor, id);
  const input = await parseWithChecks(membershipCountUpdateForm, raw, [countDateCheck(deps, id)]);
  const now = deps.clock.now();
  return withUniqueAs('as_of', 'referenceAdmin.raised.countDateTaken', () =>
    deps.db.transaction().execute(async (trx) => {
      const before = await repo.findMembershipCount(trx, id);
      if (!before) throw staleVersion(staleAboutRecord, null);
      const saved = await updateVersioned(trx, {
        table: 'membership_counts',
        before,
        expectedVersion: input.version,
        changes: { as_of: input.as_of, count: input.count, note: input.note ?? null, sources: JSON.stringify(input.sources) },
        at: now,
        stale: staleAboutRecord,
        show: toCount,
        audit: (after) => audit.record(trx, now, { actor, action: 'update', table: 'membership_counts', recordId: id, before, after }),
      });
      return toCount(saved);
    }),
  );
}

export async function deleteMembershipCount(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<void> {
  await getMembershipCount(deps, actor, id);
  const { version } = parseInput(versionForm, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findMembershipCount(trx, id);
    if (!before) throw staleVersion(staleAboutRecord, null);
    await deleteVersioned(trx, {
      table: 'membership_counts',
      before,
      expectedVersion: version,
      stale: staleAboutRecord,
      show: toCount,
      gone: () => null,
      audit: (deleted) => audit.record(trx, now, { actor, action: 'delete', table: 'membership_counts', recordId: id, before: deleted }),
    });
  });
}

// ---- history entries ----

export async function getHistoryEntry(deps: Deps, actor: Actor | null, id: number): Promise<HistoryRecord> {
  authorize(actor, 'member.about.edit');
  const row = await repo.findHistoryEntry(deps.db, id);
  if (!row) throw notFound('referenceRecord', { id: String(id) });
  return toHistory(row);
}

function summaryCheck(deps: Deps, exceptId: number | null) {
  return {
    field: 'summary',
    reads: ['summary'] as const,
    problem: async ({ summary }: { summary: string }) => {
      const clash = await repo.findHistoryEntryBySummary(deps.db, summary);
      return clash && clash.id !== exceptId ? localized('referenceAdmin.raised.historyTaken') : null;
    },
  };
}

export async function createHistoryEntry(deps: Deps, actor: Actor | null, raw: HistoryEntryInput | unknown): Promise<HistoryRecord> {
  authorize(actor, 'member.about.edit');
  const input = await parseWithChecks(historyEntryForm, raw, [summaryCheck(deps, null)]);
  const now = deps.clock.now();
  return withUniqueAs('summary', 'referenceAdmin.raised.historyTaken', () =>
    deps.db.transaction().execute(async (trx) => {
      const saved = await repo.insertHistoryEntry(trx, { occurred_on: input.occurred_on, summary: input.summary, sources: JSON.stringify(input.sources), updated_at: now });
      await audit.record(trx, now, { actor, action: 'create', table: 'group_history', recordId: saved.id, after: saved });
      return toHistory(saved);
    }),
  );
}

export async function updateHistoryEntry(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<HistoryRecord> {
  await getHistoryEntry(deps, actor, id);
  const input = await parseWithChecks(historyEntryUpdateForm, raw, [summaryCheck(deps, id)]);
  const now = deps.clock.now();
  return withUniqueAs('summary', 'referenceAdmin.raised.historyTaken', () =>
    deps.db.transaction().execute(async (trx) => {
      const before = await repo.findHistoryEntry(trx, id);
      if (!before) throw staleVersion(staleAboutRecord, null);
      const saved = await updateVersioned(trx, {
        table: 'group_history',
        before,
        expectedVersion: input.version,
        changes: { occurred_on: input.occurred_on, summary: input.summary, sources: JSON.stringify(input.sources) },
        at: now,
        stale: staleAboutRecord,
        show: toHistory,
        audit: (after) => audit.record(trx, now, { actor, action: 'update', table: 'group_history', recordId: id, before, after }),
      });
      return toHistory(saved);
    }),
  );
}

export async function deleteHistoryEntry(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<void> {
  await getHistoryEntry(deps, actor, id);
  const { version } = parseInput(versionForm, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findHistoryEntry(trx, id);
    if (!before) throw staleVersion(staleAboutRecord, null);
    await deleteVersioned(trx, {
      table: 'group_history',
      before,
      expectedVersion: version,
      stale: staleAboutRecord,
      show: toHistory,
      gone: () => null,
      audit: (deleted) => audit.record(trx, now, { actor, action: 'delete', table: 'group_history', recordId: id, before: deleted }),
    });
  });
}
