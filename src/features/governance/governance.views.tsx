import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import type { TermOverview, TermYear } from './governance.service';

type Block = { kind: 'term'; term: TermOverview } | { kind: 'unknown'; from: number; to: number; note: string | null };

function isUnknown(entry: TermYear): boolean {
  return !entry.term || (entry.term.chairs.length === 0 && entry.term.priorities.length === 0);
}

/** Consecutive years without a known chair collapse into one line ("2013–2017: not known"). */
function blocksOf(years: TermYear[]): Block[] {
  const blocks: Block[] = [];
  for (const entry of years) {
    const previous = blocks.at(-1);
    if (entry.term && !isUnknown(entry)) blocks.push({ kind: 'term', term: entry.term });
    else if (previous?.kind === 'unknown' && previous.from === entry.year + 1 && !entry.term?.note && !previous.note) previous.from = entry.year;
    else blocks.push({ kind: 'unknown', from: entry.year, to: entry.year, note: entry.term?.note ?? null });
  }
  return blocks;
}

function Chairs({ ctx, term }: { ctx: ViewContext; term: TermOverview }): SafeHtml {
  return (
    <ul class="plain-list">
      {term.chairs.map((chair) => (
        <li>
          <a href={`/members/${encodeURIComponent(chair.slug)}`}>{chair.acronym}</a> · {chair.name}
        </li>
      ))}
      {term.chairs.length === 0 ? <li>{ctx.t('governance.chairs.unknown')}</li> : null}
    </ul>
  );
}

/** Where a decision that endorsed a term can be read. */
export interface DecisionLink {
  reference: string;
  url: string;
}

function TermSection({ ctx, term, currentYear, decision }: { ctx: ViewContext; term: TermOverview; currentYear: number; decision: DecisionLink | undefined }): SafeHtml {
  const { t } = ctx;
  const main = term.priorities.filter((priority) => !priority.crossCutting);
  const crossCutting = term.priorities.filter((priority) => priority.crossCutting);
  const uncertainPriorities = term.priorities.some((priority) => priority.uncertain);
  return (
    <section class="term" id={`term-${term.year}`} aria-labelledby={`term-${term.year}-title`}>
      <h2 id={`term-${term.year}-title`}>
        {term.year}
        {term.year === currentYear ? <span class="status">{t('governance.current')}</span> : null}
      </h2>
      {term.uncertain ? <p class="notice">{t('governance.uncertain')}</p> : null}
      <dl class="facts">
        <div>
          <dt>{term.chairs.length === 1 ? t('governance.chair') : t('governance.cochairs')}</dt>
          <dd>
            <Chairs ctx={ctx} term={term} />
          </dd>
        </div>
        <div>
          <dt>{t('governance.endorsed')}</dt>
          <dd>
            {term.endorsedOn ? ctx.fmt.date(term.endorsedOn) : t('governance.endorsed.unknown')}
            {decision ? (
              <>
                {' · '}
                <a href={decision.url}>{t('governance.endorsed.decision', { reference: decision.reference })}</a>
              </>
            ) : null}
          </dd>
        </div>
        {term.note ? (
          <div>
            <dt>{t('governance.note')}</dt>
            <dd>{term.note}</dd>
          </div>
        ) : null}
      </dl>
      {main.length > 0 ? (
        <>
          <h3>{t('governance.priorities')}</h3>
          {uncertainPriorities ? <p class="notice">{t('governance.priorities.uncertain')}</p> : null}
          <ol>
            {main.map((priority) => (
              <li>{priority.title}</li>
            ))}
          </ol>
          {crossCutting.length > 0 ? (
            <p>
              {t('governance.crossCutting')}: {crossCutting.map((priority) => priority.title).join(', ')}
            </p>
          ) : null}
        </>
      ) : (
        <p class="meta">{t('governance.priorities.none')}</p>
      )}
      {ctx.actor && term.chairs.length > 0 ? (
        <p class="no-print">
          <a href={`/progress/pledges?year=${term.year}`}>{t('governance.pledges', { year: String(term.year) })}</a>
        </p>
      ) : null}
      <SourceList ctx={ctx} sources={[...new Set([...term.sources, ...term.priorities.flatMap((priority) => priority.sources)])]} />
    </section>
  );
}

export function GovernancePage(props: { ctx: ViewContext; years: TermYear[]; decisions: Map<number, DecisionLink>; currentYear: number }): SafeHtml {
  const { ctx, years, decisions, currentYear } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('governance.title')} description={t('governance.intro')}>
      <h1>{t('governance.title')}</h1>
      <p class="lead">{t('governance.intro')}</p>
      <p>
        <a href="/plan">{t('governance.plan')}</a>
      </p>
      {blocksOf(years).map((block) =>
        block.kind === 'term' ? (
          <TermSection ctx={ctx} term={block.term} currentYear={currentYear} decision={block.term.endorsedByDecisionId ? decisions.get(block.term.endorsedByDecisionId) : undefined} />
        ) : (
          <section class="term term-unknown" aria-labelledby={`term-${block.to}-title`}>
            <h2 id={`term-${block.to}-title`}>{block.from === block.to ? String(block.to) : `${block.from}–${block.to}`}</h2>
            <p>{t('governance.unknown')}</p>
            {block.note ? <p class="meta">{block.note}</p> : null}
          </section>
        ),
      )}
    </Layout>
  );
}
