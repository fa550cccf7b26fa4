/** What each job does: the features' services, run by the queue's workers in the server. */
import type { Deps } from '../deps';
import { sendDigests } from '../features/groups/notifications.service';
import { deliverMail } from '../features/mail/mail.service';
import { sendDailyDigests } from '../features/notifications/notifications.service';
import { sendRoundReminders } from '../features/statements/hand-offs.service';
import { sendReminders } from '../features/progress/progress.service';
import { runGeneration } from '../features/reports/report-jobs.service';
import { reindexEverything } from './reindex';
import { commandLineActor } from '../policy/actor';
import type { JobHandler, JobName, JobRunner } from './queue';

export function jobHandlers(deps: Deps): Record<JobName, JobHandler> {
  return {
    'mail.deliver': (job) => deliverMail(deps, Number(job.data.id), job.finalAttempt),
    'report.generate': (job) => runGeneration(deps, Number(job.data.reportJobId), job.finalAttempt),
    'search.reindex': () => reindexEverything(deps),
    'progress.reminders': () => sendReminders(deps, commandLineActor('the daily reminders')),
    'groups.digests': () => sendDigests(deps),
    'notifications.digest': () => sendDailyDigests(deps),
    'statements.round-reminders': () => sendRoundReminders(deps),
  };
}

export async function startJobWorkers(deps: Deps, runner: JobRunner): Promise<void> {
  for (const [name, handler] of Object.entries(jobHandlers(deps))) await runner.work(name as JobName, handler);
}
