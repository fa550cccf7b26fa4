import type { SafeHtml } from '../../lib/html';
import type { RenderedFigure } from '../../lib/figures';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { FigureBlock } from '../../views/components/figure';
import { FilterBar, SelectField } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { MappingData } from './mapping.service';
import { facetValues, type Facet } from './mapping.vocabulary';
import { facetLabel, memberHref } from './members.views';
import { ScrollTable } from '../../views/components/scroll-region';

const filterFacets: { param: 'region' | 'form' | 'intervention'; facet: Facet }[] = [
  { param: 'region', facet: 'regions' },
  { param: 'form', facet: 'forms' },
  { param: 'intervention', facet: 'interventions' },
];

function labels(ctx: ViewContext, facet: Facet, codes: string[]): string {
  return codes.map((code) => facetLabel(ctx, facet, code)).join(', ');
}

export function mappingQueryString(filter: MappingData['filter']): string {
  const params = new URLSearchParams();
  for (const { param } of filterFacets) {
    const value = filter[param];
    if (value) params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function MappingPage({ ctx, data, figures }: { ctx: ViewContext; data: MappingData; figures: RenderedFigure[] }): SafeHtml {
  const { t } = ctx;
  const filtered = filterFacets.some(({ param }) => data.filter[param]);
  return (
    <Layout ctx={ctx} title={t('mapping.title')} description={t('mapping.description')}>
      <h1>{t('mapping.title')}</h1>
      <p class="lead">{t('mapping.description')}</p>
      {data.anySample ? <p class="notice">{t('mapping.sample')}</p> : null}
      <FilterBar action="/mapping" label={t('mapping.filters')} apply={t('members.filter.apply')} clear={filtered ? { href: '/mapping', label: t('members.filter.clear') } : null}>
        {filterFacets.map(({ param, facet }) => (
          <SelectField
            id={`filter-${param}`}
            name={param}
            label={t(`facet.${facet}` as MessageKey)}
            options={facetValues[facet].map((code) => ({ value: code, label: facetLabel(ctx, facet, code) }))}
            selected={data.filter[param]}
            blank={t('mapping.filter.any')}
          />
        ))}
      </FilterBar>
      <p role="status" id="mapping-status">
        {t('mapping.filtered', { count: data.entities.length })}
      </p>
      <div class="figure-grid">
        {figures.map((figure) => (
          <FigureBlock ctx={ctx} figure={figure} />
        ))}
      </div>
      <h2 id="mapping-table-title">{t('mapping.table.caption')}</h2>
      {data.entities.length === 0 ? (
        <p>{t('mapping.none')}</p>
      ) : (
        <ScrollTable id="mapping-table" labelledBy="mapping-table-title">
          <thead>
            <tr>
              <th scope="col">{t('members.column.acronym')}</th>
              <th scope="col">{t('facet.regions')}</th>
              <th scope="col">{t('facet.forms')}</th>
              <th scope="col">{t('facet.interventions')}</th>
              <th scope="col">{t('facet.levels')}</th>
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
                <td>{labels(ctx, 'regions', entity.profile.regions)}</td>
                <td>{labels(ctx, 'forms', entity.profile.forms)}</td>
                <td>{labels(ctx, 'interventions', entity.profile.interventions)}</td>
                <td>{labels(ctx, 'levels', entity.profile.levels)}</td>
                <td>{ctx.fmt.date(entity.profile.asOf)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p>
        <a href={`/mapping.csv${mappingQueryString(data.filter)}`} download>
          {t('mapping.download')}
        </a>
      </p>
    </Layout>
  );
}
