import { allowedFor, pageFor, signedIn, type RouteAccess, type Who } from '../route-access';

/** The Policy Support Group has every current member: UNODC, ICMPD and OSCE people read and post in it. */
const readers: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin'];
/** It has no convening organization: the secretariat and the co-chairs of the year manage it. */
const managers: Who[] = ['cochair', 'admin'];
const group = '/groups/policy-support-group';

export const groupsAccess: readonly RouteAccess[] = [
  { route: 'GET /groups', url: '/groups', expect: pageFor(signedIn, 200) },
  { route: 'GET /api/v1/groups', url: '/api/v1/groups', expect: allowedFor(signedIn, 200) },
  { route: 'GET /groups/new', url: '/groups/new', expect: pageFor(managers, 200) },
  // Posted empty: the form again with its problems (400), nothing created.
  { route: 'POST /groups', url: '/groups', expect: allowedFor(managers, 400) },
  // The group's page (its mandate and members) is for everyone signed in; its posts (below) for its organizations' people.
  { route: 'GET /groups/:slug', url: group, expect: pageFor(signedIn, 200) },
  { route: 'GET /groups/:slug/edit', url: `${group}/edit`, expect: pageFor(managers, 200) },
  // Posted empty (400): the walk leaves the group as it was.
  { route: 'POST /groups/:slug/edit', url: `${group}/edit`, expect: allowedFor(managers, 400) },
  // Valid, as the page's multipart form sends it: each reader shares a post.
  {
    route: 'POST /groups/:slug/posts',
    url: `${group}/posts`,
    multipart: true,
    form: (person) => ({ kind: 'policy_brief', title: `Shared by ${person}`, summary: 'Shared during the access walk.' }),
    expect: allowedFor(readers, '303 /groups/policy-support-group/posts/*'),
  },
  // A plain form is refused (415) once the person may post.
  { route: 'POST /groups/:slug/posts', url: `${group}/posts`, expect: allowedFor(readers, 415) },
  { route: 'GET /groups/:slug/posts/:id', url: `${group}/posts/1`, expect: pageFor(readers, 200) },
  { route: 'GET /api/v1/groups/:slug/posts', url: `/api/v1${group}/posts`, expect: allowedFor(readers, 200) },
  // Valid: the reply is added.
  {
    route: 'POST /groups/:slug/posts/:id/replies',
    url: `${group}/posts/1/replies`,
    form: { body: 'A reply from the access test.' },
    expect: allowedFor(readers, '303 /groups/policy-support-group/posts/*'),
  },
  // The sample post has no file: not found, for the readers.
  { route: 'GET /groups/:slug/posts/:id/files/:fileId', url: `${group}/posts/1/files/1`, expect: pageFor(readers, 404) },
  // Valid.
  { route: 'POST /groups/:slug/subscription', url: `${group}/subscription`, form: { mode: 'digest' }, expect: allowedFor(readers, '303 /groups/policy-support-group') },
  { route: 'GET /groups/:slug/coordination', url: `${group}/coordination`, expect: pageFor(readers, 200) },
  { route: 'GET /groups/:slug/coordination.csv', url: `${group}/coordination.csv`, expect: pageFor(readers, 200) },
  { route: 'GET /groups/:slug/coordination.xlsx', url: `${group}/coordination.xlsx`, expect: pageFor(readers, 200) },
  // A sample post has no author account: only the secretariat may edit or delete it.
  { route: 'GET /groups/:slug/posts/:id/edit', url: `${group}/posts/1/edit`, expect: pageFor(['admin'], 200) },
  // Multipart, as a new post (415).
  { route: 'POST /groups/:slug/posts/:id/edit', url: `${group}/posts/1/edit`, expect: allowedFor(['admin'], 415) },
  // Valid: post 5 is deleted by the secretariat.
  { route: 'POST /groups/:slug/posts/:id/delete', url: `${group}/posts/5/delete`, expect: allowedFor(['admin'], '303 /groups/policy-support-group') },
];
