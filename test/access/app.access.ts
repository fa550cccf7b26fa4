import { same, type RouteAccess } from './access';

/** The JSON API's contract, as a document and as a page: public, and made without reading the database. */
export const routeAccess: RouteAccess[] = [
  { route: 'GET /api/v1/openapi.json', url: '/api/v1/openapi.json', expect: same(200) },
  { route: 'GET /api', url: '/api', expect: same(200) },
];
