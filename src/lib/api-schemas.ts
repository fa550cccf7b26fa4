/** Building blocks of the JSON API's answer schemas, shared by the features' *.schemas.ts. */
import { z } from 'zod';

/** A moment: a Date inside the platform, an ISO 8601 text (UTC) in the answer. */
export const timestamp = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString() : value))
  .pipe(z.string().meta({ format: 'date-time' }));

/** A calendar day, `YYYY-MM-DD`. */
export const day = z.string().meta({ format: 'date' });

/** A day, a month or a year, as precise as the record is known: `2012`, `2012-10`, `2012-10-15`. */
export const partialDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const int = z.number().int();

/** The fields of a page of a longer list. */
export const pageFields = { page: int, pageSize: int, total: int };

/** A list page that also says which years have entries (for a year filter). */
export const pageWithYears = { ...pageFields, years: z.array(int) };
