import { everyone, type RouteAccess } from './access';

/** The public site. GET / is listed in members.access.ts. */
export const routeAccess: RouteAccess[] = [
  { route: 'GET /statements', url: '/statements', allow: everyone },
  { route: 'GET /annual-reports', url: '/annual-reports', allow: everyone },
  { route: 'GET /feed.atom', url: '/feed.atom', allow: everyone },
  { route: 'GET /sitemap.xml', url: '/sitemap.xml', allow: everyone },
];
