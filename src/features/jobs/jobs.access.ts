import { allowedFor, pageFor, type RouteAccess } from '../route-access';

export const jobsAccess: readonly RouteAccess[] = [
  { route: 'GET /admin/jobs', url: '/admin/jobs', expect: pageFor(['admin'], 200) },
  // No such job or mail: not found (404) for the secretariat.
  { route: 'POST /admin/jobs/:id/retry', url: '/admin/jobs/00000000-0000-4000-8000-000000000000/retry', expect: allowedFor(['admin'], 404) },
  { route: 'POST /admin/jobs/:id/cancel', url: '/admin/jobs/00000000-0000-4000-8000-000000000000/cancel', expect: allowedFor(['admin'], 404) },
  { route: 'POST /admin/jobs/mail/:id/retry', url: '/admin/jobs/mail/999999/retry', expect: allowedFor(['admin'], 404) },
  // Valid: the re-indexing is queued.
  { route: 'POST /admin/jobs/search-index', url: '/admin/jobs/search-index', expect: allowedFor(['admin'], '303 /admin/jobs') },
];
