import { z } from 'zod';
import { says } from '../../lib/validation';
import { memberSummarySchema } from '../members/members.schemas';

export const termYearParams = z.object({ year: z.coerce.number().int().min(2000, says('fields.year')).max(2200, says('fields.year')) });
export type TermYearParams = z.infer<typeof termYearParams>;

// ---- what the JSON API answers ----

export const priorityAnswerSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  crossCutting: z.boolean(),
  uncertain: z.boolean(),
  sources: z.array(z.string()),
});

/** A chairing year; a year without known chairs says so with `chairsKnown: false`. */
export const termAnswerSchema = z.object({
  year: z.number().int(),
  chairsKnown: z.boolean(),
  chairs: z.array(memberSummarySchema),
  endorsedOn: z.string().nullable(),
  endorsedByDecisionId: z.number().int().nullable(),
  note: z.string().nullable(),
  uncertain: z.boolean(),
  priorities: z.array(priorityAnswerSchema),
  sources: z.array(z.string()),
});

export const termListAnswerSchema = z.object({ items: z.array(termAnswerSchema) });
