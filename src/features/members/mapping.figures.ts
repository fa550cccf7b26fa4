/** Turns mapping and membership data into numbered figures: spec, caption, text alternative and data table. */
import { barChartSpec, describeCounts, columnChartSpec, type Figure } from '../../lib/figures';
import type { ViewContext } from '../../views/context';
import { labelIn, valueLabel, vocabularyName, type Vocabulary } from '../vocabularies/vocabularies.schemas';
import type { MappingData } from './mapping.service';
import type { AboutData } from './members.service';

/** A charted dimension: its figure, or, when no organization names any of its values, one sentence saying so. */
export type MappingPanel = { figure: Figure } | { id: string; empty: string };

/** The caption of a dimension's figure in the reader's language: its own, else one made from its name. */
export function dimensionCaption(dimension: Vocabulary, locale: string, t: ViewContext['t']): string {
  return labelIn(dimension.captions, locale, '') || t('vocabularies.figure.caption', { dimension: vocabularyName(dimension, locale) });
}

export function mappingPanels(ctx: ViewContext, data: MappingData): MappingPanel[] {
  return data.dimensions
    .filter((dimension) => dimension.charted)
    .map((dimension) => {
      const id = `figure-${dimension.code}`;
      const counts = data.counts[dimension.code] ?? [];
      const name = vocabularyName(dimension, ctx.locale);
      if (counts.every((entry) => entry.count === 0)) return { id, empty: ctx.t('vocabularies.figure.noData', { dimension: name }) };
      const caption = dimensionCaption(dimension, ctx.locale, ctx.t);
      const bars = counts.map((entry) => ({ label: valueLabel(dimension, entry.value, ctx.locale), value: entry.count }));
      return {
        figure: {
          id,
          caption,
          alt: describeCounts(bars, caption),
          spec: barChartSpec(bars, name, ctx.t('mapping.figure.valueTitle'), { direction: ctx.dir }),
          table: { columns: [name, ctx.t('mapping.figure.valueTitle')], rows: bars.map((bar) => [bar.label, bar.value]) },
        },
      };
    });
}

/** The figures the mapping draws (dimensions without data have none). */
export function mappingFigures(ctx: ViewContext, data: MappingData): Figure[] {
  return mappingPanels(ctx, data).flatMap((panel) => ('figure' in panel ? [panel.figure] : []));
}

export function membershipFigure(ctx: ViewContext, about: AboutData): Figure | null {
  if (about.membershipCounts.length === 0) return null;
  const caption = ctx.t('about.membership.caption');
  const points = about.membershipCounts.map((row) => ({ label: ctx.fmt.date(row.asOf), value: row.count }));
  return {
    id: 'figure-membership',
    caption,
    alt: `${caption}: ${points.map((point) => `${point.label} ${point.value}`).join(', ')}.`,
    spec: columnChartSpec(points, ctx.t('about.membership.date'), ctx.t('about.membership.valueTitle')),
    table: { columns: [ctx.t('about.membership.date'), ctx.t('about.membership.count')], rows: points.map((point) => [point.label, point.value]) },
  };
}
