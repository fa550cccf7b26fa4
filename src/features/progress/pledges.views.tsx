/** The co-chairs' pledges of a year: their progress, and the forms that record it. */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, PostForm, SelectField, TextArea, TextField, type FieldErrors } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { PledgesPageModel, Pledge } from './progress.service';
import { progressStatuses } from './progress.table';

import { StatusBadge } from './progress.views';

export interface PledgesData extends PledgesPageModel {
  year: number;
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
          {data.rights.file && data.filingPeriodId ? (
            <p class="no-print">
              <a href={`/progress/updates/new?period=${data.filingPeriodId}&pledge=${pledge.id}`}>{t('pledges.report')}</a>
            </p>
          ) : null}
          {data.rights.manage ? <PledgeEditForm ctx={ctx} pledge={pledge} data={data} /> : null}
        </section>
      ))}
      {data.rights.manage ? (
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
