/** The audit log: who changed what, when, before and after. */
import type { Feature } from '../feature';
import { auditRoutes } from './audit.routes';
import type { AuditTables } from './audit.table';
import { auditMessages } from './audit.messages';
import { auditAccess } from './audit.access';

export const auditFeature: Feature<AuditTables> = {
  name: 'audit',
  messages: auditMessages,
  routes: [auditRoutes],
  access: auditAccess,
};
