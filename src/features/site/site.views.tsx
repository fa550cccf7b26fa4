import { groupIdentity } from '../../lib/group';
import { markdownToPlainText, renderMarkdown } from '../../lib/markdown';
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Layout } from '../../views/layout';
import type { LibraryEvent, Publication } from '../library/library.schemas';
import type { HomeData, StatementsData } from './site.service';

type PublishedStatement = HomeData['statements'][number];

function publicationMeta(ctx: ViewContext, item: Publication): string {
  const kind = ctx.t(`publication.kind.${item.kind}` as MessageKey);
  const label = item.number !== null && !item.numberUncertain ? ctx.t('publication.numbered', { kind, number: String(item.number) }) : kind;
  const year = item.year === null ? ctx.t('publication.yearUnknown') : item.yearUncertain ? ctx.t('publication.yearUncertain', { year: String(item.year) }) : String(item.year);
  return `${label} · ${year}`;
}

function eventMeta(ctx: ViewContext, item: LibraryEvent): string {
  const start = ctx.fmt.date(item.startsOn);
  const when = item.endsOn && item.endsOn !== item.startsOn ? `${start} – ${ctx.fmt.date(item.endsOn)}` : start;
  const where = [item.place, item.online ? ctx.t('event.online') : null].filter(Boolean).join(' / ');
  return where ? `${when} · ${where}` : when;
}

function statementMeta(ctx: ViewContext, item: PublishedStatement): string {
  const parts = [item.publishedOn ? ctx.t('statements.published', { date: ctx.fmt.date(item.publishedOn) }) : String(item.year)];
  if (item.adoption) parts.push(ctx.t('statements.decision', { reference: item.adoption.reference }));
  if (item.endorserCount > 0) parts.push(ctx.t('statements.endorsers', { count: item.endorserCount }));
  return parts.join(' · ');
}

function PublicationList({ ctx, items }: { ctx: ViewContext; items: Publication[] }): SafeHtml {
  return (
    <ul class="plain-list listing">
      {items.map((item) => (
        <li class="listing-item">
          <p class="meta">{publicationMeta(ctx, item)}</p>
          <h3>
            <a href={`/publications/${encodeURIComponent(item.slug)}`}>{item.title}</a>
          </h3>
        </li>
      ))}
    </ul>
  );
}

function StatementList({ ctx, items }: { ctx: ViewContext; items: PublishedStatement[] }): SafeHtml {
  return (
    <ul class="plain-list listing">
      {items.map((item) => (
        <li class="listing-item">
          <p class="meta">{statementMeta(ctx, item)}</p>
          <h3>
            <a href={item.url}>{item.title}</a>
          </h3>
          {item.isSummary ? <p class="meta">{ctx.t('statements.summaryOnly')}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function HomePage({ ctx, home }: { ctx: ViewContext; home: HomeData }): SafeHtml {
  const { t } = ctx;
  const { term } = home;
  // The group's one-line description and home text come from its settings (/admin/group).
  const group = groupIdentity(ctx.locale);
  return (
    <Layout ctx={ctx} title={group.description} description={markdownToPlainText(group.homeText).slice(0, 250)}>
      <h1>{group.description}</h1>
      <div class="lead">{renderMarkdown(group.homeText)}</div>
      <form class="filters home-search no-print" method="get" action="/search" role="search">
        <div class="field">
          <label for="home-q">{t('home.search')}</label>
          <input id="home-q" name="q" type="search" maxlength="200" />
        </div>
        <div class="actions">
          <button type="submit">{t('search.submit')}</button>
        </div>
      </form>
      {term ? (
        <section class="cochairs">
          <h2>{term.year === home.currentYear ? t('home.cochairs', { year: String(term.year) }) : t('home.cochairs.latest', { year: String(term.year) })}</h2>
          {term.year === home.currentYear ? null : <p class="meta">{t('home.cochairs.noCurrent', { current: String(home.currentYear), year: String(term.year) })}</p>}
          <ul class="plain-list">
            {term.chairs.map((chair) => (
              <li>
                <a href={`/members/${encodeURIComponent(chair.slug)}`}>{chair.name}</a> ({chair.acronym})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="home-columns">
        <section aria-labelledby="latest-statements">
          <h2 id="latest-statements">{t('home.latestStatements')}</h2>
          {home.statements.length === 0 ? <p class="meta">{t('home.statementsNone')}</p> : <StatementList ctx={ctx} items={home.statements} />}
          <p>
            <a href="/statements">{t('home.more.statements')}</a>
          </p>
        </section>
        <section aria-labelledby="latest-publications">
          <h2 id="latest-publications">{t('home.latestPublications')}</h2>
          <PublicationList ctx={ctx} items={home.publications} />
          <p>
            <a href="/publications">{t('home.more.publications')}</a>
          </p>
        </section>
        <section aria-labelledby="latest-events">
          <h2 id="latest-events">{t('home.latestEvents')}</h2>
          <ul class="plain-list listing">
            {home.events.map((item) => (
              <li class="listing-item">
                <p class="meta">{eventMeta(ctx, item)}</p>
                <h3>
                  <a href={`/events/${encodeURIComponent(item.slug)}`}>{item.title}</a>
                </h3>
              </li>
            ))}
          </ul>
          <p>
            <a href="/events">{t('home.more.events')}</a>
          </p>
        </section>
      </div>
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
      <p class="no-print">
        <a href="/feed.atom" type="application/atom+xml">
          {t('home.feed')}
        </a>
      </p>
    </Layout>
  );
}

export function StatementsPage({ ctx, data }: { ctx: ViewContext; data: StatementsData }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('statements.title')} description={t('statements.intro')}>
      <h1>{t('statements.title')}</h1>
      <p class="lead">{t('statements.intro')}</p>
      <section aria-labelledby="adopted">
        <h2 id="adopted">{t('statements.adopted')}</h2>
        {data.adopted.length === 0 ? <p>{t('statements.adoptedNone')}</p> : <StatementList ctx={ctx} items={data.adopted} />}
      </section>
      <section aria-labelledby="earlier">
        <h2 id="earlier">{t('statements.earlier')}</h2>
        {data.earlier.length === 0 ? <p>{t('statements.earlierNone')}</p> : <PublicationList ctx={ctx} items={data.earlier} />}
      </section>
    </Layout>
  );
}
