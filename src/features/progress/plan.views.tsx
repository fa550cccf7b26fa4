import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { FormActions, PostForm, TextArea, TextField } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { PlanIssue } from './plan.format';
import type { PlanIndicator, PlanItem, PlanPageModel, PlanSummary } from './plan.service';
import { ScrollTable } from '../../views/components/scroll-region';

export function formatIndicatorValue(ctx: ViewContext, type: PlanIndicator['type'], value: number | null): string {
  if (value === null) return '—';
  if (type === 'yes_no') return value === 1 ? ctx.t('progress.yes') : ctx.t('progress.no');
  if (type === 'percentage') return `${ctx.fmt.number(value)}%`;
  return ctx.fmt.number(value);
}

function Entities({ entities }: { entities: PlanItem['lead'] }): SafeHtml {
  return (
    <>
      {entities.map((entity, index) => (
        <>
          {index > 0 ? ', ' : ''}
          <a href={`/members/${encodeURIComponent(entity.slug)}`}>{entity.acronym}</a>
        </>
      ))}
    </>
  );
}

function Indicators({ ctx, item }: { ctx: ViewContext; item: PlanItem }): SafeHtml {
  const indicators = item.indicators.filter((indicator) => !indicator.retired);
  if (indicators.length === 0) return <></>;
  const { t } = ctx;
  return (
    <ScrollTable id={`indicators-${item.id}`} class="data-table compact" caption={t('plan.indicators.caption', { code: item.code })}>
      <thead>
        <tr>
          <th scope="col">{t('plan.indicators.name')}</th>
          <th scope="col">{t('plan.indicators.unit')}</th>
          <th scope="col">{t('plan.indicators.type')}</th>
          <th scope="col">{t('plan.indicators.direction')}</th>
          <th scope="col">{t('plan.indicators.baseline')}</th>
          <th scope="col">{t('plan.indicators.targets')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr>
            <th scope="row">{indicator.name}</th>
            <td>{indicator.unit}</td>
            <td>{t(`progress.type.${indicator.type}` as MessageKey)}</td>
            <td>{t(`progress.direction.${indicator.direction}` as MessageKey)}</td>
            <td>
              {formatIndicatorValue(ctx, indicator.type, indicator.baseline)}
              {indicator.baselineYear ? ` (${indicator.baselineYear})` : ''}
            </td>
            <td>{indicator.targets.map((target) => `${target.year}: ${formatIndicatorValue(ctx, indicator.type, target.value)}`).join('; ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function ItemBlock({ ctx, item }: { ctx: ViewContext; item: PlanItem }): SafeHtml {
  const { t } = ctx;
  const Heading = item.level === 'objective' ? 'h2' : item.level === 'output' ? 'h3' : 'h4';
  return (
    <div class={`plan-item plan-${item.level}${item.retired ? ' retired' : ''}`} id={`item-${item.code}`}>
      <Heading>
        <span class="plan-code">{item.code}</span> {item.title}
      </Heading>
      {item.retired ? <p class="meta">{t('plan.retired')}</p> : null}
      {item.description ? <p>{item.description}</p> : null}
      {item.lead.length > 0 || item.contributors.length > 0 ? (
        <p class="meta">
          {item.lead.length > 0 ? (
            <>
              {t('plan.items.lead')}: <Entities entities={item.lead} />
            </>
          ) : null}
          {item.lead.length > 0 && item.contributors.length > 0 ? ' · ' : ''}
          {item.contributors.length > 0 ? (
            <>
              {t('plan.items.contributors')}: <Entities entities={item.contributors} />
            </>
          ) : null}
        </p>
      ) : null}
      <Indicators ctx={ctx} item={item} />
    </div>
  );
}

export function PlanFacts({ ctx, plan }: { ctx: ViewContext; plan: PlanSummary }): SafeHtml {
  const { t } = ctx;
  return (
    <dl class="facts">
      <div>
        <dt>{t('plan.period')}</dt>
        <dd>
          {plan.periodStart}–{plan.periodEnd}
        </dd>
      </div>
      <div>
        <dt>{t('plan.endorsed')}</dt>
        <dd>
          {plan.endorsedOn ? ctx.fmt.date(plan.endorsedOn) : '—'}
          {plan.endorsedBy ? `, ${plan.endorsedBy}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('plan.version')}</dt>
        <dd>{plan.version}</dd>
      </div>
    </dl>
  );
}

export function PlanPage(props: { ctx: ViewContext; page: PlanPageModel; notice: string | null }): SafeHtml {
  const { ctx, notice } = props;
  const { plan, others, versions, rights } = props.page;
  const { t } = ctx;
  const title = plan?.title ?? t('plan.title');
  return (
    <Layout ctx={ctx} title={title} description={plan?.note ?? t('plan.title')}>
      <p class="breadcrumb">
        <a href="/governance">{t('nav.governance')}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={notice} />
      {!plan ? (
        <p>{t('plan.none')}</p>
      ) : (
        <>
          {plan.isSample ? <p class="notice">{t('plan.sample')}</p> : null}
          {plan.note ? <p class="lead">{plan.note}</p> : null}
          <PlanFacts ctx={ctx} plan={plan} />
          {rights.edit ? (
            <p class="no-print">
              <a href={`/plan/edit?plan=${encodeURIComponent(plan.key)}`}>{t('plan.edit')}</a>
            </p>
          ) : null}
          <nav class="plan-toc no-print" aria-label={t('plan.title')}>
            <ul class="plain-list">
              {plan.items
                .filter((item) => item.level === 'objective' && !item.retired)
                .map((item) => (
                  <li>
                    <a href={`#item-${item.code}`}>
                      {item.code}. {item.title}
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
          {plan.items.map((item) => (
            <ItemBlock ctx={ctx} item={item} />
          ))}
          <h2>{t('plan.versions')}</h2>
          <ScrollTable id="plan-versions" caption={t('plan.versions.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('plan.versions.number')}</th>
                <th scope="col">{t('plan.versions.date')}</th>
                <th scope="col">{t('plan.versions.by')}</th>
                <th scope="col">{t('plan.versions.note')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr>
                  <th scope="row">{version.number}</th>
                  <td>{ctx.fmt.date(version.createdAt)}</td>
                  <td>{version.createdBy}</td>
                  <td>{version.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
      {others.length > 0 ? (
        <>
          <h2>{t('plan.others')}</h2>
          <ul>
            {others.map((other) => (
              <li>
                <a href={`/plan?plan=${encodeURIComponent(other.key)}`}>{other.title}</a> ({other.periodStart}–{other.periodEnd})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

export interface PlanEditState {
  source: string;
  note: string;
  version: number;
  issues: PlanIssue[];
  message: string | null;
}

export function PlanEditPage({ ctx, plan, state }: { ctx: ViewContext; plan: PlanSummary; state: PlanEditState }): SafeHtml {
  const { t } = ctx;
  const title = t('plan.edit.title', { title: plan.title });
  return (
    <Layout ctx={ctx} title={title} description={t('plan.edit.intro')}>
      <p class="breadcrumb">
        <a href={`/plan?plan=${encodeURIComponent(plan.key)}`}>{plan.title}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('plan.edit.intro')}</p>
      {state.message ? (
        <p class="notice" role="status">
          {state.message}
        </p>
      ) : null}
      {state.issues.length > 0 ? (
        <div class="notice flash-error" role="alert" id="error-summary" tabindex="-1">
          <p>
            <strong>{t('plan.edit.problems')}</strong>
          </p>
          <ul>
            {state.issues.map((issue) => (
              <li>
                <a href="#source">
                  {issue.line}:{issue.column}
                </a>{' '}
                {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PostForm ctx={ctx} action={`/plan/edit?plan=${encodeURIComponent(plan.key)}`} class="stacked wide">
        <input type="hidden" name="version" value={String(state.version)} />
        <TextArea name="source" label={t('plan.edit.source')} value={state.source} rows={30} />
        <TextField name="note" label={t('plan.edit.note')} value={state.note} maxlength={500} />
        <FormActions ctx={ctx} submit={t('plan.edit.save')} cancel={`/plan?plan=${encodeURIComponent(plan.key)}`} />
      </PostForm>
    </Layout>
  );
}
