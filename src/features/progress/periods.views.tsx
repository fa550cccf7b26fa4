/** The reporting periods, and one period's page: who has reported, what waits for review. */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, PostForm, SelectField, TextField, type FieldErrors } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { Completeness, PeriodPageModel, PeriodsPageModel } from './progress.service';
import type { PeriodKind, UpdateState } from './progress.table';
import { ScrollTable } from '../../views/components/scroll-region';

import { phaseLabel, targetLabel } from './progress.views';

export interface PeriodsData extends PeriodsPageModel {
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
      {data.rights.create ? (
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

export interface PeriodData extends PeriodPageModel {
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
      {data.rights.lock || data.rights.reopen ? (
        <p class="no-print">
          <a href={`/progress/periods/${period.id}/edit`}>{t('referenceAdmin.periods.edit')}</a>
        </p>
      ) : null}
      {data.rights.lock ? (
        <PostForm ctx={ctx} action={`/progress/periods/${period.id}/lock`} class="no-print inline-form" confirm={t('period.lock.confirm')}>
          <input type="hidden" name="version" value={String(period.version)} />
          <button type="submit">{t('period.lock')}</button>
        </PostForm>
      ) : null}
      {data.rights.reopen ? (
        <PostForm ctx={ctx} action={`/progress/periods/${period.id}/reopen`} class="no-print inline-form">
          <input type="hidden" name="version" value={String(period.version)} />
          <button type="submit">{t('period.reopen')}</button>
        </PostForm>
      ) : null}
      {data.rights.import ? (
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
