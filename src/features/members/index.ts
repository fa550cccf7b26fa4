/** The member organizations: directory, about, mapping, the secretariat's screens, counts and history. */
import { need, type Feature } from '../feature';
import { referenceMembersRoutes } from './admin.routes';
import { mappingRoutes } from './mapping.routes';
import { memberRules } from './members.policy';
import { membersRoutes, type MemberPageParts } from './members.routes';
import { seedSampleProfiles } from './members.seed';
import type { MembersTables } from './members.table';
import { membersMessages } from './members.messages';
import { membersAccess } from './members.access';

/** What a member's page shows from the features above this one, which provide it. */
export const membersNeeds = {
  cochairYears: need<MemberPageParts['cochairYears']>("the years an organization co-chaired, for its page in the members' directory"),
  contributions: need<MemberPageParts['contributions']>("an organization's part in the Plan of Action, for its page in the members' directory"),
};

export const membersFeature: Feature<MembersTables> = {
  name: 'members',
  messages: membersMessages,
  routes: [
    (deps, provided) => membersRoutes(deps, { cochairYears: provided.get(membersNeeds.cochairYears), contributions: provided.get(membersNeeds.contributions) }),
    mappingRoutes,
    referenceMembersRoutes,
  ],
  access: membersAccess,
  rules: memberRules,
  seed: [{ name: 'cli.seed.mapping', run: seedSampleProfiles }],
};
