import { z } from 'zod';

export const termYearParams = z.object({ year: z.coerce.number().int().min(2000, 'must be a year').max(2200, 'must be a year') });
export type TermYearParams = z.infer<typeof termYearParams>;
