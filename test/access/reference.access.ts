import { allowedFor, pageFor, type RouteAccess } from './access';

/** The secretariat's screens for reference records. Forms are posted empty: the admin gets the form back (400), nothing changes. */
export const routeAccess: RouteAccess[] = [
  { route: 'GET /admin/members', url: '/admin/members', expect: pageFor(['admin'], 200) },
  { route: 'GET /admin/members/new', url: '/admin/members/new', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/members', url: '/admin/members', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/members/:acronym', url: '/admin/members/icmpd', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/members/:acronym', url: '/admin/members/icmpd', expect: allowedFor(['admin'], 400) },
  { route: 'POST /admin/members/:acronym/retire', url: '/admin/members/icmpd/retire', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/about', url: '/admin/about', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/about/counts', url: '/admin/about/counts', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/about/counts/:id', url: '/admin/about/counts/1', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/about/counts/:id', url: '/admin/about/counts/1', expect: allowedFor(['admin'], 400) },
  { route: 'POST /admin/about/counts/:id/delete', url: '/admin/about/counts/1/delete', expect: allowedFor(['admin'], 400) },
  { route: 'POST /admin/about/history', url: '/admin/about/history', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/about/history/:id', url: '/admin/about/history/1', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/about/history/:id', url: '/admin/about/history/1', expect: allowedFor(['admin'], 400) },
  { route: 'POST /admin/about/history/:id/delete', url: '/admin/about/history/1/delete', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/terms', url: '/admin/terms', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/terms', url: '/admin/terms', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/terms/:year', url: '/admin/terms/2022', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/terms/:year', url: '/admin/terms/2022', expect: allowedFor(['admin'], 400) },
  { route: 'GET /progress/periods/:id/edit', url: '/progress/periods/1/edit', expect: pageFor(['cochair', 'admin'], 200) },
  { route: 'POST /progress/periods/:id/edit', url: '/progress/periods/1/edit', expect: allowedFor(['cochair', 'admin'], 400) },
];
