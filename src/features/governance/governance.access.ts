import { allowedFor, pageFor, same, type RouteAccess } from '../route-access';

export const governanceAccess: readonly RouteAccess[] = [
  { route: 'GET /governance', url: '/governance', expect: same(200) },
  { route: 'GET /api/v1/terms', url: '/api/v1/terms', expect: same(200) },
  { route: 'GET /api/v1/terms/:year', url: '/api/v1/terms/2022', expect: same(200) },
  // The secretariat's screens for terms. Forms are posted empty: the admin gets the form back (400), nothing changes.
  { route: 'GET /admin/terms', url: '/admin/terms', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/terms', url: '/admin/terms', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/terms/:year', url: '/admin/terms/2022', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/terms/:year', url: '/admin/terms/2022', expect: allowedFor(['admin'], 400) },
];
