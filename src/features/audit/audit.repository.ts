import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { AuditLogTable } from './audit.table';

export type AuditRow = Selectable<AuditLogTable> & { actor_email: string | null; entity_acronym: string | null };

export interface AuditFilter {
  accountId?: number | undefined;
  entityId?: number | undefined;
  /** The email of the person who acted (any case). */
  actorEmail?: string | undefined;
  /** The acronym or slug of the organization the record belongs to (any case). */
  entityKey?: string | undefined;
  tableName?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function insertAuditEntry(db: Executor, entry: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

function filtered(db: Executor, filter: AuditFilter) {
  let query = db.selectFrom('audit_log as a').leftJoin('accounts as acc', 'acc.id', 'a.actor_account_id').leftJoin('entities as e', 'e.id', 'a.entity_id');
  if (filter.accountId !== undefined) query = query.where('a.actor_account_id', '=', filter.accountId);
  if (filter.entityId !== undefined) query = query.where('a.entity_id', '=', filter.entityId);
  if (filter.actorEmail !== undefined) query = query.where(sql`lower(acc.email)`, '=', filter.actorEmail.trim().toLowerCase());
  if (filter.entityKey !== undefined) {
    const key = filter.entityKey.toLowerCase();
    query = query.where((eb) => eb.or([eb(sql`lower(e.acronym)`, '=', key), eb('e.slug', '=', key)]));
  }
  if (filter.tableName) query = query.where('a.table_name', '=', filter.tableName);
  if (filter.from) query = query.where('a.at', '>=', sql<Date>`${filter.from}::date`);
  if (filter.to) query = query.where('a.at', '<', sql<Date>`${filter.to}::date + 1`);
  return query;
}

export async function listAuditEntries(db: Executor, filter: AuditFilter, limit: number, offset: number): Promise<AuditRow[]> {
  return filtered(db, filter).selectAll('a').select(['acc.email as actor_email', 'e.acronym as entity_acronym']).orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute();
}

/**
 * Where a batch of entries ended (newest first): the next batch starts after it. The time is kept as
 * the database writes it, since a Date would drop its microseconds and skip entries within them.
 */
export interface AuditCursor {
  at: string;
  id: number;
}

/** The entries after `after` (or the newest), newest first: keyset pages that stay quick however deep they go. */
export async function listAuditEntriesAfter(db: Executor, filter: AuditFilter, after: AuditCursor | null, limit: number): Promise<(AuditRow & { cursor_at: string })[]> {
  let query = filtered(db, filter);
  if (after) query = query.where(sql<boolean>`(a.at, a.id) < (${after.at}::timestamptz, ${after.id})`);
  return query
    .selectAll('a')
    .select(['acc.email as actor_email', 'e.acronym as entity_acronym', sql<string>`a.at::text`.as('cursor_at')])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

export async function countAuditEntries(db: Executor, filter: AuditFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function listAuditedTables(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('table_name').distinct().orderBy('table_name').execute();
  return rows.map((row) => row.table_name);
}
