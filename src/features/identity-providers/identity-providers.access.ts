import { allowedFor, pageFor, same, type RouteAccess } from '../route-access';

export const identityProvidersAccess: readonly RouteAccess[] = [
  { route: 'GET /admin/sign-in', url: '/admin/sign-in', expect: pageFor(['admin'], 200) },
  // Without an issuer and a client, the form again (400); nothing created.
  { route: 'POST /admin/sign-in/providers', url: '/admin/sign-in/providers', form: { name: 'Access test' }, expect: allowedFor(['admin'], 400) },
  // Validated before the provider is looked up (400).
  { route: 'POST /admin/sign-in/providers/:id', url: '/admin/sign-in/providers/999999', form: { name: 'Access test' }, expect: allowedFor(['admin'], 400) },
  { route: 'POST /admin/sign-in/providers/:id/remove', url: '/admin/sign-in/providers/999999/remove', expect: allowedFor(['admin'], 404) },
  // Valid: approval stays off.
  { route: 'POST /admin/sign-in/approval', url: '/admin/sign-in/approval', form: { required: 'false' }, expect: allowedFor(['admin'], '303 /admin/sign-in') },
  // Anyone may start a sign-in; without such a provider the page says so (404).
  { route: 'GET /login/provider/:id', url: '/login/provider/999999', expect: same(404) },
  // Coming back without a sign-in under way in this browser is refused (401) for everyone, as the second-factor step is.
  { route: 'GET /login/provider/callback', url: '/login/provider/callback?state=nothing&code=nothing', expect: same(401) },
];
