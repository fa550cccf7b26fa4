/** The dashboard's figures: status of accepted updates as stacked bars, and indicators against their targets. */
import type { TopLevelSpec } from 'vega-lite';
import { figureConfig, type Figure } from '../../lib/figures';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
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
  const values = rows.flatMap((row) =>
    progressStatuses.map((status, order) => ({ label: row.label, status: statusLabel(ctx, status), order, count: row.counts[status] })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: { step: 28 },
    config: figureConfig,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      // The axis title would sit on the labels (their width is estimated server-side); the caption names the axis.
      y: { field: 'label', type: 'nominal', title: null, sort: rows.map((row) => row.label), axis: { labelLimit: 420 } },
      x: { field: 'count', type: 'quantitative', title: ctx.t('progress.figure.updates'), stack: 'zero', axis: { tickMinStep: 1, format: 'd' } },
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

/** Target and actual side by side for each indicator and year; each indicator keeps its own scale. */
export function indicatorFigure(ctx: ViewContext, series: IndicatorSeries[], upToYear: number): Figure {
  const caption = ctx.t('progress.figure.indicators');
  const points = series.flatMap((entry) => entry.points.filter((point) => point.year <= upToYear).map((point) => ({ entry, point })));
  const target = ctx.t('progress.figure.target');
  const actual = ctx.t('progress.figure.actual');
  const values = points.flatMap(({ entry, point }) => [
    ...(point.target !== null ? [{ indicator: indicatorName(entry), year: String(point.year), series: target, value: point.target }] : []),
    ...(point.actual !== null ? [{ indicator: indicatorName(entry), year: String(point.year), series: actual, value: point.actual }] : []),
  ]);
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { ...figureConfig, header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top', labelLimit: 900, labelFontSize: 12 } },
    data: { values },
    facet: { row: { field: 'indicator', type: 'nominal', title: null, sort: series.map(indicatorName) } },
    spec: {
      width: 520,
      height: { step: 14 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'year', type: 'ordinal', title: null },
        yOffset: { field: 'series', type: 'nominal', sort: [target, actual] },
        x: { field: 'value', type: 'quantitative', title: ctx.t('progress.figure.value') },
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
          .map(({ entry, point }) => `${indicatorName(entry)}, ${point.year}: ${ctx.t('progress.figure.target').toLowerCase()} ${formatValue(ctx, entry, point.target)}, ${ctx.t('progress.figure.actual').toLowerCase()} ${formatValue(ctx, entry, point.actual)}`)
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
