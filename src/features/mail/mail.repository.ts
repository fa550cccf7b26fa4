import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MailStatus, OutgoingMailTable } from './mail.table';

export type MailRow = Selectable<OutgoingMailTable>;

export async function insertMail(db: Executor, values: Insertable<OutgoingMailTable>): Promise<MailRow> {
  return db.insertInto('outgoing_mail').values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * Takes a mail for sending: one that is queued, or that another sender took and then went quiet
 * (it stopped before it could say how the sending went). Only one sender gets it.
 */
export async function claimMail(db: Executor, id: number, now: Date, staleBefore: Date): Promise<MailRow | undefined> {
  return db
    .updateTable('outgoing_mail')
    .set((eb) => ({ status: 'sending', claimed_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', staleBefore)])]))
    .returningAll()
    .executeTakeFirst();
}

export async function finishMail(db: Executor, id: number, changes: { status: MailStatus; last_error?: string | null; delivered_as?: string | null; sent_at?: Date | null }): Promise<void> {
  await db.updateTable('outgoing_mail').set(changes).where('id', '=', id).execute();
}

export async function requeueMail(db: Executor, id: number): Promise<MailRow | undefined> {
  return db.updateTable('outgoing_mail').set({ status: 'queued', claimed_at: null }).where('id', '=', id).where('status', '=', 'failed').returningAll().executeTakeFirst();
}

export async function findMail(db: Executor, id: number): Promise<MailRow | undefined> {
  return db.selectFrom('outgoing_mail').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listMail(db: Executor, status: MailStatus | null, limit: number): Promise<MailRow[]> {
  let query = db.selectFrom('outgoing_mail').selectAll().orderBy('id', 'desc').limit(limit);
  if (status) query = query.where('status', '=', status);
  return query.execute();
}

export async function countMailByStatus(db: Executor): Promise<Record<MailStatus, number>> {
  const rows = await db
    .selectFrom('outgoing_mail')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts: Record<MailStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}
