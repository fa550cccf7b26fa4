import type { SafeHtml } from '../../lib/html';
import type { RenderedFigure } from '../../lib/figures';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { FigureBlock } from '../../views/components/figure';
import { Layout } from '../../views/layout';
import { ScrollRegion } from '../../views/components/scroll-region';
import type { MappingData } from './mapping.service';
import { facetValues, type Facet } from './mapping.vocabulary';
import { facetLabel, memberHref } from './members.views';

const filterFacets: { param: 'region' | 'form' | 'intervention'; facet: Facet }[] = [
  { param: 'region', facet: 'regions' },
  { param: 'form', facet: 'forms' },
  { param: 'intervention', facet: 'interventions' },
];

function FilterSelect({ ctx, param, facet, selected }: { ctx: ViewContext; param: string; facet: Facet; selected: string | undefined }): SafeHtml {
  return (
    <div class="field">
      <label for={`filter-${param}`}>{ctx.t(`facet.${facet}` as MessageKey)}</label>
      <select id={`filter-${param}`} name={param}>
        <option value="">{ctx.t('mapping.filter.any')}</option>
        {facetValues[facet].map((code) => (
          <option value={code} selected={selected === code}>
            {facetLabel(ctx, facet, code)}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <form class="filters" method="get" action="/mapping" aria-label={t('mapping.filters')}>
        {filterFacets.map(({ param, facet }) => (
          <FilterSelect ctx={ctx} param={param} facet={facet} selected={data.filter[param]} />
        ))}
        <div class="actions">
          <button type="submit">{t('members.filter.apply')}</button>
          {filtered ? <a href="/mapping">{t('members.filter.clear')}</a> : null}
        </div>
      </form>
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
        <ScrollRegion label={t('mapping.table.caption')}>
          <table class="data-table" id="mapping-table" aria-labelledby="mapping-table-title">
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
          </table>
        </ScrollRegion>
      )}
      <p>
        <a href={`/mapping.csv${mappingQueryString(data.filter)}`} download>
          {t('mapping.download')}
        </a>
      </p>
    </Layout>
  );
}
