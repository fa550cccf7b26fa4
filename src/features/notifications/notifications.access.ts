import { allowedFor, pageFor, signedIn, type RouteAccess } from '../route-access';

export const notificationsAccess: readonly RouteAccess[] = [
  { route: 'GET /notifications', url: '/notifications', expect: pageFor(signedIn, 200) },
  // A notification that is not the person's own is not found (404), whether or not it exists.
  { route: 'POST /notifications/:id/read', url: '/notifications/999999/read', expect: allowedFor(signedIn, 404) },
  // Valid.
  { route: 'POST /notifications/read-all', url: '/notifications/read-all', expect: allowedFor(signedIn, '303 /notifications') },
  { route: 'GET /account/notifications', url: '/account/notifications', expect: pageFor(signedIn, 200) },
  // Valid.
  { route: 'POST /account/notifications', url: '/account/notifications', form: { round_opened: 'daily' }, expect: allowedFor(signedIn, '303 /account/notifications') },
];
