/**
 * Figures: a Vega-Lite spec rendered to SVG on the server, with a caption, a text alternative and the
 * data table that carries the same numbers (shown under the figure and offered as CSV).
 */
import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import { oneLine } from './text';

export interface FigureTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface Figure {
  id: string;
  caption: string;
  alt: string;
  spec: TopLevelSpec;
  table: FigureTable;
}

export interface RenderedFigure {
  id: string;
  number: number;
  caption: string;
  alt: string;
  svg: string;
  table: FigureTable;
  csvHref?: string;
}

/** Rendered SVGs, least recently used first: bounded in count and in characters, since one figure of many categories can be large. */
const cache = new Map<string, string>();
const cacheLimit = { entries: 200, characters: 16 * 1024 * 1024 };
let cachedCharacters = 0;

function cachedSvg(key: string): string | undefined {
  const svg = cache.get(key);
  if (svg === undefined) return undefined;
  cache.delete(key);
  cache.set(key, svg);
  return svg;
}

function keepSvg(key: string, svg: string): void {
  if (svg.length > cacheLimit.characters || cache.has(key)) return;
  cache.set(key, svg);
  cachedCharacters += svg.length;
  for (const [oldest, old] of cache) {
    if (cache.size <= cacheLimit.entries && cachedCharacters <= cacheLimit.characters) break;
    cache.delete(oldest);
    cachedCharacters -= old.length;
  }
}

/**
 * Every text of a spec on one line of visible characters. Labels come from people (a pledge title, an
 * indicator name); the chart library turns some of them into expressions that a line or paragraph
 * separator (U+2028/U+2029) or a control character would break.
 */
export function chartSafe<T>(value: T): T {
  if (typeof value === 'string') return oneLine(value) as T;
  if (Array.isArray(value)) return value.map(chartSafe) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, chartSafe(item)])) as T;
  return value;
}

/** Renders a spec to SVG; the same spec always gives the same SVG, so results are cached. */
export async function renderSvg(unsafeSpec: TopLevelSpec): Promise<string> {
  const spec = chartSafe(unsafeSpec);
  const key = createHash('sha256').update(JSON.stringify(spec)).digest('hex');
  const cached = cachedSvg(key);
  if (cached !== undefined) return cached;
  // Vega and Vega-Lite take long to load (most of a second of a start): they load with the first figure.
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = withoutGeneratedDescriptions(await view.toSVG());
  view.finalize();
  keepSvg(key, svg);
  return svg;
}

/**
 * A figure is one image to a screen reader, named on the page in the reader's language. Vega would
 * describe its parts in English of its own ("Title text …"), or leave them roles without names.
 */
function withoutGeneratedDescriptions(svg: string): string {
  return svg.replace(/ (?:aria-label|aria-roledescription)="[^"]*"| role="graphics-[a-z]+"/g, '');
}

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif';
export const figureConfig = {
  // Vega describes axes and marks in English of its own; the page says what a figure shows, in the reader's language, beside it.
  aria: false,
  font,
  view: { stroke: null },
  // Room for fonts with tall line boxes (Noto, which Arabic and Chinese need): labels and titles never touch.
  axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 260, titlePadding: 8 },
  legend: { labelFontSize: 12, titleFontSize: 12, rowPadding: 6, titlePadding: 8 },
} as const;

/** Characters a category label may take on one line before it wraps (12 px labels: about 6 px each). */
export const labelLineChars = 42;
const lineSeparator = '\u241E';

/** The lines a label wraps into, as the chart draws them (the same rule as `wrappedLabels`). */
export function wrapLabel(label: string, width = labelLineChars): string[] {
  const lines = label.match(new RegExp(`.{1,${width}}(\\s+|$)`, 'g')) ?? [label];
  const trimmed = lines.map((line) => line.trim()).filter(Boolean);
  return trimmed.length > 0 ? trimmed : [label];
}

/**
 * An axis whose category labels wrap onto several lines instead of being cut with "…". Vega draws a
 * label given as an array of strings as that many lines; the expression splits at word boundaries.
 */
export function wrappedLabels(width = labelLineChars): { labelExpr: string; labelLimit: number; labelLineHeight: number } {
  return {
    labelExpr: `split(replace(replace(datum.label, /(.{1,${width}})(\\s+|$)/g, '$1${lineSeparator}'), /${lineSeparator}$/, ''), '${lineSeparator}')`,
    labelLimit: 0,
    labelLineHeight: 14,
  };
}

/** The band a category needs so that its wrapped label does not reach the next one. */
export function bandStep(labels: string[], width = labelLineChars, minimum = 24): number {
  const lines = Math.max(1, ...labels.map((label) => wrapLabel(label, width).length));
  return Math.max(minimum, lines * 14 + 8);
}

/**
 * A category axis title set horizontally above the labels, at the axis line, instead of rotated beside
 * them: the labels' width is only estimated on the server, so a rotated title could land on them.
 */
export const titleAboveAxis = { titleAngle: 0, titleAlign: 'right', titleBaseline: 'bottom', titleX: 0, titleY: -6 } as const;

/**
 * How a chart reads: left to right, or right to left (Arabic), where category axes and legends sit
 * on the reading side, horizontal bars grow leftwards and time runs from right to left.
 */
export interface ChartLayout {
  direction?: 'ltr' | 'rtl';
  /** Bars longest first (the default), or in the order given (grouped data, whose "Others" bar comes last). */
  order?: 'value' | 'given';
}

/** The parts of a chart that change with the reading direction. */
function directed(layout: ChartLayout) {
  const rtl = layout.direction === 'rtl';
  return {
    rtl,
    config: rtl ? { ...figureConfig, legend: { ...figureConfig.legend, orient: 'left' } } : figureConfig,
    /** The category axis's title above its labels, starting at the axis line on the reading side. */
    titleAbove: rtl ? { ...titleAboveAxis, titleAlign: 'left' } : titleAboveAxis,
    side: rtl ? ('right' as const) : ('left' as const),
  };
}

export interface BarDatum {
  label: string;
  value: number;
}

/** A horizontal bar chart, longest bar first: the most readable chart for counts per category. */
export function barChartSpec(data: BarDatum[], axisTitle: string, valueTitle: string, layout: ChartLayout = {}): TopLevelSpec {
  const { rtl, config, titleAbove, side } = directed(layout);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 420,
    height: { step: bandStep(data.map((datum) => datum.label)) },
    config,
    data: { values: data },
    mark: { type: 'bar', color: '#1a5e9a' },
    encoding: {
      y: { field: 'label', type: 'nominal', title: axisTitle, sort: layout.order === 'given' ? null : '-x', axis: { ...wrappedLabels(), ...titleAbove, orient: side } },
      x: { field: 'value', type: 'quantitative', title: valueTitle, axis: { tickMinStep: 1, format: 'd' }, ...(rtl ? { scale: { reverse: true } } : {}) },
      tooltip: [{ field: 'label' }, { field: 'value' }],
    },
  } as TopLevelSpec;
}

/** How many categories a bar chart draws before the rest are grouped as one "Others" bar. */
export const topCategories = 12;

export interface GroupedBars {
  /** The bars as drawn: the largest categories, then one bar for all the others (when there are others). */
  bars: BarDatum[];
  /** How many categories the "Others" bar stands for (0 when every category has its own bar). */
  othersCount: number;
  othersValue: number;
}

/**
 * The `top` largest categories (ties by label, so the same data always gives the same bars), and one
 * bar that sums the rest, labelled by `othersLabel(count)`. A chart of a dozen bars reads; one of a
 * thousand does not. Data with at most `top + 1` categories is returned as it is: an "Others" bar
 * standing for a single category would hide its name for nothing.
 */
export function groupSmallCategories(data: BarDatum[], othersLabel: (count: number) => string, top = topCategories): GroupedBars {
  if (data.length <= top + 1) return { bars: data, othersCount: 0, othersValue: 0 };
  const sorted = [...data].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'en'));
  const rest = sorted.slice(top);
  const othersValue = rest.reduce((sum, datum) => sum + datum.value, 0);
  return { bars: [...sorted.slice(0, top), { label: othersLabel(rest.length), value: othersValue }], othersCount: rest.length, othersValue };
}

export function describeCounts(data: BarDatum[], subject: string): string {
  if (data.length === 0) return `${subject}: no data.`;
  const sorted = [...data].sort((a, b) => b.value - a.value);
  return `${subject}: ${sorted.map((datum) => `${datum.label} ${datum.value}`).join(', ')}.`;
}

export interface SeriesDatum {
  label: string;
  value: number;
}

/** Vertical bars in the given order (a time series with uneven dates, say). */
export function columnChartSpec(data: SeriesDatum[], axisTitle: string, valueTitle: string, layout: ChartLayout = {}): TopLevelSpec {
  const { rtl, config, side } = directed(layout);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: { step: 64 },
    height: 220,
    config,
    data: { values: data },
    mark: { type: 'bar', color: '#1a5e9a' },
    encoding: {
      // Labels such as "December 2022" take two lines, so neighbours never run together; in Arabic time runs right to left.
      x: { field: 'label', type: 'ordinal', title: axisTitle, sort: null, axis: { labelAngle: 0, ...wrappedLabels(9) }, ...(rtl ? { scale: { reverse: true } } : {}) },
      y: { field: 'value', type: 'quantitative', title: valueTitle, axis: { tickMinStep: 1, format: 'd', orient: side } },
      tooltip: [{ field: 'label' }, { field: 'value' }],
    },
  } as TopLevelSpec;
}

/** Numbers the figures in order and renders each to SVG. */
export async function renderFigures(figures: Figure[], csvHref?: (figure: Figure) => string): Promise<RenderedFigure[]> {
  return Promise.all(
    figures.map(async (figure, index) => ({
      id: figure.id,
      number: index + 1,
      caption: figure.caption,
      alt: figure.alt,
      svg: await renderSvg(figure.spec),
      table: figure.table,
      ...(csvHref ? { csvHref: csvHref(figure) } : {}),
    })),
  );
}

/** The data table of a figure as CSV rows. */
export function figureCsvRows(figure: Figure): { header: string[]; rows: (string | number)[][] } {
  return { header: figure.table.columns, rows: figure.table.rows };
}
