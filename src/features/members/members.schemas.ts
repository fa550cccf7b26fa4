import { z } from 'zod';
import { optional, pageNumber } from '../../lib/validation';
import { entityKinds, facetValues } from './mapping.vocabulary';

export const memberListQuery = z.object({
  kind: optional(z.enum(entityKinds)),
  q: optional(z.string().trim().max(100)),
  page: pageNumber,
});
export type MemberListQuery = z.infer<typeof memberListQuery>;

export const mappingQuery = z.object({
  region: optional(z.enum(facetValues.regions)),
  form: optional(z.enum(facetValues.forms)),
  intervention: optional(z.enum(facetValues.interventions)),
});
export type MappingQuery = z.infer<typeof mappingQuery>;

export const memberKeyParams = z.object({ acronym: z.string().trim().min(1).max(60) });

export const memberSummarySchema = z.object({
  acronym: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(entityKinds),
  status: z.enum(['member', 'partner', 'former']),
  joinedYear: z.number().nullable(),
  leftYear: z.number().nullable(),
  uncertain: z.boolean(),
});
export type MemberSummary = z.infer<typeof memberSummarySchema>;

export const profileSchema = z.object({
  asOf: z.string(),
  regions: z.array(z.string()),
  forms: z.array(z.string()),
  interventions: z.array(z.string()),
  levels: z.array(z.string()),
  targetGroups: z.array(z.string()),
  expertise: z.string().nullable(),
  initiatives: z.array(z.object({ title: z.string() })),
  partnerships: z.array(z.object({ name: z.string() })),
  isSample: z.boolean(),
  version: z.number(),
});
export type Profile = z.infer<typeof profileSchema>;

export const memberDetailSchema = memberSummarySchema.extend({
  id: z.number(),
  mandate: z.string().nullable(),
  roleNote: z.string().nullable(),
  sources: z.array(z.string()),
  successor: memberSummarySchema.nullable(),
  predecessors: z.array(memberSummarySchema),
  profile: profileSchema.nullable(),
  version: z.number(),
});
export type MemberDetail = z.infer<typeof memberDetailSchema>;

/** One row of a profiles spreadsheet; list cells hold several values separated by ';'. */
export const profileImportColumns = [
  'acronym',
  'as_of',
  'sample',
  'regions',
  'forms',
  'interventions',
  'levels',
  'target_groups',
  'expertise',
  'initiatives',
  'partnerships',
] as const;
