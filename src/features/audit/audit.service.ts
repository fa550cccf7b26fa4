/**
 * The audit log: who changed what, when, with the values before and after. Services call record()
 * inside the transaction of the change, so the entry and the change commit or fail together.
 * Nothing updates or deletes an entry; on the database a trigger refuses it too.
 */
import type { Deps } from '../../deps';
import type { Executor } from '../../db/database';
import { authorize } from '../../policy/policy';
import type { Actor } from '../../policy/actor';
import * as repo from './audit.repository';
import { readMeta, writeMeta } from '../../db/meta';

export type { AuditFilter, AuditRow } from './audit.repository';

export interface AuditEntry {
  actor: Actor | null;
  /** What the actor did: create, update, delete, or a named step (submit, sign_in.refused, …). */
  action: string;
  table: string;
  recordId: string | number;
  /** The organization the record belongs to, so an entity's history can be filtered. */
  entityId?: number | null;
  before?: object | null;
  after?: object | null;
  ip?: string | null;
  /** Who acted when no account did: "system", "icat seed", a CLI user. */
  actorLabel?: string;
}

const secretKey = /password|secret|token_hash/i;

/** Drops secrets from a record before it is written to the log. */
export function redact(record: object | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !secretKey.test(key)));
}

export async function record(db: Executor, at: Date, entry: AuditEntry): Promise<void> {
  // The command line acts as an actor without an account (id 0): it is named, not linked.
  const account = entry.actor && entry.actor.accountId > 0 ? entry.actor : null;
  await repo.insertAuditEntry(db, {
    at,
    actor_account_id: account?.accountId ?? null,
    actor_label: account ? `${account.name} <${account.email}>` : (entry.actorLabel ?? entry.actor?.name ?? 'system'),
    action: entry.action,
    table_name: entry.table,
    record_id: String(entry.recordId),
    entity_id: entry.entityId ?? null,
    before: entry.before ? JSON.stringify(redact(entry.before)) : null,
    after: entry.after ? JSON.stringify(redact(entry.after)) : null,
    ip: entry.ip ?? null,
  });
}

export const auditPageSize = 50;

export interface AuditPage {
  entries: repo.AuditRow[];
  page: number;
  pageSize: number;
  total: number;
  tables: string[];
}

export async function listAudit(deps: Deps, actor: Actor | null, filter: repo.AuditFilter, page: number): Promise<AuditPage> {
  authorize(actor, 'audit.read');
  const [entries, total, tables] = await Promise.all([
    repo.listAuditEntries(deps.db, filter, auditPageSize, (page - 1) * auditPageSize),
    repo.countAuditEntries(deps.db, filter),
    repo.listAuditedTables(deps.db),
  ]);
  return { entries, page, pageSize: auditPageSize, total, tables };
}

export const exportBatchSize = 1000;

/**
 * Every matching entry, newest first, in batches read one after another (each batch starts after the
 * last entry of the one before), for the CSV export: memory stays the same however long the log is.
 * Each batch is its own statement, so the database is free for others between batches; entries
 * written meanwhile are newer than the first batch and are not part of the export.
 */
export async function* exportAudit(deps: Deps, actor: Actor | null, filter: repo.AuditFilter, batchSize = exportBatchSize): AsyncGenerator<repo.AuditRow[]> {
  authorize(actor, 'audit.read');
  let after: repo.AuditCursor | null = null;
  for (;;) {
    const rows = await repo.listAuditEntriesAfter(deps.db, filter, after, batchSize);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    after = { at: last.cursor_at, id: last.id };
  }
}

/** Turns an on/off setting of the platform (a row of app_meta) on or off, and records the change, in one transaction. */
export async function changeSwitch(deps: Deps, actor: Actor, key: string, on: boolean): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = (await readMeta(trx, key)) === 'true';
    await writeMeta(trx, key, String(on));
    await record(trx, now, { actor, action: 'update', table: 'app_meta', recordId: key, before: { required: before }, after: { required: on } });
  });
}

/** Whether an on/off setting of the platform is on. */
export async function switchIsOn(deps: Deps, key: string): Promise<boolean> {
  return (await readMeta(deps.db, key)) === 'true';
}
