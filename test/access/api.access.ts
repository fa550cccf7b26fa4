import { everyone, type RouteAccess } from './access';

/** The JSON API's contract, as a document and as a page: public, and made without reading the database. */
export const routeAccess: RouteAccess[] = [
  { route: 'GET /api/v1/openapi.json', url: '/api/v1/openapi.json', allow: everyone },
  { route: 'GET /api', url: '/api', allow: everyone },
];
