/**
 * The administrators' view of background work: what waits, runs, failed, with counts per kind of
 * job; a failed job can be run again and a waiting one cancelled; the search index can be rebuilt.
 * The mail outbox is shown beside it (the mail feature keeps it).
 */
import type { Deps } from '../../deps';
import { jobNames, type JobName } from '../../jobs/queue';
import { AppError, notFound } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import * as repo from './jobs.repository';
import type { JobFilter, JobsQuery } from './jobs.schemas';
import { localized } from '../../lib/i18n';

export interface QueueSummary {
  name: JobName;
  waiting: number;
  running: number;
  failed: number;
  done: number;
}

export interface JobView {
  id: string;
  name: string;
  state: repo.JobState;
  attempts: number;
  maxAttempts: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
  rights: { retry: boolean; cancel: boolean };
}

export interface JobsOverview {
  queues: QueueSummary[];
  jobs: JobView[];
  mail: Awaited<ReturnType<typeof mail.listMail>>;
}

const statesOf: Record<JobFilter, repo.JobState[]> = {
  waiting: ['created', 'retry'],
  running: ['active'],
  failed: ['failed', 'cancelled'],
  done: ['completed'],
};

export const jobListLimit = 50;

function summarize(counts: repo.JobCountRow[]): QueueSummary[] {
  return jobNames.map((name) => {
    const of = (states: repo.JobState[]) => counts.filter((row) => row.name === name && states.includes(row.state)).reduce((sum, row) => sum + row.count, 0);
    return { name, waiting: of(statesOf.waiting), running: of(statesOf.running), failed: of(['failed']), done: of(statesOf.done) };
  });
}

function toView(row: repo.JobRow): JobView {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    attempts: row.state === 'created' ? 0 : row.retry_count + 1,
    maxAttempts: row.retry_limit + 1,
    createdAt: row.created_on,
    startedAt: row.started_on,
    finishedAt: row.completed_on,
    error: row.state === 'failed' ? (row.output?.message ?? null) : null,
    rights: { retry: row.state === 'failed' || row.state === 'cancelled', cancel: ['created', 'retry', 'active'].includes(row.state) },
  };
}

export async function getJobsOverview(deps: Deps, actor: Actor | null, query: JobsQuery): Promise<JobsOverview> {
  authorize(actor, 'jobs.manage');
  const [counts, rows, mailList] = await Promise.all([repo.countJobs(deps.db), repo.listJobs(deps.db, statesOf[query.jobs], jobListLimit), mail.listMail(deps, actor, query.mail)]);
  return { queues: summarize(counts), jobs: rows.map(toView), mail: mailList };
}

async function knownJob(deps: Deps, id: string): Promise<{ row: repo.JobRow; name: JobName }> {
  const row = await repo.findJob(deps.db, id);
  if (!row || !(jobNames as readonly string[]).includes(row.name)) throw notFound('job');
  return { row, name: row.name as JobName };
}

export async function retryJob(deps: Deps, actor: Actor | null, id: string): Promise<void> {
  authorize(actor, 'jobs.manage');
  const { row, name } = await knownJob(deps, id);
  if (!toView(row).rights.retry) throw new AppError('CONFLICT', localized('raised.job.noRetry', { state: row.state }));
  await deps.jobs.retry(name, id);
  await audit.record(deps.db, deps.clock.now(), { actor, action: 'retry', table: 'jobs', recordId: id, before: { name, state: row.state }, after: { state: 'retry' } });
}

export async function cancelJob(deps: Deps, actor: Actor | null, id: string): Promise<void> {
  authorize(actor, 'jobs.manage');
  const { row, name } = await knownJob(deps, id);
  if (!toView(row).rights.cancel) throw new AppError('CONFLICT', localized('raised.job.already', { state: row.state }));
  await deps.jobs.cancel(name, id);
  await audit.record(deps.db, deps.clock.now(), { actor, action: 'cancel', table: 'jobs', recordId: id, before: { name, state: row.state }, after: { state: 'cancelled' } });
}

export async function rebuildSearchIndex(deps: Deps, actor: Actor | null): Promise<void> {
  authorize(actor, 'jobs.manage');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const id = await deps.jobs.send('search.reindex', {}, { within: trx });
    await audit.record(trx, now, { actor, action: 'create', table: 'jobs', recordId: id ?? 'search.reindex', after: { name: 'search.reindex' } });
  });
}
