import { same, type RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /governance', url: '/governance', expect: same(200) },
  { route: 'GET /api/v1/terms', url: '/api/v1/terms', expect: same(200) },
  { route: 'GET /api/v1/terms/:year', url: '/api/v1/terms/2022', expect: same(200) },
];
