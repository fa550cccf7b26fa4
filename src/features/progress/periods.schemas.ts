/** Editing a reporting period: its label, kind and dates (its year stays: its updates belong to it). */
import { z } from 'zod';
import { calendarDay, says, whenFieldsValid } from '../../lib/validation';
import { periodKinds } from './progress.table';

export const periodEditForm = z
  .object({
    label: z
      .string(says('input.required'))
      .trim()
      .min(1)
      .max(60, says('input.tooLong', { count: 60 })),
    kind: z.enum(periodKinds, says('fields.periodKind')),
    opens_on: calendarDay,
    deadline: calendarDay,
    version: z.coerce.number(says('fields.reloadPage')).int().min(1),
  })
  .refine((form) => form.deadline >= form.opens_on, { ...says('fields.notBeforeOpening'), path: ['deadline'], ...whenFieldsValid('opens_on', 'deadline') });
export type PeriodEditInput = z.input<typeof periodEditForm>;
