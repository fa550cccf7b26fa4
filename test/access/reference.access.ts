import type { RouteAccess } from './access';

/** The secretariat's screens for reference records. Forms are posted empty: the admin gets the form back (400), nothing changes. */
export const routeAccess: RouteAccess[] = [
  { route: 'GET /admin/members', url: '/admin/members', allow: ['admin'] },
  { route: 'GET /admin/members/new', url: '/admin/members/new', allow: ['admin'] },
  { route: 'POST /admin/members', url: '/admin/members', allow: ['admin'] },
  { route: 'GET /admin/members/:acronym', url: '/admin/members/icmpd', allow: ['admin'] },
  { route: 'POST /admin/members/:acronym', url: '/admin/members/icmpd', allow: ['admin'] },
  { route: 'POST /admin/members/:acronym/retire', url: '/admin/members/icmpd/retire', allow: ['admin'] },
  { route: 'GET /admin/about', url: '/admin/about', allow: ['admin'] },
  { route: 'POST /admin/about/counts', url: '/admin/about/counts', allow: ['admin'] },
  { route: 'GET /admin/about/counts/:id', url: '/admin/about/counts/1', allow: ['admin'] },
  { route: 'POST /admin/about/counts/:id', url: '/admin/about/counts/1', allow: ['admin'] },
  { route: 'POST /admin/about/counts/:id/delete', url: '/admin/about/counts/1/delete', allow: ['admin'] },
  { route: 'POST /admin/about/history', url: '/admin/about/history', allow: ['admin'] },
  { route: 'GET /admin/about/history/:id', url: '/admin/about/history/1', allow: ['admin'] },
  { route: 'POST /admin/about/history/:id', url: '/admin/about/history/1', allow: ['admin'] },
  { route: 'POST /admin/about/history/:id/delete', url: '/admin/about/history/1/delete', allow: ['admin'] },
  { route: 'GET /admin/terms', url: '/admin/terms', allow: ['admin'] },
  { route: 'POST /admin/terms', url: '/admin/terms', allow: ['admin'] },
  { route: 'GET /admin/terms/:year', url: '/admin/terms/2022', allow: ['admin'] },
  { route: 'POST /admin/terms/:year', url: '/admin/terms/2022', allow: ['admin'] },
  { route: 'GET /progress/periods/:id/edit', url: '/progress/periods/1/edit', allow: ['cochair', 'admin'] },
  { route: 'POST /progress/periods/:id/edit', url: '/progress/periods/1/edit', allow: ['cochair', 'admin'] },
];
