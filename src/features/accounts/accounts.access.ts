import { allowedFor, pageFor, same, signedIn, type RouteAccess, type Who } from '../route-access';

/** Focal points invite colleagues of their own organization; the secretariat invites anyone. */
const inviters: Who[] = ['focal_point', 'other_focal_point', 'cochair', 'admin'];
/** A fresh address for each person, so that no limit counted per address is reached by the walk itself. */
const addressOf = (person: Who, purpose: string) => `${purpose}-${person.replace(/_/g, '-')}@example.org`;

export const accountsAccess: readonly RouteAccess[] = [
  // Someone signed in is sent on to their work.
  { route: 'GET /login', url: '/login', expect: same('303 /work', { public: 200 }) },
  // A wrong password: the page answers with the form again (422), for everyone.
  { route: 'POST /login', url: '/login', form: (person) => ({ email: addressOf(person, 'nobody'), password: 'wrong-password' }), expect: same(422) },
  // Without a sign-in waiting for its second factor, both send the person to sign in.
  { route: 'GET /login/second-factor', url: '/login/second-factor', expect: same('303 /login') },
  { route: 'POST /login/second-factor', url: '/login/second-factor', expect: same('303 /login') },
  // Valid: the walk signs the person in again afterwards.
  { route: 'POST /logout', url: '/logout', expect: same('303 /') },
  { route: 'GET /password/forgot', url: '/password/forgot', expect: same(200) },
  // Valid: the same page whether or not the address has an account.
  { route: 'POST /password/forgot', url: '/password/forgot', form: (person) => ({ email: addressOf(person, 'forgot') }), expect: same(200) },
  // A token nobody was given: not found, for everyone.
  { route: 'GET /account/set-password/:token', url: '/account/set-password/not-a-token', expect: same(404) },
  { route: 'POST /account/set-password/:token', url: '/account/set-password/not-a-token', expect: same(404) },
  { route: 'GET /account', url: '/account', expect: pageFor(signedIn, 200) },
  // Posted empty (400): a new password would have to be typed twice, and would outlive the walk's sign-in.
  { route: 'POST /account/password', url: '/account/password', expect: allowedFor(signedIn, 400) },
  // Valid.
  { route: 'POST /account/language', url: '/account/language', form: { locale: 'en' }, expect: allowedFor(signedIn, '303 /account') },
  { route: 'POST /account/sessions/end-others', url: '/account/sessions/end-others', expect: allowedFor(signedIn, '303 /account') },
  // Valid: the page with the secret to scan (200); confirming it with a wrong code is refused (400).
  { route: 'POST /account/second-factor/start', url: '/account/second-factor/start', expect: allowedFor(signedIn, 200) },
  { route: 'POST /account/second-factor/confirm', url: '/account/second-factor/confirm', form: { code: '000000' }, expect: allowedFor(signedIn, 400) },
  // Nobody has a second factor here: nothing to disable or renew (409).
  { route: 'POST /account/second-factor/disable', url: '/account/second-factor/disable', form: { code: '000000' }, expect: allowedFor(signedIn, 409) },
  { route: 'POST /account/recovery-codes', url: '/account/recovery-codes', expect: allowedFor(signedIn, 409) },
  { route: 'GET /account/passkeys', url: '/account/passkeys', expect: pageFor(signedIn, 200) },
  { route: 'POST /account/passkeys/options', url: '/account/passkeys/options', expect: allowedFor(signedIn, 200) },
  // Without an authenticator's answer the registration is malformed (400).
  { route: 'POST /account/passkeys', url: '/account/passkeys', form: { name: 'access test' }, expect: allowedFor(signedIn, 400) },
  // A passkey or token that is not the person's own is not found (404), whether or not it exists.
  { route: 'POST /account/passkeys/:id/name', url: '/account/passkeys/999999/name', form: { name: 'access test' }, expect: allowedFor(signedIn, 404) },
  { route: 'POST /account/passkeys/:id/remove', url: '/account/passkeys/999999/remove', expect: allowedFor(signedIn, 404) },
  // Signing in with a passkey is open to all; a made-up answer is malformed (400).
  { route: 'POST /login/passkey/options', url: '/login/passkey/options', expect: same(200) },
  { route: 'POST /login/passkey', url: '/login/passkey', form: { next: '/' }, expect: same(400) },
  // Valid: leaves the second factor optional, as it was.
  { route: 'POST /admin/second-factor', url: '/admin/second-factor', form: { required: 'false' }, expect: allowedFor(['admin'], '303 /account') },
  // Valid: the page shows the new token once (200).
  { route: 'POST /account/tokens', url: '/account/tokens', form: { name: 'access test' }, expect: allowedFor(signedIn, 200) },
  { route: 'POST /account/tokens/:id/revoke', url: '/account/tokens/999999/revoke', expect: allowedFor(signedIn, 404) },
  { route: 'GET /account/invite', url: '/account/invite', expect: pageFor(inviters, 200) },
  // Valid: a member of the inviter's own organization (the secretariat names UNODC).
  {
    route: 'POST /account/invite',
    url: '/account/invite',
    form: (person) => ({ email: addressOf(person, 'invited'), name: 'Invited colleague', entity: person === 'other_focal_point' ? 'OSCE' : person === 'admin' ? 'UNODC' : 'ICMPD', roles: 'member' }),
    expect: allowedFor(inviters, '303 /admin/accounts'),
  },
  // A focal point cannot invite into another organization: the organization named is ignored, and the
  // colleague joins the inviter's own (accounts.test.ts checks which). Only the secretariat chooses it.
  {
    route: 'POST /account/invite',
    url: '/account/invite',
    form: (person) => ({ email: addressOf(person, 'elsewhere'), name: 'Invited elsewhere', entity: 'UNHCR', roles: 'member' }),
    expect: allowedFor(inviters, '303 /admin/accounts'),
  },
  // Nor give a role above their own: only the secretariat makes an admin.
  {
    route: 'POST /account/invite',
    url: '/account/invite',
    form: (person) => ({ email: addressOf(person, 'raised'), name: 'Invited as admin', roles: 'admin' }),
    expect: allowedFor(['admin'], '303 /admin/accounts'),
  },
  // Approving an account that waits: an admin, or a focal point of its organization (none waits here: 404 for them).
  { route: 'POST /admin/accounts/:id/approve', url: '/admin/accounts/999999/approve', expect: allowedFor(inviters, 404) },
  { route: 'GET /admin/accounts', url: '/admin/accounts', expect: pageFor(inviters, 200) },
];
