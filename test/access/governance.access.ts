import { everyone, type RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /governance', url: '/governance', allow: everyone },
  { route: 'GET /api/v1/terms', url: '/api/v1/terms', allow: everyone },
  { route: 'GET /api/v1/terms/:year', url: '/api/v1/terms/2022', allow: everyone },
];
