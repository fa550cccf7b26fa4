import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { FigureBlock, type RenderedFigure } from '../../views/components/figure';
import { FilterBar, plainOptions, SelectField } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import type { MemberSummary } from '../members/members.schemas';
import type { PlanSummary } from './plan.service';
import type { Dashboard, Period, Pledge, ProgressUpdate } from './progress.service';
import type { ProgressStatus, UpdateState } from './progress.table';
import type { ReportingList } from './updates.service';
import { formatIndicatorValue } from './plan.views';
import { ScrollTable } from '../../views/components/scroll-region';

export function StatusBadge({ ctx, status }: { ctx: ViewContext; status: ProgressStatus }): SafeHtml {
  return <span class={`status status-${status}`}>{ctx.t(`progress.status.${status}` as MessageKey)}</span>;
}

export function StateBadge({ ctx, state }: { ctx: ViewContext; state: UpdateState }): SafeHtml {
  return <span class={`status state-${state}`}>{ctx.t(`progress.state.${state}` as MessageKey)}</span>;
}

export function phaseLabel(ctx: ViewContext, period: Period): string {
  return ctx.t(`progress.phase.${period.phase}` as MessageKey);
}

export function targetLabel(update: Pick<ProgressUpdate, 'target'>): string {
  return update.target.code ? `${update.target.code} ${update.target.title}` : update.target.title;
}

export function valuesText(ctx: ViewContext, update: ProgressUpdate): string {
  return update.values.map((value) => `${value.name}: ${formatIndicatorValue(ctx, value.type, value.value)}`).join('; ');
}

// ---- dashboard ----

export interface DashboardData {
  year: number;
  years: number[];
  entity: string | undefined;
  priority: number | undefined;
  entities: MemberSummary[];
  pledges: Pledge[];
  plan: PlanSummary | null;
  figures: RenderedFigure[];
  updates: { items: ProgressUpdate[]; total: number; page: number; pageSize: number };
  exportQuery: string;
  rights: Dashboard['rights'];
}

function UpdatesTable({ ctx, updates, caption }: { ctx: ViewContext; updates: ProgressUpdate[]; caption: string }): SafeHtml {
  const { t } = ctx;
  return (
    <ScrollTable id="updates-table" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('progress.column.organization')}</th>
          <th scope="col">{t('progress.column.target')}</th>
          <th scope="col">{t('progress.column.status')}</th>
          <th scope="col">{t('progress.column.period')}</th>
          <th scope="col">{t('progress.column.values')}</th>
        </tr>
      </thead>
      <tbody>
        {updates.map((update) => (
          <tr>
            <th scope="row">{update.entity.acronym}</th>
            <td>
              <a href={`/progress/updates/${update.id}`}>{targetLabel(update)}</a>
              {update.isSample ? <span class="status sample">{t('progress.sample.short')}</span> : null}
            </td>
            <td>
              <StatusBadge ctx={ctx} status={update.status} />
            </td>
            <td>{update.period.label}</td>
            <td>{valuesText(ctx, update) || '—'}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function DashboardPage({ ctx, data }: { ctx: ViewContext; data: DashboardData }): SafeHtml {
  const { t } = ctx;
  const filtered = Boolean(data.entity || data.priority);
  const sample = data.plan?.isSample || data.updates.items.some((update) => update.isSample);
  return (
    <Layout ctx={ctx} title={t('progress.title')} description={t('progress.intro')}>
      <h1>{t('progress.title')}</h1>
      <p class="lead">{t('progress.intro')}</p>
      {sample ? <p class="notice">{t('progress.sample')}</p> : null}
      <ul class="link-row no-print">
        {data.rights.file ? (
          <li>
            <a href="/progress/report">{t('progress.links.report')}</a>
          </li>
        ) : null}
        <li>
          <a href="/progress/periods">{t('progress.links.periods')}</a>
        </li>
        <li>
          <a href={`/progress/pledges?year=${data.year}`}>{t('progress.links.pledges')}</a>
        </li>
        <li>
          <a href={`/plan?year=${data.year}`}>{t('progress.links.plan')}</a>
        </li>
      </ul>
      <FilterBar action="/progress" role="search" apply={t('progress.filter.apply')} clear={filtered ? { href: `/progress?year=${data.year}`, label: t('progress.filter.clear') } : null}>
        <SelectField name="year" label={t('progress.filter.year')} selected={String(data.year)} options={plainOptions(data.years)} />
        <SelectField
          name="entity"
          label={t('progress.filter.entity')}
          selected={data.entity}
          blank={t('progress.filter.entity.all')}
          options={data.entities.map((entity) => ({ value: entity.slug, label: entity.acronym }))}
        />
        <SelectField
          name="priority"
          label={t('progress.filter.priority')}
          selected={data.priority ? String(data.priority) : undefined}
          blank={t('progress.filter.priority.all')}
          options={data.pledges.map((pledge) => ({ value: String(pledge.id), label: pledge.priority?.title ?? pledge.title }))}
        />
      </FilterBar>
      {!data.plan ? <p>{t('progress.noPlan', { year: String(data.year) })}</p> : null}
      <p class="meta">{t('progress.figure.note')}</p>
      <div class="figure-stack">
        {data.figures.map((figure) => (
          <FigureBlock ctx={ctx} figure={figure} />
        ))}
      </div>
      <h2 id="updates">{t('progress.updates.title')}</h2>
      <p role="status" id="updates-status">
        {t('progress.updates.count', { count: data.updates.total })}
      </p>
      {data.updates.items.length === 0 ? (
        <p>{t('progress.updates.none')}</p>
      ) : (
        <UpdatesTable ctx={ctx} updates={data.updates.items} caption={t('progress.updates.caption', { year: String(data.year) })} />
      )}
      <Pagination ctx={ctx} info={data.updates} />
      <h2>{t('progress.export.title')}</h2>
      <ul class="no-print">
        <li>
          <a href={`/progress/updates.csv${data.exportQuery}`}>{t('progress.export.updates')}</a>
        </li>
        <li>
          <a href={`/progress/indicator-values.csv${data.exportQuery}`}>{t('progress.export.values')}</a>
        </li>
        <li>
          <a href={`/progress/export.xlsx${data.exportQuery}`}>{t('progress.export.xlsx')}</a>
        </li>
      </ul>
    </Layout>
  );
}

// ---- the focal point's reporting page ----

export function FilingPage({ ctx, entity, lists }: { ctx: ViewContext; entity: string; lists: ReportingList[] }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('filing.title')} description={t('filing.intro')}>
      <p class="breadcrumb">
        <a href="/progress">{t('progress.title')}</a>
      </p>
      <h1>{t('filing.title')}</h1>
      <p class="lead">{t('filing.intro')}</p>
      {lists.length === 0 ? <p>{t('filing.none')}</p> : null}
      {lists.map((list) => (
        <section aria-labelledby={`period-${list.period.id}`}>
          <h2 id={`period-${list.period.id}`}>
            {t('filing.period', { label: list.period.label, deadline: ctx.fmt.date(list.period.deadline) })} · {phaseLabel(ctx, list.period)}
          </h2>
          <h3>{t('filing.assigned', { entity })}</h3>
          {list.assigned.length === 0 ? (
            <p>{t('filing.assigned.none', { entity })}</p>
          ) : (
            <ScrollTable id={`assigned-${list.period.id}`} caption={t('filing.assigned', { entity })}>
              <thead>
                <tr>
                  <th scope="col">{t('progress.column.code')}</th>
                  <th scope="col">{t('progress.column.item')}</th>
                  <th scope="col">{t('progress.column.role')}</th>
                  <th scope="col">{t('progress.column.state')}</th>
                  <th scope="col">{t('progress.column.action')}</th>
                </tr>
              </thead>
              <tbody>
                {list.assigned.map((work) => (
                  <tr>
                    <th scope="row">{work.target.code}</th>
                    <td>{work.target.title}</td>
                    <td>{work.role ? t(`progress.role.${work.role}` as MessageKey) : ''}</td>
                    <td>{work.update ? <StateBadge ctx={ctx} state={work.update.state} /> : t('period.completeness.missing')}</td>
                    <td>
                      {work.update ? (
                        <a href={`/progress/updates/${work.update.id}`}>{t('filing.open')}</a>
                      ) : (
                        <a href={`/progress/updates/new?period=${list.period.id}&item=${work.target.id}`} aria-label={`${t('filing.file')}: ${work.target.code}`}>
                          {t('filing.file')}
                        </a>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )}
          {list.other.length > 0 ? (
            <>
              <h3>{t('filing.other', { entity })}</h3>
              <ul>
                {list.other.map((work) => (
                  <li>
                    <a href={`/progress/updates/${work.update?.id ?? 0}`}>{work.target.code ? `${work.target.code} ${work.target.title}` : work.target.title}</a>
                    {work.update ? (
                      <>
                        {' '}
                        <StateBadge ctx={ctx} state={work.update.state} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <FilterBar action="/progress/updates/new" class="no-print" apply={t('filing.choose.go')}>
            <input type="hidden" name="period" value={String(list.period.id)} />
            <SelectField id={`target-${list.period.id}`} name="target" label={t('filing.choose.label')} options={list.choices} />
          </FilterBar>
        </section>
      ))}
    </Layout>
  );
}
