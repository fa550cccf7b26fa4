/**
 * Who is told when a progress update changes hands: a submitted update goes to the co-chairs of its
 * year; a returned or accepted one to its author and the focal points of its organization.
 */
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import * as accounts from '../accounts/accounts.service';
import * as governance from '../governance/governance.service';
import * as members from '../members/members.service';
import * as notifications from '../notifications/notifications.service';
import type { ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';

async function cochairsOf(deps: Deps, year: number): Promise<accounts.Recipient[]> {
  const term = await governance.findTerm(deps, year);
  const ids = [...(await members.entityIdsByAcronym(deps, term?.chairs.map((chair) => chair.acronym) ?? [])).values()];
  return ids.length > 0 ? accounts.listRecipients(deps, 'cochair', ids) : [];
}

async function authorAndFocalPoints(deps: Deps, update: ProgressUpdate): Promise<accounts.Recipient[]> {
  const row = await repo.findUpdate(deps.db, update.id);
  const [author, focalPoints] = await Promise.all([accounts.recipientsByIds(deps, row?.created_by ? [row.created_by] : []), accounts.listRecipients(deps, 'focal_point', [update.entity.id])]);
  // The author is told while still of the organization (someone who moved on is not).
  return [...author.filter((recipient) => recipient.entityId === update.entity.id), ...focalPoints];
}

/** Tells the next person in line after an update changed state; never fails the change itself. */
export async function handOffUpdate(deps: Deps, actor: Actor, update: ProgressUpdate): Promise<void> {
  try {
    const params = {
      entity: update.entity.acronym,
      title: update.target.code ? `${update.target.code} ${update.target.title}` : update.target.title,
      period: `${update.period.label} ${update.period.year}`,
      year: String(update.period.year),
      reviewer: update.reviewedBy ?? '',
      ...(update.reviewComment ? { message: update.reviewComment, from: update.reviewedBy ?? '' } : {}),
    };
    const url = `/progress/updates/${update.id}`;
    if (update.state === 'submitted') await notifications.notify(deps, await cochairsOf(deps, update.period.year), { kind: 'update_submitted', params, url }, { actor });
    if (update.state === 'returned') await notifications.notify(deps, await authorAndFocalPoints(deps, update), { kind: 'update_returned', params, url }, { actor });
    if (update.state === 'accepted') await notifications.notify(deps, await authorAndFocalPoints(deps, update), { kind: 'update_accepted', params, url }, { actor });
  } catch (error) {
    deps.log.error({ err: error, updateId: update.id }, 'progress hand-off notification failed');
  }
}
