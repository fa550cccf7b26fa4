/**
 * A command that queues mail delivers it too, so it goes out even when no server runs; a server
 * that runs meanwhile never sends the same mail twice (each mail is taken by one sender).
 */
import type { Deps } from '../deps';
import { deliverWaitingMail } from '../features/mail/mail.service';
import { localized } from '../lib/i18n';

export async function deliverNow(deps: Deps): Promise<string> {
  const sent = await deliverWaitingMail(deps);
  if (deps.config.mail.smtpUrl) return localized('cli.mail.deliveredByServer', { count: sent });
  return localized('cli.mail.deliveredAsFiles', { count: sent, dir: deps.config.mail.outboxDir });
}
