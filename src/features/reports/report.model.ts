/**
 * The ReportModel: everything one term's annual report says, as data. It is compiled from the other
 * features (report.compile.ts), frozen as JSON when the report is final, and rendered to HTML, PDF and
 * DOCX by report.render.ts. Every string a reader sees is already in the model (in the report's
 * language), so a frozen model renders the same document years later.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { FigureTable } from '../../lib/figures';
import { formatters, isLocale, textDirection } from '../../lib/i18n';

export const reportFormats = ['html', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportStatuses = ['draft', 'final', 'published'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** The sections the co-chairs write in Markdown; everything else is compiled from the data. */
export const narrativeKeys = ['foreword', 'crises', 'outlook'] as const;
export type NarrativeKey = (typeof narrativeKeys)[number];

/** Bump when the shape changes: a frozen snapshot says which shape it has. */
export const reportModelVersion = 1;

/** A run of text; a link when it has an href (a path on the platform or an absolute address). */
export type Inline = string | { text: string; href?: string; strong?: boolean; em?: boolean };

export type Cell = string | number | { text: string; href: string };

export interface Source {
  /** What the claim rests on, as a reader sees it: "Progress update 12 (UNODC, accepted 3 October 2022)". */
  label: string;
  /** Where that record is: a path on the platform (/progress/updates/12) or an absolute address. */
  href: string;
}

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; content: Inline[] }
  /**
   * Text the co-chairs wrote; rendered from its Markdown (no raw HTML). `lang` names its language
   * when it is not the report's (a section not translated yet), so that it reads in its own direction.
   */
  | { kind: 'markdown'; markdown: string; lang?: string }
  | { kind: 'list'; items: Inline[][]; ordered?: boolean }
  | { kind: 'table'; caption: string; columns: string[]; rows: Cell[][] }
  /** A statement of fact taken from a record, with a link to that record. */
  | { kind: 'claim'; content: Inline[]; sources: Source[] }
  | { kind: 'figure'; figureId: string }
  /** A figure's data table (in the annex), with the same numbers as the figure. */
  | { kind: 'figure-data'; figureId: string }
  /** A section or part without data says so plainly. */
  | { kind: 'empty'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'subsection'; id: string; title: string; blocks: Block[] };

export interface ReportSection {
  /** Anchor and key: 'foreword', 'at-a-glance', … */
  id: string;
  /** '1', '2', … for the body; 'A', 'B', … for the annexes. */
  number: string;
  title: string;
  kind: 'narrative' | 'compiled' | 'annex';
  blocks: Block[];
}

export interface ReportFigure {
  id: string;
  number: number;
  caption: string;
  /** The text alternative: what the figure shows, in words. */
  alt: string;
  spec: TopLevelSpec;
  /** Every category and its number: the figure's CSV. */
  table: FigureTable;
  /**
   * The rows as drawn, when the figure groups many categories (the largest, then "Others"): the
   * data table printed in the annex, with `chartedNote` saying that the full table is in the CSV.
   */
  charted?: FigureTable;
  chartedNote?: string;
  /** Where the numbers come from. */
  source: string;
  sectionId: string;
}

export interface ReportCochair {
  acronym: string;
  name: string;
  href: string;
}

export interface ReportMeta {
  year: number;
  title: string;
  subtitle: string;
  groupName: string;
  cochairs: ReportCochair[];
  /** The moment the data was taken (ISO 8601): the only moment the report states. */
  dataAsOf: string;
  status: ReportStatus;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The platform's address, to make the model's paths into links that work outside it (PDF, DOCX). */
  siteUrl: string;
  /** Said on the cover when any part of the data is made-up sample data. */
  sampleNotice: string | null;
}

/** The words the renderers put around the content, already in the report's language. */
export interface ReportLabels {
  contents: string;
  listOfFigures: string;
  /** 'Figure {number}' */
  figure: string;
  /** 'Data for figure {number}' */
  figureData: string;
  figureSource: string;
  /** 'Page {page} of {pages}' */
  page: string;
  /** 'Data as of {moment}' */
  dataAsOf: string;
  /** The formatted data moment, so that renderers need no date formatting of their own. */
  dataAsOfText: string;
  cochairs: string;
  /** Said instead of the co-chairs when the year has no term (absent from models frozen before it existed). */
  noTerm?: string;
  status: string;
  statusName: string;
  sources: string;
  annexes: string;
  downloadCsv: string;
}

/** The full lists a large group's report summarises, each a CSV beside the report (/reports/2022/members.csv). */
export const reportListIds = ['members', 'pledges', 'decisions', 'plan'] as const;
export type ReportListId = (typeof reportListIds)[number];

export interface ReportList {
  id: ReportListId;
  table: FigureTable;
}

export interface ReportModel {
  modelVersion: number;
  meta: ReportMeta;
  labels: ReportLabels;
  /** The body's sections, then the annexes, in reading order. */
  sections: ReportSection[];
  /** Numbered in order of appearance. */
  figures: ReportFigure[];
  /** Every accepted update of the year, one row each: the CSV beside the report (absent from models frozen before it existed). */
  updates?: FigureTable;
  /** The member list, the pledges, the decisions and the Plan of Action, whole, as CSV beside the report (absent from models frozen before they existed). */
  lists?: ReportList[];
}

export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function figureLabel(model: ReportModel, figure: ReportFigure): string {
  return fillTemplate(model.labels.figure, { number: figure.number });
}

/** A path on the platform made absolute for documents read outside it; other addresses unchanged. */
export function absoluteHref(model: ReportModel, href: string): string {
  return href.startsWith('/') ? `${model.meta.siteUrl}${href}` : href;
}

export function inlineText(content: Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/** A cell as a reader sees it: numbers written the report's language's way ("1 234" in French). */
export function cellText(cell: Cell, locale?: string): string {
  if (typeof cell === 'object') return cell.text;
  return typeof cell === 'number' && locale && isLocale(locale) ? formatters(locale).number(cell) : String(cell);
}

/** The direction of a text in a language ('ltr' when the language is not one of the platform's). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return isLocale(locale) ? textDirection(locale) : 'ltr';
}

/** Only web and mail links leave the sanitizer: the same rule as for Markdown on the site. */
export function isSafeHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') ? true : /^(https?:|mailto:)/i.test(href);
}

/** The data table a document prints for a figure: as drawn (grouped) when it groups, with the note that says so. */
export function printedTable(figure: ReportFigure): { table: FigureTable; note: string | null } {
  return figure.charted ? { table: figure.charted, note: figure.chartedNote ?? null } : { table: figure.table, note: null };
}

export function findFigure(model: ReportModel, id: string): ReportFigure | undefined {
  return model.figures.find((figure) => figure.id === id);
}

/** Every block of a section, subsections included, in reading order. */
export function* walkBlocks(blocks: Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.kind === 'subsection') yield* walkBlocks(block.blocks);
  }
}
