import { allowedFor, pageFor, same, type RouteAccess, type Who } from '../route-access';

/** ICMPD's profile: its focal points (focal_point, cochair) and the secretariat; OSCE's focal point is refused. */
const icmpdWriters: Who[] = ['focal_point', 'cochair', 'admin'];

export const membersAccess: readonly RouteAccess[] = [
  { route: 'GET /members', url: '/members', expect: same(200) },
  { route: 'GET /members/:acronym', url: '/members/icmpd', expect: same(200) },
  { route: 'GET /about', url: '/about', expect: same(200) },
  { route: 'GET /api/v1/members', url: '/api/v1/members', expect: same(200) },
  { route: 'GET /api/v1/members/:acronym', url: '/api/v1/members/icmpd', expect: same(200) },
  { route: 'GET /mapping', url: '/mapping', expect: same(200) },
  { route: 'GET /mapping.csv', url: '/mapping.csv', expect: same(200) },
  { route: 'GET /mapping/:figure.csv', url: '/mapping/figure-regions.csv', expect: same(200) },
  { route: 'GET /api/v1/mapping', url: '/api/v1/mapping', expect: same(200) },
  { route: 'GET /members/:acronym/profile', url: '/members/icmpd/profile', expect: pageFor(icmpdWriters, 200) },
  // Posted empty, without the version the form was opened on (400): the profile stays as it was.
  { route: 'POST /members/:acronym/profile', url: '/members/icmpd/profile', expect: allowedFor(icmpdWriters, 400) },
  { route: 'POST /api/v1/members/:acronym/profile', url: '/api/v1/members/icmpd/profile', expect: allowedFor(icmpdWriters, 400) },
  { route: 'GET /members/:acronym/edit', url: '/members/icmpd/edit', expect: pageFor(['admin'], 200) },
  // Posted empty (400).
  { route: 'POST /members/:acronym/edit', url: '/members/icmpd/edit', expect: allowedFor(['admin'], 400) },
  // The secretariat's screens for reference records. Forms are posted empty: the admin gets the form back (400), nothing changes.
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
];
