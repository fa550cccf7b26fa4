import { signedIn, type RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /notifications', url: '/notifications', allow: signedIn },
  // Signed-in people get through (a notification that is not their own is not found); the public signs in.
  { route: 'POST /notifications/:id/read', url: '/notifications/999999/read', allow: signedIn },
  { route: 'POST /notifications/read-all', url: '/notifications/read-all', allow: signedIn },
  { route: 'GET /account/notifications', url: '/account/notifications', allow: signedIn },
  { route: 'POST /account/notifications', url: '/account/notifications', form: { round_opened: 'daily' }, allow: signedIn },
];
