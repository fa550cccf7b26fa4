/** The Plan of Action, pledges, reporting periods, progress updates and the dashboard. */
import { provide, type Feature } from '../feature';
import { membersNeeds } from '../members';
import { periodEditingRoutes } from './periods.routes';
import { planRoutes } from './plan.routes';
import { progressRules } from './progress.policy';
import { memberContributions, progressRoutes } from './progress.routes';
import { seedSamplePlan, seedSampleProgress } from './progress.seed';
import type { ProgressTables } from './progress.table';
import { progressMessages } from './progress.messages';
import { progressAccess } from './progress.access';

export const progressFeature: Feature<ProgressTables> = {
  name: 'progress',
  messages: progressMessages,
  routes: [planRoutes, progressRoutes, periodEditingRoutes],
  access: progressAccess,
  rules: progressRules,
  seed: [
    { name: 'cli.seed.plan', run: seedSamplePlan },
    { name: 'cli.seed.progress', run: seedSampleProgress },
  ],
  provides: [provide(membersNeeds.contributions, memberContributions)],
};
