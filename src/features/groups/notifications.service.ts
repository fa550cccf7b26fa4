/**
 * Mail about a group's posts. Each person chooses, per group, immediate mail (one message per new
 * post, sent after the post is saved) or a weekly digest (`icat send-digests`, run by cron), or none.
 * Mail goes through sendMail: SMTP when configured, else .eml files in the outbox.
 */
import type { Deps } from '../../deps';
import { markdownToPlainText } from '../../lib/markdown';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as accounts from '../accounts/accounts.service';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import { groupById, groupForReading, maxGroups, memberEntityIds } from './groups.service';
import * as repo from './groups.repository';
import type { Group } from './groups.schemas';
import type { SubscriptionMode } from './groups.table';

export const digestIntervalDays = 7;
const dayMs = 24 * 60 * 60 * 1000;
const maxRecipients = 2000;
const maxPostsInDigest = 50;

export async function getSubscription(deps: Deps, actor: Actor | null, groupId: number): Promise<SubscriptionMode | 'none'> {
  if (!actor) return 'none';
  return (await repo.findSubscription(deps.db, groupId, actor.accountId))?.mode ?? 'none';
}

export async function setSubscription(deps: Deps, actor: Actor | null, slug: string, mode: SubscriptionMode | 'none'): Promise<void> {
  const { group } = await groupForReading(deps, actor, slug);
  authorize(actor, 'group.read', { entityIds: memberEntityIds(group) });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findSubscription(trx, group.id, actor.accountId);
    if (mode === 'none') await repo.deleteSubscription(trx, group.id, actor.accountId);
    else await repo.upsertSubscription(trx, group.id, actor.accountId, mode, now);
    const after = await repo.findSubscription(trx, group.id, actor.accountId);
    await audit.record(trx, now, {
      actor,
      action: 'update',
      table: 'group_subscriptions',
      recordId: `${group.id}:${actor.accountId}`,
      entityId: actor.entityId,
      before: before ?? null,
      after: after ?? null,
    });
  });
}

export interface OwnSubscription {
  slug: string;
  name: string;
  mode: SubscriptionMode | 'none';
}

/**
 * The person's own choice for each group of their organization, and for any other group they chose
 * mail from and may still read (the secretariat reads every group): what /account/notifications lists.
 */
export async function listOwnSubscriptions(deps: Deps, actor: Actor | null): Promise<OwnSubscription[]> {
  if (!actor || actor.accountId <= 0) return [];
  const memberOf = new Set(actor.entityId === null ? [] : await repo.listGroupIdsOfEntity(deps.db, actor.entityId));
  const chosen = new Map((await repo.listSubscriptionsOfAccount(deps.db, actor.accountId, maxGroups)).map((row) => [row.group_id, row.mode]));
  const rows = await repo.listGroups(deps.db, maxGroups);
  // What readableGroupIds answers, from the rows read here rather than read again.
  const readable = can(actor, 'group.read', { entityIds: [] }) ? new Set(rows.map((row) => row.id)) : memberOf;
  return rows.filter((row) => readable.has(row.id) && (memberOf.has(row.id) || chosen.has(row.id))).map((row) => ({ slug: row.slug, name: row.name, mode: chosen.get(row.id) ?? 'none' }));
}

/** Accounts that may read the group's posts today, by id: its entities' people, and admins. */
async function readersOf(deps: Deps, group: Group): Promise<Map<number, accounts.Recipient>> {
  const readers = new Map<number, accounts.Recipient>();
  const entityIds = memberEntityIds(group);
  for (const role of ['member', 'focal_point', 'cochair', 'survivor_advisor', 'admin'] as const) {
    for (const recipient of await accounts.listRecipients(deps, role, role === 'admin' ? undefined : entityIds)) readers.set(recipient.accountId, recipient);
  }
  return readers;
}

export interface PostNotice {
  id: number;
  title: string;
  summary: string;
  authorName: string;
  entityAcronym: string | null;
  authorAccountId: number | null;
  createdAt: Date;
}

function postUrl(deps: Deps, group: Group, postId: number): string {
  return `${deps.config.publicUrl}/groups/${group.slug}/posts/${postId}`;
}

function excerpt(markdown: string, length = 600): string {
  const text = markdownToPlainText(markdown);
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function by(post: PostNotice): string {
  return post.entityAcronym ? `${post.authorName} (${post.entityAcronym})` : post.authorName;
}

/** Mails the new post to the group's immediate subscribers (not its author). Failures are logged, never thrown. */
export async function notifyNewPost(deps: Deps, group: Group, post: PostNotice): Promise<number> {
  try {
    const subscriptions = await repo.listSubscriptions(deps.db, group.id, 'immediate', maxRecipients);
    if (subscriptions.length === 0) return 0;
    const readers = await readersOf(deps, group);
    let sent = 0;
    for (const subscription of subscriptions) {
      const reader = readers.get(subscription.account_id);
      if (!reader || subscription.account_id === post.authorAccountId) continue;
      await mail.queueMail(deps, {
        to: reader.email,
        subject: `[${group.name}] ${post.title}`,
        text: [
          `${by(post)} posted in ${group.name}:`,
          '',
          post.title,
          '',
          excerpt(post.summary),
          '',
          `Read it and reply: ${postUrl(deps, group, post.id)}`,
          '',
          `You receive this because you chose immediate mail for ${group.name}. Change it: ${deps.config.publicUrl}/groups/${group.slug}`,
        ].join('\n'),
      });
      sent++;
    }
    return sent;
  } catch (error) {
    deps.log.error({ err: error, groupId: group.id, postId: post.id }, 'group post notification failed');
    return 0;
  }
}

export interface DigestReport {
  due: number;
  sent: number;
}

/**
 * Sends each digest subscription that is due (its last digest is at least a week old) the posts made
 * since, and moves its window on. Running it twice in a row sends nothing the second time.
 */
export async function sendDigests(deps: Deps, onProgress?: (done: number) => void): Promise<DigestReport> {
  const now = deps.clock.now();
  const dueBefore = new Date(now.getTime() - digestIntervalDays * dayMs + 60_000);
  const groups = new Map<number, { group: Group | null; readers: Map<number, accounts.Recipient> }>();
  const report: DigestReport = { due: 0, sent: 0 };
  let after: { groupId: number; accountId: number } | null = null;
  for (;;) {
    const batch = await repo.listDigestsDue(deps.db, dueBefore, 200, after);
    if (batch.length === 0) break;
    for (const subscription of batch) {
      report.due++;
      let known = groups.get(subscription.group_id);
      if (!known) {
        const group = await groupById(deps, subscription.group_id);
        known = { group, readers: group ? await readersOf(deps, group) : new Map() };
        groups.set(subscription.group_id, known);
      }
      const reader = known.readers.get(subscription.account_id);
      const since = subscription.last_digest_at ?? new Date(now.getTime() - digestIntervalDays * dayMs);
      if (known.group && reader) {
        const posts = await repo.listPostsCreatedBetween(deps.db, known.group.id, since, now, maxPostsInDigest + 1);
        if (posts.length > 0) {
          await mail.queueMail(deps, {
            to: reader.email,
            subject: `[${known.group.name}] Weekly digest: ${posts.length > maxPostsInDigest ? `${maxPostsInDigest}+` : posts.length} new post(s)`,
            text: digestText(deps, known.group, posts.slice(0, maxPostsInDigest), posts.length > maxPostsInDigest),
          });
          report.sent++;
        }
      }
      await repo.markDigestSent(deps.db, subscription.group_id, subscription.account_id, now);
      onProgress?.(report.due);
    }
    const last = batch[batch.length - 1] as repo.SubscriptionRow;
    after = { groupId: last.group_id, accountId: last.account_id };
  }
  return report;
}

function digestText(deps: Deps, group: Group, posts: repo.PostRow[], more: boolean): string {
  const lines = [`New in ${group.name} this week:`, ''];
  for (const post of posts) {
    lines.push(`* ${post.title} (${post.author_name}, ${post.created_at.toISOString().slice(0, 10)})`, `  ${excerpt(post.summary, 240)}`, `  ${postUrl(deps, group, post.id)}`, '');
  }
  if (more) lines.push(`More posts: ${deps.config.publicUrl}/groups/${group.slug}`, '');
  lines.push(`You receive this because you chose a weekly digest for ${group.name}. Change it: ${deps.config.publicUrl}/groups/${group.slug}`);
  return lines.join('\n');
}
