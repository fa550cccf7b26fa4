import { signedIn, type RouteAccess, type Who } from './access';

/** The Policy Support Group has every current member: UNODC, ICMPD and OSCE people read and post in it. */
const readers: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin'];
/** It has no convening organization: the secretariat and the co-chairs of the year manage it. */
const managers: Who[] = ['cochair', 'admin'];
const group = '/groups/policy-support-group';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /groups', url: '/groups', allow: signedIn },
  { route: 'GET /api/v1/groups', url: '/api/v1/groups', allow: signedIn },
  { route: 'GET /groups/new', url: '/groups/new', allow: managers },
  { route: 'POST /groups', url: '/groups', allow: managers },
  { route: 'GET /groups/:slug', url: group, allow: signedIn },
  { route: 'GET /groups/:slug/edit', url: `${group}/edit`, allow: managers },
  { route: 'POST /groups/:slug/edit', url: `${group}/edit`, allow: managers },
  { route: 'POST /groups/:slug/posts', url: `${group}/posts`, allow: readers },
  { route: 'GET /groups/:slug/posts/:id', url: `${group}/posts/1`, allow: readers },
  { route: 'GET /api/v1/groups/:slug/posts', url: `/api/v1${group}/posts`, allow: readers },
  { route: 'POST /groups/:slug/posts/:id/replies', url: `${group}/posts/1/replies`, form: { body: 'A reply from the access test.' }, allow: readers },
  { route: 'GET /groups/:slug/posts/:id/files/:fileId', url: `${group}/posts/1/files/1`, allow: readers },
  { route: 'POST /groups/:slug/subscription', url: `${group}/subscription`, form: { mode: 'digest' }, allow: readers },
  { route: 'GET /groups/:slug/coordination', url: `${group}/coordination`, allow: readers },
  { route: 'GET /groups/:slug/coordination.csv', url: `${group}/coordination.csv`, allow: readers },
  { route: 'GET /groups/:slug/coordination.xlsx', url: `${group}/coordination.xlsx`, allow: readers },
  // A sample post has no author account: only the secretariat may edit or delete it.
  { route: 'GET /groups/:slug/posts/:id/edit', url: `${group}/posts/1/edit`, allow: ['admin'] },
  { route: 'POST /groups/:slug/posts/:id/edit', url: `${group}/posts/1/edit`, allow: ['admin'] },
  { route: 'POST /groups/:slug/posts/:id/delete', url: `${group}/posts/5/delete`, allow: ['admin'] },
];
