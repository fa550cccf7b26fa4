import { z } from 'zod';
import { localized } from '../../lib/i18n';
import { calendarDay, optional, pageNumber, says, whenFieldsValid } from '../../lib/validation';
import { day, int, pageFields, partialDay, timestamp } from '../../lib/api-schemas';
import { memberSummarySchema } from '../members/members.schemas';
import { directions, indicatorTypes, periodKinds, planLevels, progressStatuses, updateStates, type ProgressStatus, type UpdateState } from './progress.table';

const id = z.coerce.number(says('input.notNumber')).int(says('input.notWholeNumber')).min(1, says('fields.recordNumber')).max(2_147_483_647, says('fields.recordNumber'));
const yearField = z.coerce.number(says('fields.year')).int(says('fields.year')).min(2000, says('fields.year')).max(2200, says('fields.year'));
const version = z.coerce.number(says('fields.reloadPage')).int().min(0);

export const idParams = z.object({ id });
export const yearQuery = z.object({ year: optional(yearField) });
export const keyParams = z.object({ key: z.string().trim().min(1).max(80) });

export const planQuery = z.object({ plan: optional(z.string().trim().min(1).max(80)), year: optional(yearField), notice: optional(z.string().max(40)) });
export type PlanQuery = z.infer<typeof planQuery>;
/** The plan's JSON: a plan by its key, or the plan in force in a year (this year when neither is given). */
export const planApiQuery = planQuery.omit({ notice: true });

/** The plan editor: the whole YAML text, a note for the version history, and the version it was opened on. */
export const planEditForm = z.object({
  source: z.string(says('input.required')).max(500_000, says('fields.tooLongAtMost', { count: 500_000 })),
  note: optional(z.string().trim().max(500)),
  version: z.coerce.number().int().min(1),
});

export const newUpdateQuery = z
  .object({ period: id, item: optional(id), pledge: optional(id) })
  .refine((query) => (query.item === undefined) !== (query.pledge === undefined), { ...says('fields.itemOrPledge'), path: ['item'] });
export type NewUpdateQuery = z.infer<typeof newUpdateQuery>;

/** Evidence links, one per line: an address, optionally followed by a title. */
export const evidenceLinksField = z
  .string()
  .max(10_000, says('fields.tooLong'))
  .optional()
  .transform((text, context) => {
    const lines = (text ?? '').split(/\r?\n/).map((line) => line.trim());
    const links: { url: string; title: string }[] = [];
    lines.forEach((line, index) => {
      if (!line) return;
      const [url = '', ...words] = line.split(/\s+/);
      let valid = false;
      try {
        const parsed = new URL(url);
        valid = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && url.length <= 2000;
      } catch {
        valid = false;
      }
      if (!valid) context.addIssue({ code: 'custom', message: localized('fields.lineNotWebAddress', { line: index + 1, address: url.slice(0, 80) }) });
      else links.push({ url, title: words.join(' ').slice(0, 300) || new URL(url).hostname });
    });
    if (links.length > 20) context.addIssue({ code: 'custom', message: localized('fields.atMostLinks', { count: 20 }) });
    return links;
  });

export const updateForm = z.object({
  status: z.enum(progressStatuses, says('fields.chooseStatus')),
  narrative: z
    .string()
    .max(20_000, says('input.tooLong', { count: 20_000 }))
    .optional()
    .transform((text) => (text ?? '').replace(/\r\n/g, '\n').trim()),
  evidence_links: evidenceLinksField,
  intent: z.enum(['save', 'submit']).default('save'),
});
export type UpdateInput = z.infer<typeof updateForm>;

export const newUpdateForm = updateForm.extend({ period: id, item: optional(id), pledge: optional(id) });
export const editUpdateForm = updateForm.extend({ version });

/** The columns of a progress import, in the template's order; indicator columns follow (`indicator_<id> …`). */
export const importColumns = ['organization', 'item', 'pledge', 'status', 'narrative', 'evidence_links', 'state'] as const;
export type ImportColumn = (typeof importColumns)[number];

/** A problem of an imported file, where Excel shows it: the header is row 1. */
export interface ImportIssue {
  row: number;
  column: string;
  message: string;
}

export const versionForm = z.object({ version });
export const reviewForm = z.object({
  version,
  comment: optional(
    z
      .string()
      .trim()
      .max(4000, says('input.tooLong', { count: 4000 })),
  ),
});
export const returnForm = z.object({
  version,
  comment: z
    .string(says('fields.sayWhatToChange'))
    .trim()
    .min(3, says('fields.sayWhatToChange'))
    .max(4000, says('input.tooLong', { count: 4000 })),
});

export const periodForm = z
  .object({
    year: yearField,
    label: z
      .string(says('input.required'))
      .trim()
      .min(1)
      .max(60, says('input.tooLong', { count: 60 })),
    kind: z.enum(periodKinds, says('fields.periodKind')),
    opens_on: calendarDay,
    deadline: calendarDay,
  })
  .refine((form) => form.deadline >= form.opens_on, { ...says('fields.notBeforeOpening'), path: ['deadline'], ...whenFieldsValid('opens_on', 'deadline') });
export type PeriodInput = z.infer<typeof periodForm>;

const itemCodes = z
  .string()
  .max(2000)
  .optional()
  .transform((text) => [
    ...new Set(
      (text ?? '')
        .split(/[\s,;]+/)
        .map((code) => code.trim())
        .filter((code) => code !== ''),
    ),
  ]);

export const pledgeForm = z.object({
  year: yearField,
  title: z
    .string(says('input.required'))
    .trim()
    .min(3)
    .max(300, says('input.tooLong', { count: 300 })),
  description: optional(z.string().trim().max(4000)),
  priority: optional(id),
  items: itemCodes,
});
export type PledgeInput = z.infer<typeof pledgeForm>;

export const pledgeProgressForm = z.object({
  version,
  status: optional(z.enum(progressStatuses, says('fields.chooseStatus'))),
  note: optional(
    z
      .string()
      .trim()
      .max(20_000, says('input.tooLong', { count: 20_000 })),
  ),
  items: itemCodes,
});
export type PledgeProgressInput = z.infer<typeof pledgeProgressForm>;

export const dashboardQuery = z.object({
  year: optional(yearField),
  entity: optional(z.string().trim().min(1).max(60)),
  priority: optional(id),
  page: pageNumber,
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export interface StatusCounts {
  counts: Record<ProgressStatus, number>;
  total: number;
}

export interface UpdateRef {
  id: number;
  state: UpdateState;
  status: ProgressStatus;
}

// ---- what the JSON API answers ----

const statusCountsSchema = z.object(Object.fromEntries(progressStatuses.map((status) => [status, int])) as Record<ProgressStatus, typeof int>);
const planEntitySchema = memberSummarySchema.extend({ id: int });
const itemRefSchema = z.object({ id: int, code: z.string(), title: z.string() });

export const planSummaryAnswerSchema = z.object({
  id: int,
  key: z.string(),
  title: z.string(),
  periodStart: int,
  periodEnd: int,
  endorsedOn: partialDay.nullable(),
  endorsedBy: z.string().nullable(),
  note: z.string().nullable(),
  isSample: z.boolean(),
  version: int,
  updatedAt: timestamp,
});

export const planAnswerSchema = planSummaryAnswerSchema.extend({
  items: z.array(
    z.object({
      id: int,
      code: z.string(),
      level: z.enum(planLevels),
      title: z.string(),
      description: z.string().nullable(),
      parentId: int.nullable(),
      position: int,
      retired: z.boolean(),
      lead: z.array(planEntitySchema),
      contributors: z.array(planEntitySchema),
      indicators: z.array(
        z.object({
          id: int,
          itemId: int,
          name: z.string(),
          unit: z.string(),
          type: z.enum(indicatorTypes),
          direction: z.enum(directions),
          baseline: z.number().nullable(),
          baselineYear: int.nullable(),
          targets: z.array(z.object({ year: int, value: z.number() })),
          retired: z.boolean(),
        }),
      ),
    }),
  ),
});

const statusRowSchema = z.object({ key: z.string(), label: z.string(), counts: statusCountsSchema, total: int });

const progressUpdateSchema = z.object({
  id: int,
  period: z.object({
    id: int,
    year: int,
    label: z.string(),
    kind: z.enum(periodKinds),
    opensOn: day,
    deadline: day,
    lockedAt: timestamp.nullable(),
    phase: z.enum(['upcoming', 'open', 'overdue', 'locked']),
    isSample: z.boolean(),
    version: int,
  }),
  entity: planEntitySchema,
  target: z.object({ kind: z.enum(['item', 'pledge']), id: int, code: z.string().nullable(), title: z.string() }),
  state: z.enum(updateStates),
  status: z.enum(progressStatuses),
  narrative: z.string(),
  reviewComment: z.string().nullable(),
  submittedAt: timestamp.nullable(),
  reviewedAt: timestamp.nullable(),
  reviewedBy: z.string().nullable(),
  author: z.string(),
  isSample: z.boolean(),
  version: int,
  createdAt: timestamp,
  updatedAt: timestamp,
  evidence: z.array(z.object({ id: int, kind: z.enum(['link', 'file']), title: z.string(), url: z.string().nullable(), mimeType: z.string().nullable(), sizeBytes: int.nullable() })),
  values: z.array(z.object({ indicatorId: int, name: z.string(), unit: z.string(), type: z.enum(indicatorTypes), value: z.number() })),
});

export const dashboardAnswerSchema = z.object({
  filter: z.object({ year: int, entity: z.string().nullable(), priority: int.nullable() }),
  plan: planSummaryAnswerSchema.nullable(),
  status: z.object({ overall: statusCountsSchema, total: int, byPriority: z.array(statusRowSchema), byObjective: z.array(statusRowSchema) }),
  indicators: z.array(
    z.object({
      indicator: z.object({ id: int, name: z.string(), unit: z.string(), type: z.enum(indicatorTypes), direction: z.enum(directions) }),
      item: itemRefSchema,
      baseline: z.number().nullable(),
      baselineYear: int.nullable(),
      points: z.array(z.object({ year: int, target: z.number().nullable(), actual: z.number().nullable(), reports: int, met: z.boolean().nullable() })),
    }),
  ),
  updates: z.object({ items: z.array(progressUpdateSchema), ...pageFields }),
});

export const pledgeListAnswerSchema = z.object({
  items: z.array(
    z.object({
      id: int,
      year: int,
      position: int,
      title: z.string(),
      description: z.string().nullable(),
      priority: z.object({ id: int, title: z.string() }).nullable(),
      items: z.array(itemRefSchema),
      progressStatus: z.enum(progressStatuses).nullable(),
      progressNote: z.string().nullable(),
      isSample: z.boolean(),
      version: int,
      updatedAt: timestamp,
    }),
  ),
});

/**
 * The body of the JSON API's update writes: the update form's fields. `evidence_links` may be a list
 * of lines, `values` an object from indicator number to value; `period` with `item` or `pledge`
 * names what a new update is about, `version` the version an edit was read at. Every field is
 * optional here so that rights are checked before the fields: the service then checks each one.
 */
export const updateApiBody = z.looseObject({
  period: z.union([int, z.string()]).optional(),
  item: z.union([int, z.string()]).optional(),
  pledge: z.union([int, z.string()]).optional(),
  organization: z.string().optional(),
  /** One of the progress statuses (required by the service). */
  status: z.string().optional(),
  narrative: z.string().optional(),
  evidence_links: z.union([z.string(), z.array(z.string())]).optional(),
  /** Indicator values by indicator number; a list instead of an object is ignored, as an empty form. */
  values: z.union([z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])), z.array(z.unknown())]).optional(),
  intent: z.enum(['save', 'submit']).optional(),
  version: z.union([int, z.string()]).optional(),
});

const apiUpdateSchema = z.object({
  id: int,
  version: int,
  state: z.enum(updateStates),
  status: z.enum(progressStatuses),
  period: z.object({ id: int, year: int, label: z.string() }),
  organization: z.string(),
  target: z.object({ kind: z.enum(['item', 'pledge']), id: int, code: z.string().nullable(), title: z.string() }),
  narrative: z.string(),
  evidenceLinks: z.array(z.object({ url: z.string(), title: z.string() })),
  evidenceFiles: int,
  values: z.array(z.object({ indicatorId: int, name: z.string(), unit: z.string(), type: z.string(), value: z.number() })),
  submittedAt: timestamp.nullable(),
  updatedAt: timestamp,
  url: z.string(),
});

export const updateAnswerSchema = z.object({ update: apiUpdateSchema });

/** A stale version: the error, and the update as saved now so that a program can merge and send again. */
export const updateConflictSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }), current: apiUpdateSchema });
