import { z } from 'zod';
import { optional, pageNumber } from '../../lib/validation';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');

export const auditQuery = z.object({
  person: optional(z.string().trim().max(254)),
  entity: optional(z.string().trim().max(60)),
  table: optional(z.string().trim().regex(/^[a-z_]+$/, 'must be a kind of record').max(60)),
  from: optional(day),
  to: optional(day),
  page: pageNumber,
});
export type AuditQuery = z.infer<typeof auditQuery>;
