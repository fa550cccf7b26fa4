/** Editing a reporting period: its label, kind and dates (its year stays: its updates belong to it). */
import { z } from 'zod';
import { says, whenFieldsValid } from '../../lib/validation';
import { periodKinds } from './progress.table';

const isoDate = z
  .string(says('input.required'))
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, says('fields.isoDate'))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), says('fields.notRealDate'));

export const periodEditForm = z
  .object({
    label: z
      .string(says('input.required'))
      .trim()
      .min(1)
      .max(60, says('input.tooLong', { count: 60 })),
    kind: z.enum(periodKinds, says('fields.periodKind')),
    opens_on: isoDate,
    deadline: isoDate,
    version: z.coerce.number(says('fields.reloadPage')).int().min(1),
  })
  .refine((form) => form.deadline >= form.opens_on, { ...says('fields.notBeforeOpening'), path: ['deadline'], ...whenFieldsValid('opens_on', 'deadline') });
export type PeriodEditInput = z.input<typeof periodEditForm>;
