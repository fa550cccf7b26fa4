import { everyone, signedIn, type RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /login', url: '/login', allow: everyone },
  { route: 'POST /login', url: '/login', form: { email: 'nobody@example.org', password: 'wrong-password' }, allow: everyone },
  // Without a sign-in waiting for its second factor, both send the person to sign in.
  { route: 'GET /login/second-factor', url: '/login/second-factor', allow: [] },
  { route: 'POST /login/second-factor', url: '/login/second-factor', allow: [] },
  { route: 'POST /logout', url: '/logout', allow: everyone },
  { route: 'GET /password/forgot', url: '/password/forgot', allow: everyone },
  { route: 'POST /password/forgot', url: '/password/forgot', form: { email: 'nobody@example.org' }, allow: everyone },
  { route: 'GET /account/set-password/:token', url: '/account/set-password/not-a-token', allow: everyone },
  { route: 'POST /account/set-password/:token', url: '/account/set-password/not-a-token', allow: everyone },
  { route: 'GET /account', url: '/account', allow: signedIn },
  { route: 'POST /account/password', url: '/account/password', allow: signedIn },
  { route: 'POST /account/sessions/end-others', url: '/account/sessions/end-others', allow: signedIn },
  { route: 'POST /account/second-factor/start', url: '/account/second-factor/start', allow: signedIn },
  { route: 'POST /account/second-factor/confirm', url: '/account/second-factor/confirm', form: { code: '000000' }, allow: signedIn },
  { route: 'POST /account/second-factor/disable', url: '/account/second-factor/disable', form: { code: '000000' }, allow: signedIn },
  { route: 'POST /account/recovery-codes', url: '/account/recovery-codes', allow: signedIn },
  { route: 'GET /account/passkeys', url: '/account/passkeys', allow: signedIn },
  { route: 'POST /account/passkeys/options', url: '/account/passkeys/options', allow: signedIn },
  { route: 'POST /account/passkeys', url: '/account/passkeys', form: { name: 'access test' }, allow: signedIn },
  { route: 'POST /account/passkeys/:id/name', url: '/account/passkeys/999999/name', form: { name: 'access test' }, allow: signedIn },
  { route: 'POST /account/passkeys/:id/remove', url: '/account/passkeys/999999/remove', allow: signedIn },
  // Signing in with a passkey is open to all; a made-up answer is refused with 400 (malformed) or 401.
  { route: 'POST /login/passkey/options', url: '/login/passkey/options', allow: everyone },
  { route: 'POST /login/passkey', url: '/login/passkey', form: { next: '/' }, allow: everyone },
  { route: 'POST /admin/second-factor', url: '/admin/second-factor', form: { required: 'false' }, allow: ['admin'] },
  { route: 'POST /account/tokens', url: '/account/tokens', form: { name: 'access test' }, allow: signedIn },
  { route: 'POST /account/tokens/:id/revoke', url: '/account/tokens/999999/revoke', allow: signedIn },
  { route: 'GET /account/invite', url: '/account/invite', allow: ['focal_point', 'other_focal_point', 'cochair', 'admin'] },
  { route: 'POST /account/invite', url: '/account/invite', allow: ['focal_point', 'other_focal_point', 'cochair', 'admin'] },
  // Approving an account that waits: an admin, or a focal point of its organization (none waits here: 404 for them).
  { route: 'POST /admin/accounts/:id/approve', url: '/admin/accounts/999999/approve', allow: ['focal_point', 'other_focal_point', 'cochair', 'admin'] },
  { route: 'GET /admin/accounts', url: '/admin/accounts', allow: ['focal_point', 'other_focal_point', 'cochair', 'admin'] },
  { route: 'GET /admin/audit', url: '/admin/audit', allow: ['admin'] },
  { route: 'GET /admin/audit.csv', url: '/admin/audit.csv', allow: ['admin'] },
];
