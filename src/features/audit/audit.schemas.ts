import { z } from 'zod';
import { optional, pageNumber, says } from '../../lib/validation';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, says('fields.isoDate'));

export const auditQuery = z.object({
  person: optional(z.string().trim().max(254)),
  entity: optional(z.string().trim().max(60)),
  table: optional(
    z
      .string()
      .trim()
      .regex(/^[a-z_]+$/, says('fields.recordKind'))
      .max(60),
  ),
  from: optional(day),
  to: optional(day),
  page: pageNumber,
});
export type AuditQuery = z.infer<typeof auditQuery>;
