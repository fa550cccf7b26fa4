import type { RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /admin/vocabularies', url: '/admin/vocabularies', allow: ['admin'] },
  { route: 'POST /admin/vocabularies', url: '/admin/vocabularies', allow: ['admin'] },
  { route: 'GET /admin/vocabularies/:code', url: '/admin/vocabularies/regions', allow: ['admin'] },
  { route: 'POST /admin/vocabularies/:code', url: '/admin/vocabularies/regions', allow: ['admin'] },
  { route: 'POST /admin/vocabularies/:code/values', url: '/admin/vocabularies/regions/values', allow: ['admin'] },
  { route: 'GET /admin/vocabularies/:code/values/:value', url: '/admin/vocabularies/regions/values/africa', allow: ['admin'] },
  { route: 'POST /admin/vocabularies/:code/values/:value', url: '/admin/vocabularies/regions/values/africa', allow: ['admin'] },
];
