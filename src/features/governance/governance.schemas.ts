import { z } from 'zod';
import { says } from '../../lib/validation';

export const termYearParams = z.object({ year: z.coerce.number().int().min(2000, says('raised.input.year')).max(2200, says('raised.input.year')) });
export type TermYearParams = z.infer<typeof termYearParams>;
