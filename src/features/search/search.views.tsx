import type { SafeHtml } from '../../lib/html';
import { textDirection, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { FilterBar } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import type { SearchResults, TextSegment } from './search.schemas';

export function searchKindLabel(ctx: ViewContext, kind: string): string {
  const key = `search.kind.${kind}` as MessageKey;
  const label = ctx.t(key);
  return label === key ? kind.replace(/_/g, ' ') : label;
}

/** Every segment is text, escaped by the JSX runtime; only the <mark> around matches is ours. */
function Highlighted({ segments }: { segments: TextSegment[] }): SafeHtml {
  return <>{segments.map((segment) => (segment.mark ? <mark>{segment.text}</mark> : <>{segment.text}</>))}</>;
}

function facetHref(ctx: ViewContext, change: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...ctx.query, ...change })) if (value && key !== 'page') params.set(key, value);
  return `/search?${params.toString()}`;
}

/** One facet: "all", then each value with its count; the one in force is marked aria-current. */
function FacetList(props: { ctx: ViewContext; param: 'kind' | 'year'; title: string; current: string | undefined; facets: { value: string; label: string; count: number }[] }): SafeHtml {
  const { ctx, param, current } = props;
  return (
    <>
      <h3>{props.title}</h3>
      <ul class="plain-list">
        <li>
          <a href={facetHref(ctx, { [param]: null })} aria-current={!current ? 'true' : undefined}>
            {ctx.t('search.facet.all')}
          </a>
        </li>
        {props.facets.map((facet) => (
          <li>
            <a href={facetHref(ctx, { [param]: facet.value })} aria-current={current === facet.value ? 'true' : undefined}>
              {facet.label} ({ctx.fmt.number(facet.count)})
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function Facets({ ctx, results }: { ctx: ViewContext; results: SearchResults }): SafeHtml {
  const { t } = ctx;
  const { query, facets } = results;
  const kinds = facets.kinds.map((facet) => ({ value: facet.value, label: searchKindLabel(ctx, facet.value), count: facet.count }));
  const years = facets.years.map((facet) => ({ value: String(facet.value), label: String(facet.value), count: facet.count }));
  return (
    <nav class="search-facets no-print" aria-label={t('search.facets')}>
      <h2>{t('search.facets')}</h2>
      <FacetList ctx={ctx} param="kind" title={t('search.facet.kind')} current={query.kind} facets={kinds} />
      <FacetList ctx={ctx} param="year" title={t('search.facet.year')} current={query.year?.toString()} facets={years} />
    </nav>
  );
}

export function SearchPage({ ctx, results }: { ctx: ViewContext; results: SearchResults }): SafeHtml {
  const { t } = ctx;
  const q = results.query.q ?? '';
  return (
    <Layout ctx={ctx} title={q ? t('search.titleFor', { q }) : t('search.title')} description={t('search.intro')}>
      <h1>{t('search.title')}</h1>
      <p class="lead">{t('search.intro')}</p>
      <FilterBar action="/search" role="search" class="search-form" apply={t('search.submit')}>
        <div class="field">
          <label for="q">{t('search.label')}</label>
          <input id="q" name="q" type="search" value={q} maxlength="200" aria-describedby="q-hint" />
          <p class="hint" id="q-hint">
            {t('search.hint')}
          </p>
        </div>
        {results.query.kind ? <input type="hidden" name="kind" value={results.query.kind} /> : null}
        {results.query.year ? <input type="hidden" name="year" value={String(results.query.year)} /> : null}
      </FilterBar>
      {!q ? (
        <p>{t('search.empty')}</p>
      ) : (
        <div class="search-layout">
          <Facets ctx={ctx} results={results} />
          <section class="search-results" aria-labelledby="results-count">
            <p role="status" id="results-count">
              {results.total === 0 ? t('search.none', { q }) : t('search.count', { count: results.total })}
            </p>
            <ol class="plain-list results" start={String((results.page - 1) * results.pageSize + 1)}>
              {results.items.map((item) => (
                <li class="result">
                  <p class="meta">
                    <span class="status">{searchKindLabel(ctx, item.kind)}</span>
                    {item.year ? ` ${item.year}` : ''}
                    {item.visibility !== 'public' ? ` · ${t(`search.visibility.${item.visibility}` as MessageKey)}` : ''}
                    {item.language !== ctx.locale ? ` · ${t('text.language', { language: item.language })}` : ''}
                  </p>
                  <h2 class="result-title" lang={item.language} dir={textDirection(item.language)}>
                    <a href={item.url}>
                      <Highlighted segments={item.title} />
                    </a>
                  </h2>
                  {item.snippet.length > 0 ? (
                    <p class="snippet">
                      <Highlighted segments={item.snippet} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <Pagination ctx={ctx} info={results} />
          </section>
        </div>
      )}
    </Layout>
  );
}
