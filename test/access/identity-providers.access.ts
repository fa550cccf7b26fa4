import { everyone, type RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /admin/sign-in', url: '/admin/sign-in', allow: ['admin'] },
  { route: 'POST /admin/sign-in/providers', url: '/admin/sign-in/providers', form: { name: 'Access test' }, allow: ['admin'] },
  { route: 'POST /admin/sign-in/providers/:id', url: '/admin/sign-in/providers/999999', form: { name: 'Access test' }, allow: ['admin'] },
  { route: 'POST /admin/sign-in/providers/:id/remove', url: '/admin/sign-in/providers/999999/remove', allow: ['admin'] },
  { route: 'POST /admin/sign-in/approval', url: '/admin/sign-in/approval', form: { required: 'false' }, allow: ['admin'] },
  // Anyone may start a sign-in; without such a provider the page says so (404).
  { route: 'GET /login/provider/:id', url: '/login/provider/999999', allow: everyone },
  // Coming back without a sign-in under way in this browser is refused (401) for everyone, as the second-factor step is.
  { route: 'GET /login/provider/callback', url: '/login/provider/callback?state=nothing&code=nothing', allow: [] },
];
