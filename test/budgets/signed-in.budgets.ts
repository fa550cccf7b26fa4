/** The members' workspace, as a focal point of a member organization reads it. */
import type { StatementBudget } from './budgets';

export const budgets: StatementBudget[] = [
  { url: '/work', as: 'focal_point', budget: 18 },
  { url: '/', as: 'focal_point', budget: 21 },
  { url: '/members/icmpd', as: 'focal_point', budget: 52 },
  { url: '/progress', as: 'focal_point', budget: 96 },
  { url: '/progress/periods/1', as: 'focal_point', budget: 43 },
  { url: '/progress/updates/1', as: 'focal_point', budget: 27 },
  { url: '/progress/pledges?year=2022', as: 'focal_point', budget: 23 },
  { url: '/statements/call-to-action-humanitarian-crises-2022', as: 'focal_point', budget: 25 },
  { url: '/groups/policy-support-group', as: 'focal_point', budget: 25 },
  { url: '/meetings/1', as: 'focal_point', budget: 18 },
  { url: '/notifications', as: 'focal_point', budget: 14 },
  { url: '/api/v1/progress?year=2022', as: 'focal_point', budget: 87 },
];
