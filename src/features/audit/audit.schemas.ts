import { z } from 'zod';
import { calendarDay, optional, pageNumber, says } from '../../lib/validation';

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
  from: optional(calendarDay),
  to: optional(calendarDay),
  page: pageNumber,
});
export type AuditQuery = z.infer<typeof auditQuery>;
