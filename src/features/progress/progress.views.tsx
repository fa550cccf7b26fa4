import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { FigureBlock, type RenderedFigure } from '../../views/components/figure';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FilterBar, plainOptions, PostForm, SelectField, TextArea, TextField, type FieldErrors } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import type { MemberSummary } from '../members/members.schemas';
import type { PlanSummary } from './plan.service';
import type { Completeness, Period, Pledge, ProgressUpdate } from './progress.service';
import { progressStatuses, type PeriodKind, type ProgressStatus, type UpdateState } from './progress.table';
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
  canFile: boolean;
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
        {data.canFile ? (
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

// ---- pledges ----

export interface PledgesData {
  year: number;
  cochairs: MemberSummary[];
  pledges: Pledge[];
  priorities: { id: number; title: string }[];
  canManage: boolean;
  filingPeriodId: number | null;
  canFile: boolean;
  /** The form that failed, with what was typed and the errors. */
  failed: { form: string; values: Record<string, string>; errors: FieldErrors; message: string | null } | null;
  notice: string | null;
}

function PledgeEditForm({ ctx, pledge, data }: { ctx: ViewContext; pledge: Pledge; data: PledgesData }): SafeHtml {
  const { t } = ctx;
  const formName = `pledge-${pledge.id}`;
  const failed = data.failed?.form === formName ? data.failed : null;
  const values = failed?.values ?? {
    status: pledge.progressStatus ?? '',
    note: pledge.progressNote ?? '',
    items: pledge.items.map((item) => item.code).join(', '),
    version: String(pledge.version),
  };
  return (
    <details class="no-print" open={failed ? true : undefined}>
      <summary>{t('pledges.edit')}</summary>
      {failed ? <ErrorSummary ctx={ctx} errors={failed.errors} message={failed.message} /> : null}
      <PostForm ctx={ctx} action={`/progress/pledges/${pledge.id}`} class="stacked">
        <input type="hidden" name="version" value={values.version ?? ''} />
        <SelectField
          name="status"
          label={t('pledges.edit.status')}
          selected={values.status}
          blank={t('pledges.edit.status.none')}
          options={progressStatuses.map((status) => ({ value: status, label: t(`progress.status.${status}` as MessageKey) }))}
        />
        <TextArea name="note" label={t('pledges.edit.note')} value={values.note ?? ''} errors={failed?.errors ?? {}} rows={5} />
        <TextField name="items" label={t('pledges.edit.items')} value={values.items ?? ''} errors={failed?.errors ?? {}} />
        <div class="actions">
          <button type="submit">{t('pledges.edit.save')}</button>
        </div>
      </PostForm>
    </details>
  );
}

export function PledgesPage({ ctx, data }: { ctx: ViewContext; data: PledgesData }): SafeHtml {
  const { t } = ctx;
  const title = t('pledges.title', { year: String(data.year) });
  const addFailed = data.failed?.form === 'add' ? data.failed : null;
  return (
    <Layout ctx={ctx} title={title} description={t('pledges.intro')}>
      <p class="breadcrumb">
        <a href={`/progress?year=${data.year}`}>{t('progress.title')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('pledges.intro')}</p>
      <Flash message={data.notice} />
      {data.cochairs.length > 0 ? (
        <p>
          {t('pledges.cochairs')}: {data.cochairs.map((chair) => chair.acronym).join(', ')}
        </p>
      ) : null}
      {data.pledges.some((pledge) => pledge.isSample) ? <p class="notice">{t('progress.sample')}</p> : null}
      {data.pledges.length === 0 ? <p>{t('pledges.none', { year: String(data.year) })}</p> : null}
      {data.pledges.map((pledge) => (
        <section class="pledge" id={`pledge-${pledge.id}`} aria-labelledby={`pledge-${pledge.id}-title`}>
          <h2 id={`pledge-${pledge.id}-title`}>
            {pledge.position}. {pledge.title}
          </h2>
          {pledge.description ? <p>{pledge.description}</p> : null}
          <h3>{t('pledges.items')}</h3>
          {pledge.items.length === 0 ? (
            <p>{t('pledges.items.none')}</p>
          ) : (
            <ul>
              {pledge.items.map((item) => (
                <li>
                  <a href={`/plan?year=${data.year}#item-${item.code}`}>
                    {item.code} {item.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('pledges.progress')}</h3>
          {pledge.progressStatus ? (
            <p>
              <StatusBadge ctx={ctx} status={pledge.progressStatus} />
              {pledge.isSample ? <span class="status sample">{t('progress.sample.short')}</span> : null}
            </p>
          ) : null}
          {pledge.progressNote ? <div class="narrative">{renderMarkdown(pledge.progressNote)}</div> : <p>{t('pledges.progress.none')}</p>}
          {data.canFile && data.filingPeriodId ? (
            <p class="no-print">
              <a href={`/progress/updates/new?period=${data.filingPeriodId}&pledge=${pledge.id}`}>{t('pledges.report')}</a>
            </p>
          ) : null}
          {data.canManage ? <PledgeEditForm ctx={ctx} pledge={pledge} data={data} /> : null}
        </section>
      ))}
      {data.canManage ? (
        <section class="no-print" aria-labelledby="add-pledge">
          <h2 id="add-pledge">{t('pledges.add')}</h2>
          <ErrorSummary ctx={ctx} errors={addFailed?.errors ?? {}} message={addFailed?.message ?? null} />
          <PostForm ctx={ctx} action="/progress/pledges" class="stacked">
            <input type="hidden" name="year" value={String(data.year)} />
            <TextField name="title" label={t('pledges.add.title')} value={addFailed?.values.title ?? ''} errors={addFailed?.errors ?? {}} required maxlength={300} />
            <TextArea name="description" label={t('pledges.add.description')} value={addFailed?.values.description ?? ''} errors={addFailed?.errors ?? {}} rows={3} />
            <SelectField
              name="priority"
              label={t('pledges.add.priority')}
              selected={addFailed?.values.priority}
              blank={t('pledges.add.priority.none')}
              options={data.priorities.map((priority) => ({ value: String(priority.id), label: priority.title }))}
            />
            <TextField name="items" label={t('pledges.edit.items')} value={addFailed?.values.items ?? ''} errors={addFailed?.errors ?? {}} />
            <div class="actions">
              <button type="submit">{t('pledges.add.save')}</button>
            </div>
          </PostForm>
        </section>
      ) : null}
    </Layout>
  );
}

// ---- reporting periods ----

export interface PeriodsData {
  periods: Period[];
  canCreate: boolean;
  defaultYear: number;
  failed: { values: Record<string, string>; errors: FieldErrors; message: string | null } | null;
  notice: string | null;
}

export function PeriodsPage({ ctx, data }: { ctx: ViewContext; data: PeriodsData }): SafeHtml {
  const { t } = ctx;
  const values = data.failed?.values ?? { year: String(data.defaultYear), kind: 'yearly' };
  const errors = data.failed?.errors ?? {};
  return (
    <Layout ctx={ctx} title={t('periods.title')} description={t('periods.intro')}>
      <p class="breadcrumb">
        <a href="/progress">{t('progress.title')}</a>
      </p>
      <h1>{t('periods.title')}</h1>
      <p class="lead">{t('periods.intro')}</p>
      <Flash message={data.notice} />
      {data.periods.length === 0 ? (
        <p>{t('periods.none')}</p>
      ) : (
        <ScrollTable id="periods-table" caption={t('periods.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('periods.column.label')}</th>
              <th scope="col">{t('periods.column.kind')}</th>
              <th scope="col">{t('periods.column.opens')}</th>
              <th scope="col">{t('periods.column.deadline')}</th>
              <th scope="col">{t('periods.column.phase')}</th>
            </tr>
          </thead>
          <tbody>
            {data.periods.map((period) => (
              <tr>
                <th scope="row">
                  <a href={`/progress/periods/${period.id}`}>{period.label}</a>
                  {period.isSample ? <span class="status sample">{t('progress.sample.short')}</span> : null}
                </th>
                <td>{t(`progress.kind.${period.kind}` as MessageKey)}</td>
                <td>{ctx.fmt.date(period.opensOn)}</td>
                <td>{ctx.fmt.date(period.deadline)}</td>
                <td>{phaseLabel(ctx, period)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {data.canCreate ? (
        <section class="no-print" aria-labelledby="add-period">
          <h2 id="add-period">{t('periods.add')}</h2>
          <ErrorSummary ctx={ctx} errors={errors} message={data.failed?.message ?? null} />
          <PostForm ctx={ctx} action="/progress/periods" class="stacked">
            <TextField name="year" type="number" label={t('periods.add.year')} value={values.year ?? ''} errors={errors} required />
            <TextField name="label" label={t('periods.add.label')} value={values.label ?? ''} errors={errors} required maxlength={60} />
            <SelectField
              name="kind"
              label={t('periods.add.kind')}
              selected={values.kind}
              options={(['yearly', 'half_yearly'] as PeriodKind[]).map((kind) => ({ value: kind, label: t(`progress.kind.${kind}` as MessageKey) }))}
            />
            <TextField name="opens_on" type="date" label={t('periods.add.opens')} value={values.opens_on ?? ''} errors={errors} required />
            <TextField name="deadline" type="date" label={t('periods.add.deadline')} value={values.deadline ?? ''} errors={errors} required />
            <div class="actions">
              <button type="submit">{t('periods.add.save')}</button>
            </div>
          </PostForm>
        </section>
      ) : null}
    </Layout>
  );
}

export interface PeriodData {
  completeness: Completeness;
  awaitingReview: ProgressUpdate[];
  canLock: boolean;
  canReopen: boolean;
  /** The secretariat may import the period's updates from a spreadsheet. */
  canImport: boolean;
  notice: string | null;
  error: string | null;
}

function ExpectedCell({ ctx, entry }: { ctx: ViewContext; entry: Completeness['entities'][number] }): SafeHtml {
  const handedIn = entry.expected.filter((expected) => expected.update && (expected.update.state === 'submitted' || expected.update.state === 'accepted')).length;
  return <>{entry.expected.length === 0 ? ctx.t('progress.none') : `${handedIn} / ${entry.expected.length}`}</>;
}

export function PeriodPage({ ctx, data }: { ctx: ViewContext; data: PeriodData }): SafeHtml {
  const { t } = ctx;
  const { period } = data.completeness;
  const title = t('period.title', { label: period.label });
  return (
    <Layout ctx={ctx} title={title} description={t('period.completeness.intro')}>
      <p class="breadcrumb">
        <a href="/progress/periods">{t('periods.title')}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={data.notice} />
      {data.error ? (
        <p class="notice flash-error" role="alert">
          {data.error}
        </p>
      ) : null}
      {period.isSample ? <p class="notice">{t('progress.sample')}</p> : null}
      <dl class="facts">
        <div>
          <dt>{t('periods.column.kind')}</dt>
          <dd>{t(`progress.kind.${period.kind}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('periods.column.opens')}</dt>
          <dd>{ctx.fmt.date(period.opensOn)}</dd>
        </div>
        <div>
          <dt>{t('periods.column.deadline')}</dt>
          <dd>{ctx.fmt.date(period.deadline)}</dd>
        </div>
        <div>
          <dt>{t('periods.column.phase')}</dt>
          <dd>
            {phaseLabel(ctx, period)}
            {period.lockedAt ? ` · ${t('period.locked', { date: ctx.fmt.date(period.lockedAt) })}` : ''}
          </dd>
        </div>
      </dl>
      {data.canLock || data.canReopen ? (
        <p class="no-print">
          <a href={`/progress/periods/${period.id}/edit`}>{t('referenceAdmin.periods.edit')}</a>
        </p>
      ) : null}
      {data.canLock ? (
        <PostForm ctx={ctx} action={`/progress/periods/${period.id}/lock`} class="no-print inline-form" confirm={t('period.lock.confirm')}>
          <input type="hidden" name="version" value={String(period.version)} />
          <button type="submit">{t('period.lock')}</button>
        </PostForm>
      ) : null}
      {data.canReopen ? (
        <PostForm ctx={ctx} action={`/progress/periods/${period.id}/reopen`} class="no-print inline-form">
          <input type="hidden" name="version" value={String(period.version)} />
          <button type="submit">{t('period.reopen')}</button>
        </PostForm>
      ) : null}
      {data.canImport ? (
        <p class="no-print">
          <a href={`/progress/periods/${period.id}/import`}>{t('progressImport.link')}</a>
        </p>
      ) : null}
      <h2>{t('period.review')}</h2>
      {data.awaitingReview.length === 0 ? (
        <p>{t('period.review.none')}</p>
      ) : (
        <ul>
          {data.awaitingReview.map((update) => (
            <li>
              <a href={`/progress/updates/${update.id}`}>
                {update.entity.acronym}: {targetLabel(update)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('period.completeness')}</h2>
      <p>{t('period.completeness.intro')}</p>
      <p role="status">{t('period.completeness.summary', { complete: data.completeness.completeCount, total: data.completeness.entities.length })}</p>
      <p class="meta">{t('period.reminders')}</p>
      <ScrollTable id="completeness-table" caption={t('period.completeness.caption', { label: period.label })}>
        <thead>
          <tr>
            <th scope="col">{t('progress.column.organization')}</th>
            <th scope="col">{t('period.completeness.expected')}</th>
            {(['draft', 'submitted', 'accepted', 'returned'] as UpdateState[]).map((state) => (
              <th scope="col">{t(`progress.state.${state}` as MessageKey)}</th>
            ))}
            <th scope="col">{t('period.completeness.complete')}</th>
          </tr>
        </thead>
        <tbody>
          {data.completeness.entities.map((entry) => (
            <tr class={entry.complete ? 'complete' : 'pending'}>
              <th scope="row">
                <details>
                  <summary>{entry.entity.acronym}</summary>
                  {entry.expected.length === 0 ? <p>{t('period.completeness.notNamed')}</p> : null}
                  <ul class="plain-list">
                    {entry.expected.map((expected) => (
                      <li>
                        {expected.item.code} ({t(`progress.role.${expected.role}` as MessageKey)}):{' '}
                        {expected.update ? <a href={`/progress/updates/${expected.update.id}`}>{t(`progress.state.${expected.update.state}` as MessageKey)}</a> : t('period.completeness.missing')}
                      </li>
                    ))}
                    {entry.other.map((other) => (
                      <li>
                        <a href={`/progress/updates/${other.id}`}>{other.target}</a>: {t(`progress.state.${other.state}` as MessageKey)}
                      </li>
                    ))}
                  </ul>
                </details>
              </th>
              <td>
                <ExpectedCell ctx={ctx} entry={entry} />
              </td>
              <td>{entry.counts.draft}</td>
              <td>{entry.counts.submitted}</td>
              <td>{entry.counts.accepted}</td>
              <td>{entry.counts.returned}</td>
              <td>{entry.complete ? t('period.completeness.complete') : t('period.completeness.pending')}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
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
