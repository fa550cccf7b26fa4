import type { NullableTimestamp, RequiredTimestamp } from '../../db/columns';
import type { ColumnType, Generated } from 'kysely';

/** Every hand-off that tells someone it is their turn. Group posts have their own choice, per group. */
export const notificationKinds = ['update_submitted', 'update_returned', 'update_accepted', 'round_opened', 'round_closing', 'consultation_opened', 'comment_reply'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Immediate mail, one daily digest, or no mail (the notification is still shown in the app). */
export const deliveryModes = ['immediate', 'daily', 'none'] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

/** How the mail of one notification went: none, sent at once, or waiting for the daily digest. */
export type NotificationMail = 'none' | 'sent' | 'digest';

export interface NotificationsTable {
  id: Generated<number>;
  account_id: number;
  kind: NotificationKind;
  /** What the message names (a title, an organization, a deadline as shown), for the catalogue's text. */
  params: ColumnType<Record<string, string>, string, string>;
  /** The page it is about, as a path on this site. */
  url: string;
  mail: NotificationMail;
  created_at: RequiredTimestamp;
  read_at: NullableTimestamp;
}

export interface NotificationPreferencesTable {
  account_id: number;
  kind: NotificationKind;
  mode: DeliveryMode;
  updated_at: RequiredTimestamp;
}

export interface NotificationsTables {
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
}
