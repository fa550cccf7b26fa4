import { z } from 'zod';

export const jobFilters = ['waiting', 'running', 'failed', 'done'] as const;
export type JobFilter = (typeof jobFilters)[number];

export const mailFilters = ['queued', 'sending', 'sent', 'failed'] as const;

export const jobsQuery = z.object({
  jobs: z.enum(jobFilters).default('failed'),
  mail: z.enum(mailFilters).default('failed'),
});
export type JobsQuery = z.infer<typeof jobsQuery>;

export const jobParams = z.object({ id: z.uuid() });
export const mailParams = z.object({ id: z.coerce.number().int().positive() });
