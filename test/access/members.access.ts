import { everyone, type RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /', url: '/', allow: everyone },
  { route: 'GET /healthz', url: '/healthz', allow: everyone },
  { route: 'GET /readyz', url: '/readyz', allow: everyone },
  { route: 'GET /members', url: '/members', allow: everyone },
  { route: 'GET /members/:acronym', url: '/members/icmpd', allow: everyone },
  { route: 'GET /about', url: '/about', allow: everyone },
  { route: 'GET /api/v1/members', url: '/api/v1/members', allow: everyone },
  { route: 'GET /api/v1/members/:acronym', url: '/api/v1/members/icmpd', allow: everyone },
  { route: 'GET /mapping', url: '/mapping', allow: everyone },
  { route: 'GET /mapping.csv', url: '/mapping.csv', allow: everyone },
  { route: 'GET /mapping/:figure.csv', url: '/mapping/figure-regions.csv', allow: everyone },
  { route: 'GET /api/v1/mapping', url: '/api/v1/mapping', allow: everyone },
  { route: 'GET /members/:acronym/profile', url: '/members/icmpd/profile', allow: ['focal_point', 'cochair', 'admin'] },
  { route: 'POST /members/:acronym/profile', url: '/members/icmpd/profile', allow: ['focal_point', 'cochair', 'admin'] },
  { route: 'POST /api/v1/members/:acronym/profile', url: '/api/v1/members/icmpd/profile', allow: ['focal_point', 'cochair', 'admin'] },
  { route: 'GET /members/:acronym/edit', url: '/members/icmpd/edit', allow: ['admin'] },
  { route: 'POST /members/:acronym/edit', url: '/members/icmpd/edit', allow: ['admin'] },
];
