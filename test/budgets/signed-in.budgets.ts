/**
 * The members' workspace, as its people read it: a focal point of a member organization, a co-chair
 * and the secretariat. Every budget counts the sign-in check (one statement) and, on a page with the
 * navigation, its counts (one statement); see docs/performance.md.
 */
import type { StatementBudget } from './budgets';

export const budgets: StatementBudget[] = [
  { url: '/work', as: 'focal_point', budget: 9 },
  { url: '/work', as: 'cochair', budget: 11 },
  { url: '/work', as: 'admin', budget: 10 },
  { url: '/', as: 'focal_point', budget: 12 },
  { url: '/group/brand.css', as: 'focal_point', budget: 1 },
  { url: '/account', as: 'focal_point', budget: 9 },
  { url: '/account/notifications', as: 'focal_point', budget: 7 },
  { url: '/notifications', as: 'focal_point', budget: 5 },
  { url: '/members/icmpd', as: 'focal_point', budget: 43 },
  { url: '/progress', as: 'focal_point', budget: 32 },
  { url: '/api/v1/progress?year=2022', as: 'focal_point', budget: 30 },
  { url: '/progress/periods/1', as: 'focal_point', budget: 20 },
  { url: '/progress/periods/1', as: 'cochair', budget: 21 },
  { url: '/progress/updates/1', as: 'focal_point', budget: 18 },
  { url: '/progress/pledges?year=2022', as: 'focal_point', budget: 14 },
  { url: '/statements/workspace', as: 'focal_point', budget: 4 },
  { url: '/statements/call-to-action-humanitarian-crises-2022', as: 'focal_point', budget: 16 },
  { url: '/translations/statement/1', as: 'focal_point', budget: 5 },
  { url: '/groups', as: 'focal_point', budget: 5 },
  { url: '/groups/policy-support-group', as: 'focal_point', budget: 16 },
  { url: '/groups/policy-support-group/coordination', as: 'focal_point', budget: 8 },
  { url: '/meetings/1', as: 'focal_point', budget: 9 },
  { url: '/meetings/1/edit', as: 'admin', budget: 11 },
  { url: '/plan/edit', as: 'admin', budget: 10 },
  { url: '/admin/accounts', as: 'admin', budget: 6 },
  { url: '/admin/audit', as: 'admin', budget: 5 },
  { url: '/admin/members', as: 'admin', budget: 5 },
];
