/** The edge of the reports feature: every input it accepts and the shapes it answers with. */
import { z } from 'zod';
import { optional } from '../../lib/validation';
import { narrativeKeys, reportFormats, type NarrativeKey, type ReportFormat, type ReportStatus } from './report.model';
import type { JobStatus } from './reports.table';

const year = z.coerce.number().int('must be a year').min(2000, 'must be a year').max(2200, 'must be a year');

export const reportYearParams = z.object({ year });
export const narrativeParams = z.object({ year, key: z.enum(narrativeKeys) });
export const formatParams = z.object({ year, format: z.enum(reportFormats) });
export const figureParams = z.object({ year, figure: z.string().regex(/^figure-[a-z0-9-]{1,80}$/, 'is not a figure of this report') });
export const jobParams = z.object({ year, id: z.coerce.number().int().min(1) });

/** Long enough for any foreword; short enough that a save never strains the server. */
export const narrativeMaxLength = 50_000;

export const narrativeForm = z.object({
  markdown: z.string().max(narrativeMaxLength, `must be at most ${narrativeMaxLength} characters`).default(''),
  version: z.coerce.number().int().min(0),
  action: optional(z.enum(['save', 'preview'])),
});
export type NarrativeInput = z.infer<typeof narrativeForm>;

export const previewForm = z.object({ markdown: z.string().max(narrativeMaxLength, `must be at most ${narrativeMaxLength} characters`).default('') });

const formatList = z.preprocess(
  (value) => (value === undefined || value === '' ? [...reportFormats] : Array.isArray(value) ? value : String(value).split(',')),
  z.array(z.enum(reportFormats)).min(1, 'choose at least one format'),
);

export const generateForm = z.object({ formats: formatList });
export type GenerateInput = z.infer<typeof generateForm>;

/** Finalize, publish and reopen name the version of the report they were shown. */
export const lifecycleForm = z.object({ version: z.coerce.number().int().min(0) });

export interface NarrativeView {
  key: NarrativeKey;
  markdown: string;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export interface ReportFileView {
  name: string;
  format: ReportFormat | 'csv';
  sizeBytes: number;
  reportStatus: ReportStatus;
  dataAsOf: Date;
  generatedAt: Date;
}

export interface JobView {
  id: number;
  year: number;
  formats: ReportFormat[];
  status: JobStatus;
  progress: number;
  step: string | null;
  error: string | null;
  requestedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface ReportSummary {
  year: number;
  status: ReportStatus;
  /** 0 until the report has a record (nothing saved yet). */
  version: number;
  dataAsOf: Date | null;
  finalizedAt: Date | null;
  publishedAt: Date | null;
}
