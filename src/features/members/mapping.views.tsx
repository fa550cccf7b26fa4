import type { SafeHtml } from '../../lib/html';
import type { RenderedFigure } from '../../lib/figures';
import type { ViewContext } from '../../views/context';
import { FigureBlock } from '../../views/components/figure';
import { FilterBar, SelectField } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import { offeredValues, vocabularyName, type Vocabulary } from '../vocabularies/vocabularies.schemas';
import type { MappingData } from './mapping.service';
import { memberHref, valueLabels } from './members.views';
import { Pagination } from '../../views/components/pagination';
import { ScrollTable } from '../../views/components/scroll-region';

/** A charted dimension on the page: its rendered figure, or the sentence that says it has no data. */
export type ShownPanel = { figure: RenderedFigure | null } | { id: string; empty: string };

export function mappingQueryString(filter: MappingData['filter']): string {
  const params = new URLSearchParams();
  for (const [dimension, value] of Object.entries(filter)) params.set(dimension, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The values a filter offers: those not retired, and the one in force even if it is. */
function filterOptions(ctx: ViewContext, dimension: Vocabulary, selected: string | undefined) {
  return dimension.values.filter((value) => value.retiredYear === null || value.code === selected).map((value) => ({ value: value.code, label: valueLabels(ctx, dimension, [value.code]) }));
}

export function MappingPage({ ctx, data, panels }: { ctx: ViewContext; data: MappingData; panels: ShownPanel[] }): SafeHtml {
  const { t } = ctx;
  const charted = data.dimensions.filter((dimension) => dimension.charted && offeredValues(dimension).length > 0);
  const filtered = Object.keys(data.filter).length > 0;
  return (
    <Layout ctx={ctx} title={t('mapping.title')} description={t('mapping.description')}>
      <h1>{t('mapping.title')}</h1>
      <p class="lead">{t('mapping.description')}</p>
      {data.anySample ? <p class="notice">{t('mapping.sample')}</p> : null}
      <FilterBar action="/mapping" label={t('mapping.filters')} apply={t('members.filter.apply')} clear={filtered ? { href: '/mapping', label: t('members.filter.clear') } : null}>
        {charted.map((dimension) => (
          <SelectField
            id={`filter-${dimension.code}`}
            name={dimension.code}
            label={vocabularyName(dimension, ctx.locale)}
            options={filterOptions(ctx, dimension, data.filter[dimension.code])}
            selected={data.filter[dimension.code]}
            blank={t('mapping.filter.any')}
          />
        ))}
      </FilterBar>
      <p role="status" id="mapping-status">
        {t('mapping.filtered', { count: data.total })}
      </p>
      <div class="figure-grid">
        {panels.map((panel) =>
          'empty' in panel ? (
            <p class="figure-empty" id={panel.id}>
              {panel.empty}
            </p>
          ) : panel.figure ? (
            <FigureBlock ctx={ctx} figure={panel.figure} />
          ) : null,
        )}
      </div>
      <h2 id="mapping-table-title">{t('mapping.table.caption')}</h2>
      {data.entities.length === 0 ? (
        <p>{t('mapping.none')}</p>
      ) : (
        <ScrollTable id="mapping-table" labelledBy="mapping-table-title">
          <thead>
            <tr>
              <th scope="col">{t('members.column.acronym')}</th>
              {data.dimensions
                .filter((dimension) => dimension.charted)
                .map((dimension) => (
                  <th scope="col">{vocabularyName(dimension, ctx.locale)}</th>
                ))}
              <th scope="col">{t('mapping.table.asOf')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entities.map((entity) => (
              <tr>
                <th scope="row">
                  <a href={memberHref(entity)} title={entity.name}>
                    {entity.acronym}
                  </a>
                </th>
                {data.dimensions
                  .filter((dimension) => dimension.charted)
                  .map((dimension) => (
                    <td>{valueLabels(ctx, dimension, entity.profile.values[dimension.code] ?? [])}</td>
                  ))}
                <td>{ctx.fmt.date(entity.profile.asOf)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination ctx={ctx} info={data} />
      <p>
        <a href={`/mapping.csv${mappingQueryString(data.filter)}`} download>
          {t('mapping.download')}
        </a>
      </p>
    </Layout>
  );
}
