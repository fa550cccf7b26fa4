import { same, type RouteAccess } from '../route-access';

/** The public site. */
export const siteAccess: readonly RouteAccess[] = [
  { route: 'GET /', url: '/', expect: same(200) },
  { route: 'GET /statements', url: '/statements', expect: same(200) },
  { route: 'GET /annual-reports', url: '/annual-reports', expect: same('301 /reports') },
  { route: 'GET /feed.atom', url: '/feed.atom', expect: same(200) },
  { route: 'GET /sitemap.xml', url: '/sitemap.xml', expect: same(200) },
];
