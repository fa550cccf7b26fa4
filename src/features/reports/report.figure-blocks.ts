/** The numbered figures of the report's sections: each is added to the model and placed by a block. */
import { barChartSpec, columnChartSpec, groupSmallCategories, type FigureTable } from '../../lib/figures';
import { textDirection } from '../../lib/i18n';
import type { Build } from './report.build';
import type { Block } from './report.model';

export interface CountedLabel {
  key: string;
  label: string;
  value: number;
}

/**
 * Adds a numbered figure and returns the block that places it. A bar chart of many categories draws
 * the largest ones and one "Others" bar; its full table stays in the CSV, and the figure says so.
 */
export function figure(
  b: Build,
  sectionId: string,
  options: { id: string; caption: string; data: CountedLabel[]; axisTitle: string; valueTitle: string; source: string; chart?: 'bar' | 'column' },
): Block {
  const bars = options.data.map((datum) => ({ label: datum.label, value: datum.value }));
  const column = options.chart === 'column';
  const grouped = column ? { bars, othersCount: 0, othersValue: 0 } : groupSmallCategories(bars, (count) => b.t('report.figure.others', { count }));
  const layout = { direction: textDirection(b.locale), order: grouped.othersCount > 0 ? ('given' as const) : ('value' as const) };
  const spec = column ? columnChartSpec(bars, options.axisTitle, options.valueTitle, layout) : barChartSpec(grouped.bars, options.axisTitle, options.valueTitle, layout);
  const table: FigureTable = { columns: [options.axisTitle, options.valueTitle], rows: bars.map((bar) => [bar.label, bar.value]) };
  const alt = figureAlt(b, options.caption, column || grouped.othersCount > 0 ? grouped.bars : [...bars].sort((x, y) => y.value - x.value));
  b.figures.push({
    id: options.id,
    number: b.figures.length + 1,
    caption: options.caption,
    alt: grouped.othersCount > 0 ? `${alt} ${groupedNote(b, grouped.bars.length - 1, bars.length)}` : alt,
    spec,
    table,
    ...(grouped.othersCount > 0
      ? { charted: { columns: table.columns, rows: grouped.bars.map((bar) => [bar.label, bar.value]) }, chartedNote: groupedNote(b, grouped.bars.length - 1, bars.length) }
      : {}),
    source: options.source,
    sectionId,
  });
  return { kind: 'figure', figureId: options.id };
}

/** "The 12 largest of 1,002 categories are drawn; the others are one bar. The full table is in the CSV." */
function groupedNote(b: Build, shown: number, total: number): string {
  return b.t('report.figure.grouped', { shown, total });
}

/** What a figure shows, in words, in the report's language: "Caption: A 3, B 2." */
function figureAlt(b: Build, caption: string, bars: { label: string; value: number }[]): string {
  if (bars.length === 0) return b.t('report.figure.noData', { subject: caption });
  const list = new Intl.ListFormat(b.locale, { type: 'unit', style: 'short' }).format(bars.map((bar) => `${bar.label} ${b.fmt.number(bar.value)}`));
  return `${caption}: ${list}.`;
}
