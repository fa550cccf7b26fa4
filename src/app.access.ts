import { same, type RouteAccess } from './features/route-access';

/** The routes the app registers itself, outside any feature. */
export const appAccess: readonly RouteAccess[] = [
  // The probes: public.
  { route: 'GET /healthz', url: '/healthz', expect: same(200) },
  { route: 'GET /readyz', url: '/readyz', expect: same(200) },
  // The JSON API's contract, as a document and as a page: public, and made without reading the database.
  { route: 'GET /api/v1/openapi.json', url: '/api/v1/openapi.json', expect: same(200) },
  { route: 'GET /api', url: '/api', expect: same(200) },
];
