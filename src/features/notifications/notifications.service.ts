/**
 * Notifications at every hand-off. A feature that hands work to someone calls notify() with who and
 * what; each person gets a notification in the app (read or unread) and, as they chose for that kind,
 * a mail at once, a line in the daily digest (sendDailyDigests, run by the queue at 07:00 UTC), or no
 * mail. Texts come from the catalogue (`notification.<kind>.subject` and `.body`) with the params
 * stored on the notification, so the app and the mail say the same thing.
 */
import type { CountPart } from '../../db/count-parts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../lib/errors';
import { currentLocale, translator, type Locale, type MessageKey, localized } from '../../lib/i18n';
import { formatDeadline } from '../../lib/zoned-time';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as accounts from '../accounts/accounts.service';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import * as repo from './notifications.repository';
import { deliveryModes, notificationKinds, type DeliveryMode, type NotificationKind } from './notifications.table';

export { deliveryModes, notificationKinds, type DeliveryMode, type NotificationKind };

/** Without a choice, a person gets mail at once: nobody has to find a setting to learn it is their turn. */
export const defaultMode: DeliveryMode = 'immediate';
export const notificationPageSize = 30;
const maxInDigest = 100;

/**
 * A value a notice names. Text that must read in each recipient's language is stored as what it
 * is (a catalogue message, a deadline), not as English, and written out when each person reads it.
 */
export type NoticeParam = string | { message: MessageKey; params?: Record<string, NoticeParam> } | { deadline: string; timeZone: string };

export interface Notice {
  kind: NotificationKind;
  /** What the texts name; `message` and `from`, when given, add the message that came with it. */
  params: Record<string, NoticeParam>;
  /** The page it is about: a path on this site. */
  url: string;
}

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  subject: string;
  body: string;
  url: string;
  createdAt: Date;
  read: boolean;
}

function written(locale: Locale, params: Record<string, NoticeParam>): Record<string, string> {
  const t = translator(locale);
  const write = (param: NoticeParam): string => {
    if (typeof param === 'string') return param;
    if ('deadline' in param) return formatDeadline(new Date(param.deadline), param.timeZone, locale);
    return t(param.message, param.params ? Object.fromEntries(Object.entries(param.params).map(([name, value]) => [name, write(value)])) : {});
  };
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, write(value)]));
}

function texts(locale: Locale, notice: { kind: NotificationKind; params: Record<string, NoticeParam> }): { subject: string; body: string } {
  const t = translator(locale);
  const params = written(locale, notice.params);
  const subject = t(`notification.${notice.kind}.subject` as MessageKey, params);
  const body = t(`notification.${notice.kind}.body` as MessageKey, params);
  const message = params.message ? `\n\n${t('notification.message', { from: params.from ?? '', message: params.message })}` : '';
  return { subject, body: `${body}${message}` };
}

function preferencesUrl(deps: Deps): string {
  return `${deps.config.publicUrl}/account/notifications`;
}

/**
 * Notifies each recipient once (never the person who acted). Inside a transaction, notifications and
 * mail exist only if it commits. A failure outside one is logged, never thrown: the hand-off itself
 * is done, and the notification is not worth undoing it.
 */
export async function notify(deps: Deps, recipients: accounts.Recipient[], notice: Notice, options: { actor?: Actor | null; within?: Executor } = {}): Promise<number> {
  const seen = new Set<number>([options.actor?.accountId ?? -1]);
  const unique = recipients.filter((recipient) => !seen.has(recipient.accountId) && seen.add(recipient.accountId));
  if (unique.length === 0) return 0;
  const run = async (db: Executor) => {
    const modes = await repo.preferencesFor(
      db,
      unique.map((recipient) => recipient.accountId),
      notice.kind,
    );
    const now = deps.clock.now();
    const modeOf = (recipient: accounts.Recipient) => modes.get(recipient.accountId) ?? defaultMode;
    await repo.insertNotifications(
      db,
      unique.map((recipient) => ({
        account_id: recipient.accountId,
        kind: notice.kind,
        params: JSON.stringify(notice.params),
        url: notice.url,
        mail: modeOf(recipient) === 'immediate' ? 'sent' : modeOf(recipient) === 'daily' ? 'digest' : 'none',
        created_at: now,
      })),
    );
    for (const recipient of unique.filter((one) => modeOf(one) === 'immediate')) {
      const locale = recipient.locale ?? 'en';
      const t = translator(locale);
      const { subject, body } = texts(locale, notice);
      const text = [
        t('notification.mail.greeting', { name: recipient.name }),
        '',
        body,
        '',
        t('notification.mail.open', { link: `${deps.config.publicUrl}${notice.url}` }),
        '',
        t('notification.mail.footer', { link: preferencesUrl(deps) }),
        '',
      ].join('\n');
      await mail.queueMail(deps, { to: recipient.email, subject, text }, db);
    }
    return unique.length;
  };
  if (options.within) return run(options.within);
  try {
    return await deps.db.transaction().execute(run);
  } catch (error) {
    deps.log.error({ err: error, kind: notice.kind }, 'notification failed');
    return 0;
  }
}

// ---- in the app ----

function toView(locale: Locale, row: repo.NotificationRow): NotificationView {
  return { id: row.id, kind: row.kind, ...texts(locale, row), url: row.url, createdAt: row.created_at, read: row.read_at !== null };
}

export interface NotificationPage {
  items: NotificationView[];
  page: number;
  pageSize: number;
  total: number;
  unread: number;
}

export async function listNotifications(deps: Deps, actor: Actor | null, page: number): Promise<NotificationPage> {
  authorize(actor, 'workspace.read');
  const [rows, total, unread] = await Promise.all([
    repo.listNotifications(deps.db, actor.accountId, notificationPageSize, (page - 1) * notificationPageSize),
    repo.countNotifications(deps.db, actor.accountId, false),
    repo.countNotifications(deps.db, actor.accountId, true),
  ]);
  return { items: rows.map((row) => toView(currentLocale(), row)), page, pageSize: notificationPageSize, total, unread };
}

export async function countUnread(deps: Deps, actor: Actor): Promise<number> {
  return actor.accountId > 0 ? repo.countNotifications(deps.db, actor.accountId, true) : 0;
}

/** The unread count, for the statement that gathers the navigation's counts. */
export function unreadCount(deps: Deps, actor: Actor): CountPart | null {
  return actor.accountId > 0 ? { query: repo.countUnreadQuery(deps.db, actor.accountId), read: Number } : null;
}

/** Marks one of the person's notifications read (NOT_FOUND for anyone else's); returns where it leads. */
export async function markRead(deps: Deps, actor: Actor | null, id: number): Promise<string> {
  authorize(actor, 'workspace.read');
  const row = await repo.findNotification(deps.db, actor.accountId, id);
  if (!row) throw notFound('notification');
  await repo.markRead(deps.db, actor.accountId, id, deps.clock.now());
  return row.url;
}

export async function markAllRead(deps: Deps, actor: Actor | null): Promise<number> {
  authorize(actor, 'workspace.read');
  return repo.markRead(deps.db, actor.accountId, null, deps.clock.now());
}

// ---- choices ----

export type Preferences = Record<NotificationKind, DeliveryMode>;

export async function getPreferences(deps: Deps, actor: Actor | null): Promise<Preferences> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId ?? -1 });
  const rows = await repo.listPreferences(deps.db, actor.accountId);
  return Object.fromEntries(notificationKinds.map((kind) => [kind, rows.find((row) => row.kind === kind)?.mode ?? defaultMode])) as Preferences;
}

/** Checked before the form is read: the public is sent to sign in, not told what the form lacks. */
export function assertMayChoose(actor: Actor | null): void {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId ?? -1 });
}

export async function setPreferences(deps: Deps, actor: Actor | null, input: Preferences): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId ?? -1 });
  if (actor.accountId <= 0) throw new AppError('FORBIDDEN', localized('raised.notifications.accountOnly'));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.listPreferences(trx, actor.accountId);
    for (const kind of notificationKinds) await repo.upsertPreference(trx, { account_id: actor.accountId, kind, mode: input[kind], updated_at: now });
    await audit.record(trx, now, {
      actor,
      action: 'update',
      table: 'notification_preferences',
      recordId: actor.accountId,
      entityId: actor.entityId,
      before: Object.fromEntries(before.map((row) => [row.kind, row.mode])),
      after: input,
    });
  });
}

// ---- the daily digest ----

/** Mails each person their notifications waiting for the digest, one mail each; a second run sends nothing. */
export async function sendDailyDigests(deps: Deps): Promise<{ sent: number }> {
  let sent = 0;
  let after = 0;
  for (;;) {
    const accountIds = await repo.listDigestAccounts(deps.db, after, 200);
    if (accountIds.length === 0) break;
    const people = new Map((await accounts.recipientsByIds(deps, accountIds)).map((recipient) => [recipient.accountId, recipient]));
    for (const accountId of accountIds) {
      await deps.db.transaction().execute(async (trx) => {
        const rows = await repo.takeDigest(trx, accountId, maxInDigest);
        const person = people.get(accountId);
        if (rows.length === 0 || !person) return;
        const locale = person.locale ?? 'en';
        const t = translator(locale);
        const lines = [t('notification.mail.greeting', { name: person.name }), '', t('notification.digest.intro'), ''];
        for (const row of rows) {
          const { subject, body } = texts(locale, row);
          lines.push(`* ${subject}`, `  ${body.replace(/\n/g, '\n  ')}`, `  ${deps.config.publicUrl}${row.url}`, '');
        }
        lines.push(t('notification.mail.footer', { link: preferencesUrl(deps) }), '');
        await mail.queueMail(deps, { to: person.email, subject: t('notification.digest.subject', { count: rows.length }), text: lines.join('\n') }, trx);
        sent++;
      });
    }
    after = accountIds[accountIds.length - 1] as number;
  }
  return { sent };
}
