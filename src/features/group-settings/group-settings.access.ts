import { allowedFor, pageFor, same, type RouteAccess } from '../route-access';

export const groupSettingsAccess: readonly RouteAccess[] = [
  { route: 'GET /admin/group', url: '/admin/group', expect: pageFor(['admin'], 200) },
  // The form is multipart (it carries the logo); a plain form is refused (415) before anything is read.
  { route: 'POST /admin/group', url: '/admin/group', form: { shortName: 'Nope' }, expect: allowedFor(['admin'], 415) },
  // The seed sets no logo: not found, for everyone.
  { route: 'GET /group/logo', url: '/group/logo', expect: same(404) },
  { route: 'GET /group/brand.css', url: '/group/brand.css', expect: same(200) },
];
