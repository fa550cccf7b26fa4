/**
 * Which of the workspace's links a person may follow: each asks the policy the question its page
 * asks, so the navigation never offers a page that would refuse the person, nor hides one that would
 * not. The layout reads the answers (`actor.navRights`) and decides nothing itself.
 */
import type { Actor } from '../policy/actor';
import { can } from '../policy/policy';
import type { Rights } from '../policy/rights';
import type { NavRight } from '../views/context';

export function navRightsOf(actor: Actor): Rights<NavRight> {
  return {
    statementWorkspace: can(actor, 'statement.read', { published: false }),
    reportWorkspace: [undefined, ...actor.cochairYears].some((year) => can(actor, 'report.edit', { year })),
    accounts: can(actor, 'account.invite', { entityId: actor.entityId }),
    audit: can(actor, 'audit.read'),
    jobs: can(actor, 'jobs.manage'),
    vocabularies: can(actor, 'vocabulary.edit'),
    groupSettings: can(actor, 'groupSettings.manage'),
    referenceData: can(actor, 'member.edit'),
  };
}
