import { same, type RouteAccess } from '../route-access';

/** Anyone searches; what each person finds is tested in src/features/search/site-search.test.ts. */
export const searchAccess: readonly RouteAccess[] = [
  { route: 'GET /search', url: '/search?q=trafficking', expect: same(200) },
  { route: 'GET /api/v1/search', url: '/api/v1/search?q=trafficking', expect: same(200) },
];
