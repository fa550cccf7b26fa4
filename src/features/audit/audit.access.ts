import { pageFor, type RouteAccess } from '../route-access';

/** The audit log and its export: the secretariat only. */
export const auditAccess: readonly RouteAccess[] = [
  { route: 'GET /admin/audit', url: '/admin/audit', expect: pageFor(['admin'], 200) },
  { route: 'GET /admin/audit.csv', url: '/admin/audit.csv', expect: pageFor(['admin'], 200) },
];
