import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Layout } from '../../views/layout';
import type { Term } from '../governance/governance.service';

export function HomePage({ ctx, term }: { ctx: ViewContext; term: Term | null }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')} description={t('home.description')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.description')}</p>
      {term ? (
        <section class="cochairs">
          <h2>{t('home.cochairs', { year: term.year })}</h2>
          <ul class="plain-list">
            {term.chairs.map((chair) => (
              <li>
                <a href={`/members/${encodeURIComponent(chair.slug)}`}>{chair.name}</a> ({chair.acronym})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{t('home.explore')}</h2>
      <ul class="cards">
        <li>
          <a href="/members">{t('nav.members')}</a>
          <p>{t('home.members')}</p>
        </li>
        <li>
          <a href="/mapping">{t('nav.mapping')}</a>
          <p>{t('home.mapping')}</p>
        </li>
        <li>
          <a href="/about">{t('nav.about')}</a>
          <p>{t('home.about')}</p>
        </li>
      </ul>
    </Layout>
  );
}
