import { z } from 'zod';
import { supportedLocales } from '../../lib/i18n';
import { optional, pageNumber, says, whenFieldsValid } from '../../lib/validation';

export const memberListQuery = z.object({
  kind: optional(z.string().trim().max(60)),
  q: optional(z.string().trim().max(100)),
  page: pageNumber,
});
export type MemberListQuery = z.infer<typeof memberListQuery>;

/** The mapping's filters: one value code per dimension, checked against the group's vocabulary by the service. */
export type MappingQuery = Record<string, string>;

/** The page of the mapping's table; the other parameters are filters, read against the vocabularies. */
export const mappingPageQuery = z.object({ page: pageNumber });

export const memberKeyParams = z.object({ acronym: z.string().trim().min(1).max(60) });

export const memberSummarySchema = z
  .object({
    acronym: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    status: z.enum(['member', 'partner', 'former']),
    joinedYear: z.number().nullable(),
    leftYear: z.number().nullable(),
    uncertain: z.boolean(),
  })
  .meta({ id: 'MemberSummary' });
export type MemberSummary = z.infer<typeof memberSummarySchema>;

/** A member organization with its id: what other features use to act on the current members. */
export const memberOrganizationSchema = memberSummarySchema.extend({ id: z.number() });
export type MemberOrganization = z.infer<typeof memberOrganizationSchema>;

export const profileSchema = z
  .object({
    asOf: z.string(),
    /** Value codes by dimension of the mapping. */
    values: z.record(z.string(), z.array(z.string())),
    expertise: z.string().nullable(),
    initiatives: z.array(z.object({ title: z.string() })),
    partnerships: z.array(z.object({ name: z.string() })),
    isSample: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'Profile' });
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

/** The columns of a profiles spreadsheet besides one per dimension of the mapping (list cells hold values separated by ';'). */
export const profileImportColumns = ['acronym', 'as_of', 'sample', 'expertise', 'initiatives', 'partnerships'] as const;
/**
 * The texts of a profile, with the same limits wherever they come from: the form (one item a line)
 * and a spreadsheet import (items separated by ';') both check them with these schemas.
 */
export const profileText = {
  expertise: optional(z.string().trim().max(4000)),
  items: z.array(z.string().trim().max(300)).max(100),
};
const lines = z
  .preprocess((value) => (Array.isArray(value) ? value.join('\n') : value), z.string().max(10_000).optional())
  .transform((text) =>
    (text ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  )
  .pipe(profileText.items);

/** A list field sent once or several times (checkboxes), or as a JSON array. */
const valueList = z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().trim().max(60)).max(500));

/** The fields of the profile form (and of the JSON API) besides one per dimension of the mapping. */
export const profileTextFields = ['expertise', 'initiatives', 'partnerships', 'version'] as const;

/**
 * The profile form and the JSON API: the texts, the version it was opened on, and `values`, gathered
 * from one field per dimension (the routes collect them; the service checks them against the vocabulary).
 */
export const profileForm = z.object({
  values: z.record(z.string(), valueList).default({}),
  expertise: profileText.expertise,
  initiatives: lines,
  partnerships: lines,
  version: z.coerce.number().int().min(0),
});
export type ProfileInput = z.infer<typeof profileForm>;

/**
 * A profile form or JSON body as `profileForm` reads it: the texts and the version as sent, and every
 * other field (a dimension's code, checked by the service against the group's vocabulary) into `values`.
 * A JSON body may also send `values` as an object.
 */
export function profileBody(body: unknown): Record<string, unknown> {
  const sent = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const given = sent.values && typeof sent.values === 'object' && !Array.isArray(sent.values) ? (sent.values as Record<string, unknown>) : {};
  const values: Record<string, unknown> = { ...given };
  const texts: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(sent)) {
    if ((profileTextFields as readonly string[]).includes(name)) texts[name] = value;
    else if (name !== '_csrf' && name !== 'values') values[name] = value;
  }
  return { ...texts, values };
}

const year = optional(z.coerce.number().int().min(1945, says('fields.year')).max(2200, says('fields.year')));

export const memberForm = z
  .object({
    name: z.string().trim().min(2).max(200),
    kind: z.string().trim().min(1).max(60),
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

// ---- what the JSON API answers (src/http/api-route.ts parses each answer through its schema) ----

export const memberPageSchema = z.object({ items: z.array(memberSummarySchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

export const memberAnswerSchema = memberDetailSchema.extend({ cochairYears: z.array(z.number().int()) });

/** The profile API's body: the form's fields as JSON; `values` gives each dimension's value codes. */
export const profileApiBody = z.looseObject({
  values: z.record(z.string(), z.array(z.string())).optional(),
  expertise: z.string().nullable().optional(),
  initiatives: z.union([z.array(z.string()), z.string()]).optional(),
  partnerships: z.union([z.array(z.string()), z.string()]).optional(),
  /** The profile's version as read (required by the service, which checks rights first). */
  version: z.union([z.number().int(), z.string()]).optional(),
});

export const profileAnswerSchema = z.object({ profile: profileSchema });

export const profileConflictSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), current: profileSchema.nullable() }),
});

const localeLabels = z.partialRecord(z.enum(supportedLocales), z.string());

export const mappingAnswerSchema = z.object({
  filter: z.record(z.string(), z.string()),
  dimensions: z.array(
    z.object({
      code: z.string(),
      purpose: z.string(),
      names: localeLabels,
      captions: localeLabels,
      charted: z.boolean(),
      position: z.number().int(),
      version: z.number().int(),
      values: z.array(z.object({ code: z.string(), labels: localeLabels, position: z.number().int(), retiredYear: z.number().int().nullable(), version: z.number().int() })),
    }),
  ),
  entities: z.array(z.object({ acronym: z.string(), slug: z.string(), name: z.string(), profile: profileSchema })),
  counts: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() }))),
  anySample: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

/** The mapping's filters: a value code by dimension code. */
export const mappingApiQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
