import type { RouteAccess } from './access';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /admin/jobs', url: '/admin/jobs', allow: ['admin'] },
  { route: 'POST /admin/jobs/:id/retry', url: '/admin/jobs/00000000-0000-4000-8000-000000000000/retry', allow: ['admin'] },
  { route: 'POST /admin/jobs/:id/cancel', url: '/admin/jobs/00000000-0000-4000-8000-000000000000/cancel', allow: ['admin'] },
  { route: 'POST /admin/jobs/mail/:id/retry', url: '/admin/jobs/mail/999999/retry', allow: ['admin'] },
  { route: 'POST /admin/jobs/search-index', url: '/admin/jobs/search-index', allow: ['admin'] },
];
