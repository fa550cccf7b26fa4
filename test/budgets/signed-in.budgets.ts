/**
 * The members' workspace, as its people read it: a focal point of a member organization, a co-chair
 * and the secretariat. Every budget counts the sign-in check (one statement) and, on a page with the
 * navigation, its counts (one statement); see docs/performance.md.
 */
import type { StatementBudget } from './budgets';

export const budgets: StatementBudget[] = [
  { url: '/work', as: 'focal_point', budget: 4 },
  { url: '/work', as: 'cochair', budget: 5 },
  { url: '/work', as: 'admin', budget: 4 },
  { url: '/', as: 'focal_point', budget: 6 },
  { url: '/group/brand.css', as: 'focal_point', budget: 1 },
  { url: '/account', as: 'focal_point', budget: 3 },
  { url: '/account/notifications', as: 'focal_point', budget: 6 },
  { url: '/notifications', as: 'focal_point', budget: 5 },
  { url: '/members/icmpd', as: 'focal_point', budget: 6 },
  { url: '/progress', as: 'focal_point', budget: 6 },
  { url: '/api/v1/progress?year=2022', as: 'focal_point', budget: 5 },
  { url: '/progress/periods/1', as: 'focal_point', budget: 3 },
  { url: '/progress/periods/1', as: 'cochair', budget: 4 },
  { url: '/progress/updates/1', as: 'focal_point', budget: 5 },
  { url: '/progress/pledges?year=2022', as: 'focal_point', budget: 6 },
  { url: '/statements/workspace', as: 'focal_point', budget: 4 },
  { url: '/statements/call-to-action-humanitarian-crises-2022', as: 'focal_point', budget: 6 },
  { url: '/translations/statement/1', as: 'focal_point', budget: 5 },
  { url: '/groups', as: 'focal_point', budget: 5 },
  { url: '/groups/policy-support-group', as: 'focal_point', budget: 6 },
  { url: '/groups/policy-support-group/coordination', as: 'focal_point', budget: 6 },
  { url: '/meetings/1', as: 'focal_point', budget: 5 },
  { url: '/meetings/1/edit', as: 'admin', budget: 5 },
  { url: '/plan/edit', as: 'admin', budget: 5 },
  { url: '/admin/accounts', as: 'admin', budget: 4 },
  { url: '/admin/audit', as: 'admin', budget: 5 },
  { url: '/admin/members', as: 'admin', budget: 3 },
];
