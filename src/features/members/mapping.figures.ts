/** Turns mapping and membership data into numbered figures: spec, caption, text alternative and data table. */
import { barChartSpec, columnChartSpec, describeCounts, type Figure } from '../../lib/figures';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { chartedFacets, type MappingData } from './mapping.service';
import type { AboutData } from './members.service';

const captionKeys: Record<(typeof chartedFacets)[number], MessageKey> = {
  regions: 'mapping.figure.regions',
  forms: 'mapping.figure.forms',
  interventions: 'mapping.figure.interventions',
  levels: 'mapping.figure.levels',
};

export function mappingFigures(ctx: ViewContext, data: MappingData): Figure[] {
  return chartedFacets.map((facet) => {
    const caption = ctx.t(captionKeys[facet]);
    const bars = data.counts[facet].map((entry) => ({ label: ctx.t(`facet.${facet}.${entry.value}` as MessageKey), value: entry.count }));
    return {
      id: `figure-${facet}`,
      caption,
      alt: describeCounts(bars, caption),
      spec: barChartSpec(bars, ctx.t(`facet.${facet}` as MessageKey), ctx.t('mapping.figure.valueTitle'), { direction: ctx.dir }),
      table: { columns: [ctx.t(`facet.${facet}` as MessageKey), ctx.t('mapping.figure.valueTitle')], rows: bars.map((bar) => [bar.label, bar.value]) },
    };
  });
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
