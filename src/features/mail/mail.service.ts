/**
 * Outgoing mail. queueMail puts a message in the outbox (a row) together with a job that delivers
 * it, in one transaction; the job sends it through SMTP (or, when no mail server is set, writes an
 * .eml file under ICAT_DATA_DIR/outbox) and is retried with backoff. A mail whose retries are spent
 * is marked failed, with its error, for the administrators to see and send again.
 */
import { groupIdentity } from '../../lib/group';
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import { senderFor, sendMail, type MailMessage } from '../../lib/mail';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './mail.repository';
import type { MailStatus } from './mail.table';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
}

/** A sender that took a mail and said nothing for this long has stopped; the mail can be taken again. */
const claimLapsesAfterMs = 10 * 60 * 1000;

async function insertQueued(deps: Deps, db: Executor, message: OutgoingMessage): Promise<number> {
  const row = await repo.insertMail(db, { recipient: message.to, subject: message.subject, body: message.text, created_at: deps.clock.now() });
  await deps.jobs.send('mail.deliver', { id: row.id }, { within: db });
  return row.id;
}

/** Queues a mail; inside a transaction, it is sent only if that transaction commits. */
export async function queueMail(deps: Deps, message: OutgoingMessage, within?: Executor): Promise<number> {
  if (within) return insertQueued(deps, within, message);
  return deps.db.transaction().execute((trx) => insertQueued(deps, trx, message));
}

export type DeliveryResult = 'sent' | 'not-due';

/**
 * Sends one mail from the outbox, unless it is sent already or someone else is sending it. A
 * failure is thrown (so the job is retried) after it is written down.
 */
export async function deliverMail(deps: Deps, id: number, finalAttempt: boolean): Promise<DeliveryResult> {
  const now = deps.clock.now();
  const row = await repo.claimMail(deps.db, id, now, new Date(now.getTime() - claimLapsesAfterMs));
  if (!row) return 'not-due';
  const message: MailMessage = { to: row.recipient, subject: row.subject, text: row.body };
  try {
    const sent = await sendMail({ ...deps.config.mail, from: senderFor(deps.config.mail.from, groupIdentity('en').shortName) }, message);
    await repo.finishMail(deps.db, id, { status: 'sent', sent_at: deps.clock.now(), delivered_as: sent.outboxPath ?? 'smtp', last_error: null });
    return 'sent';
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    await repo.finishMail(deps.db, id, { status: finalAttempt ? 'failed' : 'queued', last_error: reason });
    throw error;
  }
}

/** Delivers what is waiting in the outbox now (a command run without the server); returns how many went. */
export async function deliverWaitingMail(deps: Deps, limit = 1000): Promise<number> {
  let sent = 0;
  for (const row of await repo.listMail(deps.db, 'queued', limit)) {
    try {
      if ((await deliverMail(deps, row.id, false)) === 'sent') sent += 1;
    } catch {
      /* written down on the mail; its job tries again */
    }
  }
  return sent;
}

/** After a restore: every mail not sent yet gets a job again (the queue itself is not in a backup). */
export async function requeueUnsent(deps: Deps): Promise<number> {
  const rows = [...(await repo.listMail(deps.db, 'queued', 100_000)), ...(await repo.listMail(deps.db, 'sending', 100_000))];
  for (const row of rows) {
    await deps.db.transaction().execute(async (trx) => {
      await repo.finishMail(trx, row.id, { status: 'queued' });
      await deps.jobs.send('mail.deliver', { id: row.id }, { within: trx });
    });
  }
  return rows.length;
}

export interface MailView {
  id: number;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

function toView(row: repo.MailRow): MailView {
  return { id: row.id, to: row.recipient, subject: row.subject, status: row.status, attempts: row.attempts, lastError: row.last_error, createdAt: row.created_at, sentAt: row.sent_at };
}

export const mailListLimit = 50;

export async function listMail(deps: Deps, actor: Actor | null, status: MailStatus | null): Promise<{ counts: Record<MailStatus, number>; items: MailView[] }> {
  authorize(actor, 'jobs.manage');
  const [counts, rows] = await Promise.all([repo.countMailByStatus(deps.db), repo.listMail(deps.db, status, mailListLimit)]);
  return { counts, items: rows.map(toView) };
}

/** Sends a failed mail again, as a new job with its own retries. */
export async function retryMail(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  authorize(actor, 'jobs.manage');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.requeueMail(trx, id);
    if (!row) throw notFound('failedMail');
    await deps.jobs.send('mail.deliver', { id }, { within: trx });
    await audit.record(trx, now, { actor, action: 'retry', table: 'outgoing_mail', recordId: id, before: { status: 'failed', error: row.last_error }, after: { status: 'queued' } });
  });
}
