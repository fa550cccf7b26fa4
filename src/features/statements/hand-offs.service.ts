/**
 * Who is told when a statement changes hands: the focal points when a round opens and, 48 hours
 * before it closes, those of organizations without a position (each with the round's message); the
 * people a consultation invites; earlier commenters on a paragraph when someone comments after them.
 * Deadlines are written in the round's zone, naming it, as the page shows them.
 */
import type { Deps } from '../../deps';
import type { MessageKey } from '../../lib/i18n';
import type { Actor, Role } from '../../policy/actor';
import { roleLabelKey } from '../../policy/advisory-role';
import * as accounts from '../accounts/accounts.service';
import * as members from '../members/members.service';
import * as notifications from '../notifications/notifications.service';
import type { NoticeParam } from '../notifications/notifications.service';
import * as repo from './statements.repository';
import * as roundsRepo from './statements.rounds.repository';

/** Reminders go to rounds that close within this long. */
export const reminderWindowMs = 48 * 60 * 60 * 1000;
const memberReaders: Role[] = ['admin', 'cochair', 'focal_point', 'member'];

function roundParams(round: roundsRepo.RoundRow, statement: { title: string }, from: NoticeParam): Record<string, NoticeParam> {
  const rule: NoticeParam = { message: `round.rule.${round.rule}` as MessageKey };
  return {
    title: statement.title,
    version: String(round.version_number),
    deadline: { deadline: round.deadline.toISOString(), timeZone: round.time_zone },
    rule: round.quorum ? { message: 'round.rule.withQuorum', params: { rule, quorum: String(round.quorum) } } : rule,
    ...(round.note ? { message: round.note, from } : {}),
  };
}

async function memberFocalPoints(deps: Deps, without?: Set<number>): Promise<accounts.Recipient[]> {
  const entityIds = (await members.listMemberOrganizations(deps)).map((member) => member.id).filter((id) => !without?.has(id));
  return entityIds.length > 0 ? accounts.listRecipients(deps, 'focal_point', entityIds) : [];
}

/** A notice that cannot be sent is logged: the change it follows is done and stays done. */
async function safely(deps: Deps, what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.log.error({ err: error }, `${what} notification failed`);
  }
}

export async function notifyRoundOpened(deps: Deps, actor: Actor, statement: { slug: string; title: string }, round: roundsRepo.RoundRow): Promise<void> {
  await safely(deps, 'round opened', async () =>
    notifications.notify(deps, await memberFocalPoints(deps), { kind: 'round_opened', params: roundParams(round, statement, actor.name), url: `/statements/${statement.slug}#round` }, { actor }),
  );
}

export async function notifyConsultationOpened(deps: Deps, actor: Actor, statement: { slug: string; title: string }, consultation: repo.ConsultationRow): Promise<void> {
  await safely(deps, 'consultation opened', async () => {
    const recipients = (await Promise.all(consultation.invited_roles.map((role) => accounts.listRecipients(deps, role as Role)))).flat();
    const params = {
      title: statement.title,
      deadline: { deadline: consultation.deadline.toISOString(), timeZone: 'UTC' },
      ...(consultation.note ? { message: consultation.note, from: actor.name } : {}),
    };
    await notifications.notify(deps, recipients, { kind: 'consultation_opened', params, url: `/statements/${statement.slug}` }, { actor });
  });
}

/** Tells earlier commenters on the paragraph, if they may read the new comment (members; the invited, for a consultation's). */
export async function notifyCommentReply(deps: Deps, actor: Actor, statement: { slug: string; title: string }, comment: repo.CommentRow, consultation: repo.ConsultationRow | null): Promise<void> {
  await safely(deps, 'comment reply', async () => {
    const earlier = await accounts.recipientsByIds(deps, await repo.listParagraphCommenters(deps.db, comment.statement_id, comment.paragraph, comment.id));
    const mayRead = (recipient: accounts.Recipient) =>
      recipient.roles.some((role) => memberReaders.includes(role)) ||
      (comment.consultation_id !== null && consultation !== null && recipient.roles.some((role) => consultation.invited_roles.includes(role)));
    const author: NoticeParam = comment.role_only ? { message: roleLabelKey(comment.author_role) as MessageKey } : comment.author_name;
    const params = { title: statement.title, paragraph: String(comment.paragraph), author };
    await notifications.notify(deps, earlier.filter(mayRead), { kind: 'comment_reply', params, url: `/statements/${statement.slug}#comment-${comment.id}` }, { actor });
  });
}

/**
 * Reminds the focal points of member organizations without a position, once per round, when the round
 * closes within 48 hours. Run every hour by the queue; a second run sends nothing.
 */
export async function sendRoundReminders(deps: Deps): Promise<{ rounds: number; notified: number }> {
  const now = deps.clock.now();
  let rounds = 0;
  let notified = 0;
  for (const round of await roundsRepo.listRoundsToRemind(deps.db, now, new Date(now.getTime() + reminderWindowMs))) {
    if (!(await roundsRepo.markRoundReminded(deps.db, round.id, now))) continue;
    const answered = new Set((await roundsRepo.listPositions(deps.db, round.id)).map((position) => position.entity_id));
    const recipients = await memberFocalPoints(deps, answered);
    const entities = new Map((await members.listMemberOrganizations(deps)).map((member) => [member.id, member.acronym]));
    // One notice per organization's focal points, naming the organization.
    for (const [entityId, people] of groupBy(recipients, (recipient) => recipient.entityId ?? 0)) {
      const params = { ...roundParams(round, round, { message: 'notification.from.penHolders' }), entity: entities.get(entityId) ?? '' };
      notified += await notifications.notify(deps, people, { kind: 'round_closing', params, url: `/statements/${round.slug}#round` });
    }
    rounds++;
  }
  return { rounds, notified };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
