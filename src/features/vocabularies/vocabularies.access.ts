import { allowedFor, pageFor, type RouteAccess } from '../route-access';

/** Forms are posted empty: the secretariat gets the form back (400), nothing changes. */
export const vocabulariesAccess: readonly RouteAccess[] = [
  { route: 'GET /admin/vocabularies', url: '/admin/vocabularies', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/vocabularies', url: '/admin/vocabularies', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/vocabularies/:code', url: '/admin/vocabularies/regions', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/vocabularies/:code', url: '/admin/vocabularies/regions', expect: allowedFor(['admin'], 400) },
  { route: 'POST /admin/vocabularies/:code/values', url: '/admin/vocabularies/regions/values', expect: allowedFor(['admin'], 400) },
  { route: 'GET /admin/vocabularies/:code/values/:value', url: '/admin/vocabularies/regions/values/africa', expect: pageFor(['admin'], 200) },
  { route: 'POST /admin/vocabularies/:code/values/:value', url: '/admin/vocabularies/regions/values/africa', expect: allowedFor(['admin'], 400) },
];
