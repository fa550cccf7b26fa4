/**
 * A command that queues mail delivers it too, so it goes out even when no server runs; a server
 * that runs meanwhile never sends the same mail twice (each mail is taken by one sender).
 */
import type { Deps } from '../deps';
import { deliverWaitingMail } from '../features/mail/mail.service';

export async function deliverNow(deps: Deps): Promise<string> {
  const sent = await deliverWaitingMail(deps);
  const where = deps.config.mail.smtpUrl ? 'through the mail server' : `as .eml files in ${deps.config.mail.outboxDir}`;
  return `${sent} mail(s) delivered ${where}; any that could not go are retried by the server.`;
}
