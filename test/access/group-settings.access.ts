import { everyone, type RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /admin/group', url: '/admin/group', allow: ['admin'] },
  { route: 'POST /admin/group', url: '/admin/group', form: { shortName: 'Nope' }, allow: ['admin'] },
  { route: 'GET /group/logo', url: '/group/logo', allow: everyone },
  { route: 'GET /group/brand.css', url: '/group/brand.css', allow: everyone },
];
