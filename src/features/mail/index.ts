/** The outbox: every mail, delivered by a job with retries. */
import type { Feature } from '../feature';
import type { MailTables } from './mail.table';

export const mailFeature: Feature<MailTables> = {
  name: 'mail',
};
