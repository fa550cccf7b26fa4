import type { Generated } from 'kysely';
import type { NullableTimestamp, RequiredTimestamp } from '../../db/columns';

export const mailStatuses = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

export interface OutgoingMailTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  body: string;
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  /** Where it went: "smtp", or the .eml file written when no mail server is set. */
  delivered_as: string | null;
  created_at: RequiredTimestamp;
  claimed_at: NullableTimestamp;
  sent_at: NullableTimestamp;
}

export interface MailTables {
  outgoing_mail: OutgoingMailTable;
}
