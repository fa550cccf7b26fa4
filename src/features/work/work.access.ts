import { pageFor, signedIn, type RouteAccess } from '../route-access';

export const workAccess: readonly RouteAccess[] = [
  // Everyone signed in has a "My work" page, even when nothing waits for them.
  { route: 'GET /work', url: '/work', expect: pageFor(signedIn, 200) },
];
