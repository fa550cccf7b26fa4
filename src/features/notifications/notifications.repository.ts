import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { DeliveryMode, NotificationKind, NotificationPreferencesTable, NotificationsTable } from './notifications.table';

export type NotificationRow = Selectable<NotificationsTable>;
export type PreferenceRow = Selectable<NotificationPreferencesTable>;

export async function insertNotifications(db: Executor, rows: Insertable<NotificationsTable>[]): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('notifications').values(rows).returningAll().execute();
}

export async function listNotifications(db: Executor, accountId: number, limit: number, offset: number): Promise<NotificationRow[]> {
  return db.selectFrom('notifications').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

function notificationsOf(db: Executor, accountId: number, unreadOnly: boolean) {
  const query = db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('account_id', '=', accountId);
  return unreadOnly ? query.where('read_at', 'is', null) : query;
}

export async function countNotifications(db: Executor, accountId: number, unreadOnly: boolean): Promise<number> {
  return Number((await notificationsOf(db, accountId, unreadOnly).executeTakeFirstOrThrow()).count);
}

/** The count of the account's unread notifications, as a subquery. */
export function countUnreadQuery(db: Executor, accountId: number) {
  return notificationsOf(db, accountId, true);
}

/** Marks one notification of the account, or all of them, read; returns how many changed. */
export async function markRead(db: Executor, accountId: number, id: number | null, at: Date): Promise<number> {
  let query = db.updateTable('notifications').set({ read_at: at }).where('account_id', '=', accountId).where('read_at', 'is', null);
  if (id !== null) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findNotification(db: Executor, accountId: number, id: number): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export async function listPreferences(db: Executor, accountId: number): Promise<PreferenceRow[]> {
  return db.selectFrom('notification_preferences').selectAll().where('account_id', '=', accountId).execute();
}

/** The choices of several accounts for one kind (accounts without a row keep the default). */
export async function preferencesFor(db: Executor, accountIds: number[], kind: NotificationKind): Promise<Map<number, DeliveryMode>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db.selectFrom('notification_preferences').select(['account_id', 'mode']).where('kind', '=', kind).where('account_id', 'in', accountIds).execute();
  return new Map(rows.map((row) => [row.account_id, row.mode]));
}

export async function upsertPreference(db: Executor, row: Insertable<NotificationPreferencesTable>): Promise<void> {
  await db
    .insertInto('notification_preferences')
    .values(row)
    .onConflict((conflict) => conflict.columns(['account_id', 'kind']).doUpdateSet({ mode: row.mode, updated_at: row.updated_at }))
    .execute();
}

/** Accounts with notifications waiting for the daily digest, a batch at a time. */
export async function listDigestAccounts(db: Executor, afterAccountId: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('notifications')
    .select('account_id')
    .where('mail', '=', 'digest')
    .where('account_id', '>', afterAccountId)
    .groupBy('account_id')
    .orderBy('account_id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.account_id);
}

/** Takes the account's waiting digest notifications (locked, so two runs never send one twice). */
export async function takeDigest(db: Executor, accountId: number, limit: number): Promise<NotificationRow[]> {
  const rows = await db.selectFrom('notifications').selectAll().where('account_id', '=', accountId).where('mail', '=', 'digest').orderBy('id').limit(limit).forUpdate().skipLocked().execute();
  if (rows.length > 0) {
    await db
      .updateTable('notifications')
      .set({ mail: 'sent' })
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
  }
  return rows;
}
