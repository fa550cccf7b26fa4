import { z } from 'zod';
import { optional, pageNumber, says, whenFieldsValid } from '../../lib/validation';
import { entityKinds, facetValues } from './mapping.vocabulary';
import { localized } from '../../lib/i18n';

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

const checkboxList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(values)));
/**
 * The texts of a profile, with the same limits wherever they come from: the form (one item a line)
 * and a spreadsheet import (items separated by ';') both check them with these schemas.
 */
export const profileText = {
  expertise: optional(z.string().trim().max(4000)),
  items: z.array(z.string().trim().max(300)).max(100),
};
const lines = z
  .string()
  .max(10_000)
  .optional()
  .transform((text) => (text ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''))
  .pipe(profileText.items);

export const profileForm = z.object({
  regions: checkboxList(facetValues.regions),
  forms: checkboxList(facetValues.forms),
  interventions: checkboxList(facetValues.interventions),
  levels: checkboxList(facetValues.levels),
  target_groups: checkboxList(facetValues.target_groups),
  expertise: profileText.expertise,
  initiatives: lines,
  partnerships: lines,
  version: z.coerce.number().int().min(0),
});
export type ProfileInput = z.infer<typeof profileForm>;

const year = optional(z.coerce.number().int().min(1945, says('fields.year')).max(2200, says('fields.year')));

export const memberForm = z
  .object({
    name: z.string().trim().min(2).max(200),
    kind: z.enum(entityKinds),
    status: z.enum(['member', 'partner', 'former']),
    joined_year: year,
    left_year: year,
    mandate: optional(z.string().trim().max(4000)),
    role_note: optional(z.string().trim().max(2000)),
    version: z.coerce.number().int().min(1),
  })
  .refine((form) => !form.joined_year || !form.left_year || form.left_year >= form.joined_year, {
    ...says('fields.notBeforeJoined'),
    path: ['left_year'],
    ...whenFieldsValid('joined_year', 'left_year'),
  });
export type MemberInput = z.infer<typeof memberForm>;
