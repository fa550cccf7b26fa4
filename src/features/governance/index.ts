/** Terms, co-chairs and priorities, and editing them. */
import { provide, type Feature } from '../feature';
import { membersNeeds } from '../members';
import { governanceRules } from './governance.policy';
import { governanceRoutes } from './governance.routes';
import { cochairYears } from './governance.service';
import type { GovernanceTables } from './governance.table';
import { termsAdminRoutes } from './terms.routes';
import { governanceMessages } from './governance.messages';
import { governanceAccess } from './governance.access';

export const governanceFeature: Feature<GovernanceTables> = {
  name: 'governance',
  messages: governanceMessages,
  routes: [governanceRoutes, termsAdminRoutes],
  access: governanceAccess,
  rules: governanceRules,
  provides: [provide(membersNeeds.cochairYears, cochairYears)],
};
