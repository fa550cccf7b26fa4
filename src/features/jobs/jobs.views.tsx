import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { FilterBar, PostForm, SelectField } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { MailView } from '../mail/mail.service';
import { jobFilters, mailFilters, type JobsQuery } from './jobs.schemas';
import type { JobsOverview, JobView, QueueSummary } from './jobs.service';
import { ScrollTable } from '../../views/components/scroll-region';

export const jobsNotices = { retried: 'jobs.notice.retried', cancelled: 'jobs.notice.cancelled', mailRetried: 'jobs.notice.mailRetried', reindex: 'jobs.notice.reindex' } as const;
export type JobsNotice = keyof typeof jobsNotices;

const jobLabel = (ctx: ViewContext, name: string) => ctx.t(`jobs.name.${name}` as MessageKey);

function QueueTable({ ctx, queues }: { ctx: ViewContext; queues: QueueSummary[] }): SafeHtml {
  const { t } = ctx;
  return (
    <ScrollTable id="job-queues" caption={t('jobs.queues')}>
      <thead>
        <tr>
          <th scope="col">{t('jobs.column.kind')}</th>
          <th scope="col">{t('jobs.filter.waiting')}</th>
          <th scope="col">{t('jobs.filter.running')}</th>
          <th scope="col">{t('jobs.filter.failed')}</th>
          <th scope="col">{t('jobs.filter.done')}</th>
        </tr>
      </thead>
      <tbody>
        {queues.map((queue) => (
          <tr>
            <th scope="row">{jobLabel(ctx, queue.name)}</th>
            <td>{ctx.fmt.number(queue.waiting)}</td>
            <td>{ctx.fmt.number(queue.running)}</td>
            <td>{ctx.fmt.number(queue.failed)}</td>
            <td>{ctx.fmt.number(queue.done)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function JobActions({ ctx, job }: { ctx: ViewContext; job: JobView }): SafeHtml {
  return (
    <>
      {job.rights.retry ? (
        <PostForm ctx={ctx} action={`/admin/jobs/${job.id}/retry`} class="inline-form">
          <button type="submit">{ctx.t('jobs.retry')}</button>
        </PostForm>
      ) : null}
      {job.rights.cancel ? (
        <PostForm ctx={ctx} action={`/admin/jobs/${job.id}/cancel`} class="inline-form" confirm={ctx.t('jobs.cancel.confirm')}>
          <button type="submit">{ctx.t('jobs.cancel')}</button>
        </PostForm>
      ) : null}
    </>
  );
}

function JobTable({ ctx, jobs }: { ctx: ViewContext; jobs: JobView[] }): SafeHtml {
  const { t } = ctx;
  if (jobs.length === 0) return <p>{t('jobs.none')}</p>;
  return (
    <ScrollTable id="job-list" caption={t('jobs.list')}>
      <thead>
        <tr>
          <th scope="col">{t('jobs.column.kind')}</th>
          <th scope="col">{t('jobs.column.state')}</th>
          <th scope="col">{t('jobs.column.attempts')}</th>
          <th scope="col">{t('jobs.column.created')}</th>
          <th scope="col">{t('jobs.column.error')}</th>
          <th scope="col">{t('jobs.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr>
            <th scope="row">{jobLabel(ctx, job.name)}</th>
            <td>{t(`jobs.state.${job.state}` as MessageKey)}</td>
            <td>{t('jobs.attempts', { done: job.attempts, max: job.maxAttempts })}</td>
            <td>{ctx.fmt.moment(job.createdAt)}</td>
            <td>{job.error ?? ''}</td>
            <td>
              <JobActions ctx={ctx} job={job} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function MailTable({ ctx, items }: { ctx: ViewContext; items: MailView[] }): SafeHtml {
  const { t } = ctx;
  if (items.length === 0) return <p>{t('jobs.mail.none')}</p>;
  return (
    <ScrollTable id="mail-list" caption={t('jobs.mail.title')}>
      <thead>
        <tr>
          <th scope="col">{t('jobs.mail.column.to')}</th>
          <th scope="col">{t('jobs.mail.column.subject')}</th>
          <th scope="col">{t('jobs.column.state')}</th>
          <th scope="col">{t('jobs.mail.column.attempts')}</th>
          <th scope="col">{t('jobs.column.created')}</th>
          <th scope="col">{t('jobs.column.error')}</th>
          <th scope="col">{t('jobs.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr>
            <th scope="row">{item.to}</th>
            <td>{item.subject}</td>
            <td>{t(`jobs.mail.status.${item.status}` as MessageKey)}</td>
            <td>{ctx.fmt.number(item.attempts)}</td>
            <td>{ctx.fmt.moment(item.createdAt)}</td>
            <td>{item.lastError ?? ''}</td>
            <td>
              {item.status === 'failed' ? (
                <PostForm ctx={ctx} action={`/admin/jobs/mail/${item.id}/retry`} class="inline-form">
                  <button type="submit">{t('jobs.mail.retry')}</button>
                </PostForm>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function JobsPage({ ctx, query, overview, notice }: { ctx: ViewContext; query: JobsQuery; overview: JobsOverview; notice: JobsNotice | null }): SafeHtml {
  const { t } = ctx;
  const jobOptions = jobFilters.map((value) => ({ value, label: t(`jobs.filter.${value}` as MessageKey) }));
  const mailOptions = mailFilters.map((value) => ({ value, label: t(`jobs.mail.status.${value}` as MessageKey) }));
  return (
    <Layout ctx={ctx} title={t('jobs.title')} description={t('jobs.intro')}>
      <h1>{t('jobs.title')}</h1>
      <Flash message={notice ? t(jobsNotices[notice]) : null} />
      <p>{t('jobs.intro')}</p>
      <QueueTable ctx={ctx} queues={overview.queues} />
      <FilterBar action="/admin/jobs" apply={t('members.filter.apply')}>
        <SelectField name="jobs" label={t('jobs.filter.label')} options={jobOptions} selected={query.jobs} />
        <SelectField name="mail" label={t('jobs.mail.filter.label')} options={mailOptions} selected={query.mail} />
      </FilterBar>
      <h2>{t('jobs.list')}</h2>
      <JobTable ctx={ctx} jobs={overview.jobs} />
      <h2>{t('jobs.mail.title')}</h2>
      <p>{t('jobs.mail.counts', { queued: overview.mail.counts.queued, sending: overview.mail.counts.sending, sent: overview.mail.counts.sent, failed: overview.mail.counts.failed })}</p>
      <MailTable ctx={ctx} items={overview.mail.items} />
      <h2>{t('jobs.reindex.title')}</h2>
      <p>{t('jobs.reindex.intro')}</p>
      <PostForm ctx={ctx} action="/admin/jobs/search-index">
        <button type="submit">{t('jobs.reindex.submit')}</button>
      </PostForm>
    </Layout>
  );
}
