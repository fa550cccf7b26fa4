import { z } from 'zod';
import { optional, pageNumber, whenFieldsValid } from '../../lib/validation';
import { periodKinds, progressStatuses, type ProgressStatus, type UpdateState } from './progress.table';
import { localized } from '../../lib/i18n';

const id = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be the number of a record, from 1')
  .max(2_147_483_647, 'must be the number of a record, from 1');
const yearField = z.coerce.number({ error: 'must be a year' }).int('must be a year').min(2000, 'must be a year').max(2200, 'must be a year');
const version = z.coerce.number({ error: 'is missing; reload the page' }).int().min(0);
const isoDate = z
  .string({ error: 'is required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real date');

export const idParams = z.object({ id });
export const yearQuery = z.object({ year: optional(yearField) });
export const keyParams = z.object({ key: z.string().trim().min(1).max(80) });

export const planQuery = z.object({ plan: optional(z.string().trim().min(1).max(80)), year: optional(yearField), notice: optional(z.string().max(40)) });
export type PlanQuery = z.infer<typeof planQuery>;

/** The plan editor: the whole YAML text, a note for the version history, and the version it was opened on. */
export const planEditForm = z.object({
  source: z.string({ error: 'is required' }).max(500_000, 'is too long (at most 500,000 characters)'),
  note: optional(z.string().trim().max(500)),
  version: z.coerce.number().int().min(1),
});

export const newUpdateQuery = z
  .object({ period: id, item: optional(id), pledge: optional(id) })
  .refine((query) => (query.item === undefined) !== (query.pledge === undefined), { error: () => localized('raised.update.chooseItem'), path: ['item'] });
export type NewUpdateQuery = z.infer<typeof newUpdateQuery>;

/** Evidence links, one per line: an address, optionally followed by a title. */
export const evidenceLinksField = z
  .string()
  .max(10_000, 'is too long')
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
      if (!valid) context.addIssue({ code: 'custom', message: localized('raised.links.notWebAddress', { line: index + 1, url: url.slice(0, 80) }) });
      else links.push({ url, title: words.join(' ').slice(0, 300) || new URL(url).hostname });
    });
    if (links.length > 20) context.addIssue({ code: 'custom', message: localized('raised.links.max', { count: 20 }) });
    return links;
  });

export const updateForm = z.object({
  status: z.enum(progressStatuses, { error: 'choose a status' }),
  narrative: z.string().max(20_000, 'must be at most 20,000 characters').optional().transform((text) => (text ?? '').replace(/\r\n/g, '\n').trim()),
  evidence_links: evidenceLinksField,
  intent: z.enum(['save', 'submit']).default('save'),
});
export type UpdateInput = z.infer<typeof updateForm>;

export const newUpdateForm = updateForm.extend({ period: id, item: optional(id), pledge: optional(id) });
export const editUpdateForm = updateForm.extend({ version });

export const versionForm = z.object({ version });
export const reviewForm = z.object({ version, comment: optional(z.string().trim().max(4000, 'must be at most 4,000 characters')) });
export const returnForm = z.object({ version, comment: z.string({ error: 'is required: say what to change' }).trim().min(3, 'is required: say what to change').max(4000, 'must be at most 4,000 characters') });

export const periodForm = z
  .object({
    year: yearField,
    label: z.string({ error: 'is required' }).trim().min(1).max(60, 'must be at most 60 characters'),
    kind: z.enum(periodKinds, { error: 'must be yearly or half-yearly' }),
    opens_on: isoDate,
    deadline: isoDate,
  })
  .refine((form) => form.deadline >= form.opens_on, { error: () => localized('raised.period.deadlineBeforeOpening'), path: ['deadline'], ...whenFieldsValid('opens_on', 'deadline') });
export type PeriodInput = z.infer<typeof periodForm>;

const itemCodes = z
  .string()
  .max(2000)
  .optional()
  .transform((text) => [...new Set((text ?? '').split(/[\s,;]+/).map((code) => code.trim()).filter((code) => code !== ''))]);

export const pledgeForm = z.object({
  year: yearField,
  title: z.string({ error: 'is required' }).trim().min(3).max(300, 'must be at most 300 characters'),
  description: optional(z.string().trim().max(4000)),
  priority: optional(id),
  items: itemCodes,
});
export type PledgeInput = z.infer<typeof pledgeForm>;

export const pledgeProgressForm = z.object({
  version,
  status: optional(z.enum(progressStatuses, { error: 'choose a status' })),
  note: optional(z.string().trim().max(20_000, 'must be at most 20,000 characters')),
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
