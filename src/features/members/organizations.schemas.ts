/**
 * The inputs of the reference records the secretariat keeps: member organizations, membership
 * counts and history entries. Each accepts a form's fields or the same plain data from a file
 * (sources as one text, one a line, or as a list), so a screen and an importer check alike.
 */
import { z } from 'zod';
import { partialDate, sourceList } from '../../lib/sources';
import { optional, says, whenFieldsValid } from '../../lib/validation';

export const entityStatuses = ['member', 'partner', 'former'] as const;

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const year = optional(z.coerce.number().int().min(1945, says('fields.year')).max(2200, says('fields.year')));
const requiredYear = z.coerce.number().int().min(1945, says('fields.year')).max(2200, says('fields.year'));
const version = z.coerce.number().int().min(1);

/** Letters and digits first, then letters, digits, spaces and . & ' ( ) -: it becomes the address of the organization's page. */
export const acronymPattern = /^[\p{L}\p{N}][\p{L}\p{N} .&'()-]*$/u;

const organizationFields = {
  name: z.string().trim().min(2).max(200),
  /** Checked against the group's list of kinds by the service (the list is data, not a type). */
  kind: z.string().trim().min(1, says('fields.chooseKind')).max(60),
  status: z.enum(entityStatuses, says('fields.chooseStatus')),
  joined_year: year,
  left_year: year,
  mandate: optional(z.string().trim().max(4000)),
  role_note: optional(z.string().trim().max(2000)),
  uncertain: checkbox,
  sources: sourceList,
};

const leftNotBeforeJoined = (form: { joined_year?: number | undefined; left_year?: number | undefined }) => !form.joined_year || !form.left_year || form.left_year >= form.joined_year;
const leftNotBeforeJoinedIssue = () => ({ ...says('fields.notBeforeJoined'), path: ['left_year'], ...whenFieldsValid('joined_year', 'left_year') });

export const organizationCreateForm = z
  .object({
    acronym: z.string().trim().min(1).max(40).regex(acronymPattern, says('referenceAdmin.field.acronymCharacters')),
    ...organizationFields,
    status: organizationFields.status.default('member'),
  })
  .refine(leftNotBeforeJoined, leftNotBeforeJoinedIssue());
export type OrganizationCreateInput = z.input<typeof organizationCreateForm>;
export type OrganizationCreate = z.output<typeof organizationCreateForm>;

export const organizationUpdateForm = z.object({ ...organizationFields, version }).refine(leftNotBeforeJoined, leftNotBeforeJoinedIssue());
export type OrganizationUpdateInput = z.input<typeof organizationUpdateForm>;
export type OrganizationUpdate = z.output<typeof organizationUpdateForm>;

export const organizationRetireForm = z.object({
  left_year: requiredYear,
  successor: optional(z.string().trim().max(60)),
  version,
});
export type OrganizationRetireInput = z.input<typeof organizationRetireForm>;

export const membershipCountForm = z.object({
  as_of: partialDate,
  count: z.coerce.number().int().min(1).max(100_000),
  note: optional(z.string().trim().max(1000)),
  sources: sourceList,
});
export type MembershipCountInput = z.input<typeof membershipCountForm>;
export const membershipCountUpdateForm = membershipCountForm.extend({ version });

export const historyEntryForm = z.object({
  occurred_on: partialDate,
  summary: z.string().trim().min(3).max(2000),
  sources: sourceList,
});
export type HistoryEntryInput = z.input<typeof historyEntryForm>;
export const historyEntryUpdateForm = historyEntryForm.extend({ version });

export const versionForm = z.object({ version });
export const recordIdParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
