/** The public site's pages, as a visitor without an account reads them. */
import type { StatementBudget } from './budgets';

export const budgets: StatementBudget[] = [
  { url: '/', as: 'public', budget: 10 },
  { url: '/about', as: 'public', budget: 6 },
  { url: '/members', as: 'public', budget: 7 },
  { url: '/members/icmpd', as: 'public', budget: 20 },
  { url: '/mapping', as: 'public', budget: 3 },
  { url: '/governance', as: 'public', budget: 6 },
  { url: '/plan', as: 'public', budget: 8 },
  { url: '/statements', as: 'public', budget: 6 },
  { url: '/statements/call-to-action-humanitarian-crises-2022', as: 'public', budget: 7 },
  { url: '/meetings/1', as: 'public', budget: 7 },
  { url: '/publications', as: 'public', budget: 3 },
  { url: '/events', as: 'public', budget: 3 },
  { url: '/search?q=trafficking', as: 'public', budget: 5 },
  { url: '/feed.atom', as: 'public', budget: 6 },
  { url: '/sitemap.xml', as: 'public', budget: 10 },
  { url: '/api/v1/members', as: 'public', budget: 2 },
  { url: '/api/v1/mapping', as: 'public', budget: 3 },
];
