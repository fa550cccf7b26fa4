/** The edge of the reports feature: every input it accepts and the shapes it answers with. */
import { z } from 'zod';
import { supportedLocales, type Locale } from '../../lib/i18n';
import { optional, says } from '../../lib/validation';
import type { TopLevelSpec } from 'vega-lite';
import { timestamp } from '../../lib/api-schemas';
import { narrativeKeys, reportFormats, reportStatuses, type Block, type NarrativeKey, type ReportFormat, type ReportStatus } from './report.model';
import type { JobStatus } from './reports.table';

const year = z.coerce.number().int(says('fields.year')).min(2000, says('fields.year')).max(2200, says('fields.year'));

export const reportYearParams = z.object({ year });
export const narrativeParams = z.object({ year, key: z.enum(narrativeKeys) });
export const formatParams = z.object({ year, format: z.enum(reportFormats) });
export const figureParams = z.object({ year, figure: z.string().regex(/^figure-[a-z0-9-]{1,80}$/, says('fields.notFigure')) });
export const jobParams = z.object({ year, id: z.coerce.number().int().min(1) });

/** Long enough for any foreword; short enough that a save never strains the server. */
export const narrativeMaxLength = 50_000;

export const narrativeForm = z.object({
  markdown: z
    .string()
    .max(narrativeMaxLength, says('input.tooLong', { count: narrativeMaxLength }))
    .default(''),
  version: z.coerce.number().int().min(0),
  action: optional(z.enum(['save', 'preview'])),
});
export type NarrativeInput = z.infer<typeof narrativeForm>;

export const previewForm = z.object({
  markdown: z
    .string()
    .max(narrativeMaxLength, says('input.tooLong', { count: narrativeMaxLength }))
    .default(''),
});

const formatList = z.preprocess(
  (value) => (value === undefined || value === '' ? [...reportFormats] : Array.isArray(value) ? value : String(value).split(',')),
  z.array(z.enum(reportFormats)).min(1, says('fields.chooseFormat')),
);

/** A report's language: English when none is named. */
const language = z.preprocess((value) => (value === undefined || value === '' ? 'en' : value), z.enum(supportedLocales, { error: 'is not a language of the platform' }));

export const generateForm = z.object({ formats: formatList, language });

/** `?lang=fr` on a report's page and files. */
export const reportLanguageQuery = z.object({ lang: language });
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
  locale: string;
  sizeBytes: number;
  reportStatus: ReportStatus;
  dataAsOf: Date;
  generatedAt: Date;
}

export interface JobView {
  id: number;
  year: number;
  formats: ReportFormat[];
  locale: Locale;
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

// ---- what the JSON API answers ----

const inlineSchema = z.union([z.string(), z.object({ text: z.string(), href: z.string().optional(), strong: z.boolean().optional(), em: z.boolean().optional() })]);
const cellSchema = z.union([z.string(), z.number(), z.object({ text: z.string(), href: z.string() })]);
const tableSchema = z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.union([z.string(), z.number()]))) });

/** A block of a section: text, a list, a table, a claim with its sources, a figure, or a subsection of blocks. */
const blockSchema: z.ZodType<Block> = z
  .lazy(() =>
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('paragraph'), content: z.array(inlineSchema) }),
      z.object({ kind: z.literal('heading'), content: z.array(inlineSchema) }),
      z.object({ kind: z.literal('markdown'), markdown: z.string(), lang: z.string().optional() }),
      z.object({ kind: z.literal('list'), items: z.array(z.array(inlineSchema)), ordered: z.boolean().optional() }),
      z.object({ kind: z.literal('table'), caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(cellSchema)) }),
      z.object({ kind: z.literal('claim'), content: z.array(inlineSchema), sources: z.array(z.object({ label: z.string(), href: z.string() })) }),
      z.object({ kind: z.literal('figure'), figureId: z.string() }),
      z.object({ kind: z.literal('figure-data'), figureId: z.string() }),
      z.object({ kind: z.literal('empty'), text: z.string() }),
      z.object({ kind: z.literal('note'), text: z.string() }),
      z.object({ kind: z.literal('subsection'), id: z.string(), title: z.string(), blocks: z.array(blockSchema) }),
    ]),
  )
  .meta({ id: 'ReportBlock' });

const reportSummaryFields = {
  year: z.number().int(),
  status: z.enum(reportStatuses),
  /** 0 until the report has a record (nothing saved yet). */
  version: z.number().int(),
  dataAsOf: timestamp.nullable(),
  finalizedAt: timestamp.nullable(),
  publishedAt: timestamp.nullable(),
};

export const reportListAnswerSchema = z.object({ items: z.array(z.object(reportSummaryFields)) });

/** A report with its model: the year's every update is the CSV's (/reports/:year/updates.csv), not the answer's. */
export const reportAnswerSchema = z.object({
  ...reportSummaryFields,
  model: z.object({
    modelVersion: z.number().int(),
    meta: z.object({
      year: z.number().int(),
      title: z.string(),
      subtitle: z.string(),
      groupName: z.string(),
      cochairs: z.array(z.object({ acronym: z.string(), name: z.string(), href: z.string() })),
      dataAsOf: z.string(),
      status: z.enum(reportStatuses),
      locale: z.string(),
      dir: z.enum(['ltr', 'rtl']),
      siteUrl: z.string(),
      sampleNotice: z.string().nullable(),
    }),
    /** The words the renderers put around the content, in the report's language. */
    labels: z.object({
      contents: z.string(),
      listOfFigures: z.string(),
      figure: z.string(),
      figureData: z.string(),
      figureSource: z.string(),
      page: z.string(),
      dataAsOf: z.string(),
      dataAsOfText: z.string(),
      cochairs: z.string(),
      noTerm: z.string().optional(),
      status: z.string(),
      statusName: z.string(),
      sources: z.string(),
      annexes: z.string(),
      downloadCsv: z.string(),
    }),
    sections: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), kind: z.enum(['narrative', 'compiled', 'annex']), blocks: z.array(blockSchema) })),
    figures: z.array(
      z.object({
        id: z.string(),
        number: z.number().int(),
        caption: z.string(),
        alt: z.string(),
        /** The figure as a Vega-Lite specification (vega.github.io/vega-lite), data included. */
        spec: z.custom<TopLevelSpec>((value) => typeof value === 'object' && value !== null).meta({ type: 'object' }),
        table: tableSchema,
        charted: tableSchema.optional(),
        chartedNote: z.string().optional(),
        source: z.string(),
        sectionId: z.string(),
      }),
    ),
  }),
});
