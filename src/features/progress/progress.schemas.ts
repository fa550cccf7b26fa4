import { z } from 'zod';
import { localized } from '../../lib/i18n';
import { optional, pageNumber, says, whenFieldsValid } from '../../lib/validation';
import { periodKinds, progressStatuses, type ProgressStatus, type UpdateState } from './progress.table';

const id = z.coerce
  .number(says('input.notNumber'))
  .int(says('input.notWholeNumber'))
  .min(1, says('fields.recordNumber'))
  .max(2_147_483_647, says('fields.recordNumber'));
const yearField = z.coerce.number(says('fields.year')).int(says('fields.year')).min(2000, says('fields.year')).max(2200, says('fields.year'));
const version = z.coerce.number(says('fields.reloadPage')).int().min(0);
const isoDate = z
  .string(says('input.required'))
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, says('fields.isoDate'))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), says('fields.notRealDate'));

export const idParams = z.object({ id });
export const yearQuery = z.object({ year: optional(yearField) });
export const keyParams = z.object({ key: z.string().trim().min(1).max(80) });

export const planQuery = z.object({ plan: optional(z.string().trim().min(1).max(80)), year: optional(yearField), notice: optional(z.string().max(40)) });
export type PlanQuery = z.infer<typeof planQuery>;

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
  narrative: z.string().max(20_000, says('input.tooLong', { count: 20_000 })).optional().transform((text) => (text ?? '').replace(/\r\n/g, '\n').trim()),
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
export const reviewForm = z.object({ version, comment: optional(z.string().trim().max(4000, says('input.tooLong', { count: 4000 }))) });
export const returnForm = z.object({ version, comment: z.string(says('fields.sayWhatToChange')).trim().min(3, says('fields.sayWhatToChange')).max(4000, says('input.tooLong', { count: 4000 })) });

export const periodForm = z
  .object({
    year: yearField,
    label: z.string(says('input.required')).trim().min(1).max(60, says('input.tooLong', { count: 60 })),
    kind: z.enum(periodKinds, says('fields.periodKind')),
    opens_on: isoDate,
    deadline: isoDate,
  })
  .refine((form) => form.deadline >= form.opens_on, { ...says('fields.notBeforeOpening'), path: ['deadline'], ...whenFieldsValid('opens_on', 'deadline') });
export type PeriodInput = z.infer<typeof periodForm>;

const itemCodes = z
  .string()
  .max(2000)
  .optional()
  .transform((text) => [...new Set((text ?? '').split(/[\s,;]+/).map((code) => code.trim()).filter((code) => code !== ''))]);

export const pledgeForm = z.object({
  year: yearField,
  title: z.string(says('input.required')).trim().min(3).max(300, says('input.tooLong', { count: 300 })),
  description: optional(z.string().trim().max(4000)),
  priority: optional(id),
  items: itemCodes,
});
export type PledgeInput = z.infer<typeof pledgeForm>;

export const pledgeProgressForm = z.object({
  version,
  status: optional(z.enum(progressStatuses, says('fields.chooseStatus'))),
  note: optional(z.string().trim().max(20_000, says('input.tooLong', { count: 20_000 }))),
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
