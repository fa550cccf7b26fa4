/** Working groups, what members share in them, and coordination. */
import { provide, type Feature } from '../feature';
import { searchNeeds } from '../search';
import { groupRules } from './groups.policy';
import { groupsRoutes } from './groups.routes';
import { seedSamplePosts } from './groups.seed';
import { readableGroupIds } from './groups.service';
import type { GroupsTables } from './groups.table';
import { groupsMessages } from './groups.messages';
import { groupsAccess } from './groups.access';

export const groupsFeature: Feature<GroupsTables> = {
  name: 'groups',
  messages: groupsMessages,
  routes: [groupsRoutes],
  access: groupsAccess,
  rules: groupRules,
  seed: [{ name: 'cli.seed.groupPosts', run: seedSamplePosts }],
  provides: [provide(searchNeeds.readableGroups, readableGroupIds)],
};
