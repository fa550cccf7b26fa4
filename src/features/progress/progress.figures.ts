/** The dashboard's figures: status of accepted updates as stacked bars, and indicators against their targets. */
import type { TopLevelSpec } from 'vega-lite';
import { bandStep, figureConfig, topCategories, wrappedLabels, type Figure } from '../../lib/figures';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { emptyCounts } from './progress.model';
import type { IndicatorSeries, StatusRow } from './progress.service';
import { progressStatuses, type ProgressStatus } from './progress.table';

/** One colour per status, distinguishable without colour vision too (the data table carries the same numbers). */
export const statusColors: Record<ProgressStatus, string> = {
  not_started: '#9aa5b1',
  on_track: '#1a5e9a',
  delayed: '#d98c00',
  achieved: '#1d6b34',
  discontinued: '#a11d1d',
};

export function statusLabel(ctx: ViewContext, status: ProgressStatus): string {
  return ctx.t(`progress.status.${status}` as MessageKey);
}

function stackedBarSpec(ctx: ViewContext, rows: StatusRow[]): TopLevelSpec {
  const labels = progressStatuses.map((status) => statusLabel(ctx, status));
  const values = rows.flatMap((row) => progressStatuses.map((status, order) => ({ label: row.label, status: statusLabel(ctx, status), order, count: row.counts[status] })));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: {
      step: bandStep(
        rows.map((row) => row.label),
        undefined,
        28,
      ),
    },
    config: figureConfig,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      // The axis title would sit on the labels (their width is estimated server-side); the caption names the axis.
      y: { field: 'label', type: 'nominal', title: null, sort: rows.map((row) => row.label), axis: { ...wrappedLabels(), orient: readingSide(ctx) } },
      x: { field: 'count', type: 'quantitative', title: ctx.t('progress.figure.updates'), stack: 'zero', axis: { tickMinStep: 1, format: 'd' }, scale: { reverse: ctx.dir === 'rtl' } },
      color: {
        field: 'status',
        type: 'nominal',
        title: ctx.t('progress.column.status'),
        scale: { domain: labels, range: progressStatuses.map((status) => statusColors[status]) },
        legend: { orient: 'bottom', columns: 3 },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [{ field: 'label' }, { field: 'status' }, { field: 'count' }],
    },
  } as TopLevelSpec;
}

function statusTable(ctx: ViewContext, rows: StatusRow[], first: string): Figure['table'] {
  return {
    columns: [first, ...progressStatuses.map((status) => statusLabel(ctx, status)), ctx.t('progress.column.total')],
    rows: rows.map((row) => [row.label, ...progressStatuses.map((status) => row.counts[status]), row.total]),
  };
}

function describeStatus(ctx: ViewContext, rows: StatusRow[], caption: string): string {
  if (rows.every((row) => row.total === 0)) return `${caption}: ${ctx.t('progress.figure.none')}`;
  const parts = rows.map((row) => {
    const counts = progressStatuses.filter((status) => row.counts[status] > 0).map((status) => `${row.counts[status]} ${statusLabel(ctx, status).toLowerCase()}`);
    return `${row.label}: ${counts.length > 0 ? counts.join(', ') : '0'}`;
  });
  return `${caption}. ${parts.join('; ')}.`;
}

export function statusFigure(ctx: ViewContext, id: string, rows: StatusRow[], caption: string, axisTitle: string): Figure {
  return {
    id,
    caption,
    alt: describeStatus(ctx, rows, caption),
    spec: stackedBarSpec(ctx, rows),
    table: statusTable(ctx, rows, axisTitle),
  };
}

function formatValue(ctx: ViewContext, series: IndicatorSeries, value: number | null): string {
  if (value === null) return '—';
  if (series.indicator.type === 'yes_no') return value === 1 ? ctx.t('progress.yes') : ctx.t('progress.no');
  if (series.indicator.type === 'percentage') return `${ctx.fmt.number(value)}%`;
  return ctx.fmt.number(value);
}

export function indicatorName(series: IndicatorSeries): string {
  return `${series.item.code} ${series.indicator.name} (${series.indicator.unit})`;
}

/**
 * A status figure's rows as the page draws them: up to `top` + 1 rows as they are; above, the `top`
 * with the most updates (ties by label, so the same data draws the same rows) in their own order, and
 * one row that adds up the others. A chart of 700 priority areas does not read; its CSV lists them all.
 */
export function topStatusRows(ctx: ViewContext, rows: StatusRow[], top = topCategories): StatusRow[] {
  if (rows.length <= top + 1) return rows;
  const chosen = new Set([...rows].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'en')).slice(0, top));
  const rest = rows.filter((row) => !chosen.has(row));
  const counts = emptyCounts();
  for (const row of rest) for (const status of progressStatuses) counts[status] += row.counts[status];
  const others = { key: 'others', label: ctx.t('progress.figure.others', { count: rest.length }), counts, total: rest.reduce((sum, row) => sum + row.total, 0) };
  return [...rows.filter((row) => chosen.has(row)), others];
}

/** The indicators a page charts: up to `top`, those most reported on (then in plan order), in plan order. */
function mostReported(series: IndicatorSeries[], top: number): IndicatorSeries[] {
  if (series.length <= top) return series;
  const reports = (entry: IndicatorSeries) => entry.points.reduce((sum, point) => sum + point.reports, 0);
  const chosen = new Set(
    series
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => reports(b.entry) - reports(a.entry) || a.index - b.index)
      .slice(0, top)
      .map(({ entry }) => entry),
  );
  return series.filter((entry) => chosen.has(entry));
}

/**
 * The indicators' figures: numbers and percentages as bars (target beside actual), and yes/no
 * indicators as a status mark per year, never as bars on a 0-1 axis. With `top`, each figure charts
 * at most that many indicators (those most reported on) and its caption says of how many.
 */
export function indicatorFigures(ctx: ViewContext, series: IndicatorSeries[], upToYear: number, top = Number.POSITIVE_INFINITY): Figure[] {
  const numeric = series.filter((entry) => entry.indicator.type !== 'yes_no');
  const yesNo = series.filter((entry) => entry.indicator.type === 'yes_no');
  const figures: Figure[] = [];
  if (numeric.length > 0) {
    const shown = mostReported(numeric, top);
    const caption = shown.length < numeric.length ? ctx.t('progress.figure.indicatorsTop', { shown: shown.length, total: numeric.length }) : ctx.t('progress.figure.indicators');
    figures.push(indicatorFigure(ctx, shown, upToYear, caption));
  }
  if (yesNo.length > 0) {
    const shown = mostReported(yesNo, top);
    const caption = shown.length < yesNo.length ? ctx.t('progress.figure.yesNoTop', { shown: shown.length, total: yesNo.length }) : ctx.t('progress.figure.yesNo');
    figures.push(yesNoFigure(ctx, shown, upToYear, caption));
  }
  return figures;
}

/** Yes/no indicators: for each indicator and year, the target and the actual answer as a mark (filled: yes, open: no). */
function yesNoFigure(ctx: ViewContext, series: IndicatorSeries[], upToYear: number, caption: string): Figure {
  const target = ctx.t('progress.figure.target');
  const actual = ctx.t('progress.figure.actual');
  const yes = ctx.t('progress.yes');
  const no = ctx.t('progress.no');
  const points = series.flatMap((entry) => entry.points.filter((point) => point.year <= upToYear).map((point) => ({ entry, point })));
  const rowLabel = (entry: IndicatorSeries, year: number) => `${indicatorName(entry)}, ${year}`;
  const values = points.flatMap(({ entry, point }) => [
    ...(point.target !== null ? [{ row: rowLabel(entry, point.year), series: target, answer: point.target === 1 ? yes : no }] : []),
    ...(point.actual !== null ? [{ row: rowLabel(entry, point.year), series: actual, answer: point.actual === 1 ? yes : no }] : []),
  ]);
  const rows = points.map(({ entry, point }) => rowLabel(entry, point.year));
  const encoding = {
    y: { field: 'row', type: 'nominal', title: null, sort: rows, axis: { ...wrappedLabels(), orient: readingSide(ctx) } },
    x: { field: 'series', type: 'nominal', title: null, sort: ctx.dir === 'rtl' ? [actual, target] : [target, actual], axis: { orient: 'top', labelAngle: 0 } },
  };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: figureConfig,
    width: 200,
    height: { step: bandStep(rows, undefined, 28) },
    data: { values },
    layer: [
      {
        mark: { type: 'point', size: 160, strokeWidth: 2 },
        encoding: {
          ...encoding,
          shape: { field: 'answer', type: 'nominal', title: null, scale: { domain: [yes, no], range: ['circle', 'circle'] }, legend: null },
          fill: { field: 'answer', type: 'nominal', title: null, scale: { domain: [yes, no], range: ['#1d6b34', '#ffffff'] }, legend: null },
          color: { value: '#1d6b34' },
        },
      },
      { mark: { type: 'text', dx: 14, align: 'left' }, encoding: { ...encoding, text: { field: 'answer' } } },
    ],
  } as unknown as TopLevelSpec;
  const formatted = (value: number | null) => (value === null ? '—' : value === 1 ? yes : no);
  return {
    id: 'figure-indicators-yes-no',
    caption,
    alt:
      points.length === 0
        ? `${caption}: ${ctx.t('progress.figure.none')}`
        : `${caption}. ${points.map(({ entry, point }) => `${rowLabel(entry, point.year)}: ${target.toLowerCase()} ${formatted(point.target)}, ${actual.toLowerCase()} ${formatted(point.actual)}`).join('; ')}.`,
    spec,
    table: {
      columns: [ctx.t('progress.column.indicator'), ctx.t('progress.column.year'), target, actual, ctx.t('progress.column.reports')],
      rows: points.map(({ entry, point }) => [indicatorName(entry), point.year, formatted(point.target), formatted(point.actual), point.reports]),
    },
  };
}

/** Category axes sit where a reader of the page's language starts: the right in Arabic. */
function readingSide(ctx: ViewContext): 'left' | 'right' {
  return ctx.dir === 'rtl' ? 'right' : 'left';
}

/** Target and actual side by side for each indicator and year; each indicator keeps its own scale. */
function indicatorFigure(ctx: ViewContext, series: IndicatorSeries[], upToYear: number, caption: string): Figure {
  const points = series.flatMap((entry) => entry.points.filter((point) => point.year <= upToYear).map((point) => ({ entry, point })));
  const target = ctx.t('progress.figure.target');
  const actual = ctx.t('progress.figure.actual');
  const values = points.flatMap(({ entry, point }) => [
    ...(point.target !== null ? [{ indicator: indicatorName(entry), year: String(point.year), series: target, value: point.target }] : []),
    ...(point.actual !== null ? [{ indicator: indicatorName(entry), year: String(point.year), series: actual, value: point.actual }] : []),
  ]);
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { ...figureConfig, header: { labelAngle: 0, labelAlign: ctx.dir === 'rtl' ? 'right' : 'left', labelAnchor: 'start', labelOrient: 'top', labelLimit: 900, labelFontSize: 12 } },
    data: { values },
    facet: { row: { field: 'indicator', type: 'nominal', title: null, sort: series.map(indicatorName) } },
    spec: {
      width: 520,
      height: { step: 14 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'year', type: 'ordinal', title: null, axis: { orient: readingSide(ctx) } },
        yOffset: { field: 'series', type: 'nominal', sort: [target, actual] },
        // Counts and percentages are whole numbers: no tick at 0.2 of an event.
        x: { field: 'value', type: 'quantitative', title: ctx.t('progress.figure.value'), axis: { tickMinStep: 1, format: 'd' }, scale: { reverse: ctx.dir === 'rtl' } },
        color: { field: 'series', type: 'nominal', title: null, scale: { domain: [target, actual], range: ['#b8c4d1', '#1a5e9a'] }, legend: { orient: 'bottom' } },
        tooltip: [{ field: 'indicator' }, { field: 'year' }, { field: 'series' }, { field: 'value' }],
      },
    },
    resolve: { scale: { x: 'independent' } },
  } as unknown as TopLevelSpec;
  const rows = points.map(({ entry, point }) => [
    indicatorName(entry),
    point.year,
    formatValue(ctx, entry, point.target),
    formatValue(ctx, entry, point.actual),
    point.reports,
    point.met === null ? '—' : point.met ? ctx.t('progress.yes') : ctx.t('progress.no'),
  ]);
  const alt =
    points.length === 0
      ? `${caption}: ${ctx.t('progress.figure.none')}`
      : `${caption}. ${points
          .map(
            ({ entry, point }) =>
              `${indicatorName(entry)}, ${point.year}: ${ctx.t('progress.figure.target').toLowerCase()} ${formatValue(ctx, entry, point.target)}, ${ctx.t('progress.figure.actual').toLowerCase()} ${formatValue(ctx, entry, point.actual)}`,
          )
          .join('; ')}.`;
  return {
    id: 'figure-indicators',
    caption,
    alt,
    spec,
    table: {
      columns: [ctx.t('progress.column.indicator'), ctx.t('progress.column.year'), target, actual, ctx.t('progress.column.reports'), ctx.t('progress.column.met')],
      rows,
    },
  };
}
