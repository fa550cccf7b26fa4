import { everyone, type RouteAccess } from './access';

/** Anyone searches; what each person finds is tested in src/features/search/site-search.test.ts. */
export const routeAccess: RouteAccess[] = [
  { route: 'GET /search', url: '/search?q=trafficking', allow: everyone },
  { route: 'GET /api/v1/search', url: '/api/v1/search?q=trafficking', allow: everyone },
];
