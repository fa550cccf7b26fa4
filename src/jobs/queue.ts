/**
 * Background work in PostgreSQL, with pg-boss: every outgoing mail, report generation, search
 * re-indexing, and the daily reminders and digests. Jobs live in the database (schema `pgboss`),
 * so they survive a restart, run once across several instances, and are retried with backoff.
 *
 * pg-boss talks to the database through the platform's own connection pool (an adapter on Kysely),
 * which on the embedded database means through the owner's socket like everything else, and lets a
 * job be queued inside the transaction of the change that asks for it.
 *
 * (graphile-worker was tried too: on the embedded database its LISTEN/NOTIFY wake-ups cannot reach
 * the listening connection, since PGlite is one session, and jobs ran about one a second.)
 */
import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Executor } from '../db/database';
import type { DB } from '../db/schema';
import { localized } from '../lib/i18n';

export const jobNames = ['mail.deliver', 'report.generate', 'search.reindex', 'progress.reminders', 'groups.digests', 'notifications.digest', 'statements.round-reminders'] as const;
export type JobName = (typeof jobNames)[number];

interface QueuePolicy {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  /** How long a job may run before it counts as interrupted and is retried. */
  expireInSeconds: number;
}

/** Mail is retried with backoff for about an hour; a report may take minutes (longer at 100× the data). */
export const queuePolicies: Record<JobName, QueuePolicy> = {
  'mail.deliver': { retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  'report.generate': { retryLimit: 2, retryDelay: 10, retryBackoff: false, expireInSeconds: 900 },
  'search.reindex': { retryLimit: 2, retryDelay: 30, retryBackoff: false, expireInSeconds: 900 },
  'progress.reminders': { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 600 },
  'groups.digests': { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 600 },
  'notifications.digest': { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 600 },
  'statements.round-reminders': { retryLimit: 3, retryDelay: 120, retryBackoff: true, expireInSeconds: 600 },
};

/**
 * In UTC, each once whatever the number of instances: reminders at 06:00, group digests at 06:30, the
 * daily notification digest at 07:00; every hour, the reminders of endorsement rounds closing within 48 hours.
 */
export const schedules: Partial<Record<JobName, string>> = {
  'progress.reminders': '0 6 * * *',
  'groups.digests': '30 6 * * *',
  'notifications.digest': '0 7 * * *',
  'statements.round-reminders': '15 * * * *',
};

export interface RunningJob<T> {
  id: string;
  name: JobName;
  data: T;
  /** The last attempt pg-boss will make: a failure now is final. */
  finalAttempt: boolean;
}

export type JobHandler = (job: RunningJob<Record<string, unknown>>) => Promise<unknown>;

export interface SendOptions {
  /** The transaction of the change that asks for the job. */
  within?: Executor;
  /** Not before this moment. */
  startAfter?: Date;
}

export interface JobQueue {
  /** Queues a job; given a transaction, the job exists only if that transaction commits. */
  send(name: JobName, data: Record<string, unknown>, options?: SendOptions): Promise<string | null>;
  /** Runs a failed or cancelled job again. */
  retry(name: JobName, id: string): Promise<void>;
  /** Takes a waiting job out of line (a running one is told to stop). */
  cancel(name: JobName, id: string): Promise<void>;
}

export interface JobRunner extends JobQueue {
  work(name: JobName, handler: JobHandler): Promise<void>;
  /** Puts jobs left running by a process that stopped back in line (the embedded owner, at start). */
  retryInterrupted(): Promise<number>;
  /** Stops taking jobs and waits (up to `timeoutMs`) for those running to finish. */
  stop(timeoutMs?: number): Promise<void>;
}

function adapterOn(db: Executor): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: [...(await db.executeQuery(CompiledQuery.raw(text, values ?? []))).rows] }) };
}

/** Counts the queue's own statements and handlers in progress, so stopping can wait for the last one. */
class Activity {
  running = 0;

  async around<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
    }
  }

  async settled(deadline: number): Promise<void> {
    while (this.running > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function trackedAdapterOn(db: Executor, activity: Activity): PgBoss.Db {
  const adapter = adapterOn(db);
  return { executeSql: (text, values) => activity.around(() => adapter.executeSql(text, values)) };
}

export interface QueueOptions {
  /** Run workers, maintenance and the schedules (the server); a command only queues. */
  workers: boolean;
  pollingIntervalSeconds?: number;
  /** Tests shorten the maintenance interval to see expiry happen. */
  maintenanceIntervalSeconds?: number;
  /** Cron schedules, by job; the daily reminders and digests unless given. */
  schedules?: Partial<Record<JobName, string>>;
}

/**
 * Creates the queues that are missing and, for the server, brings each queue's policy up to this
 * version's. Only what differs is written: each write costs several statements, and a start with
 * nothing to change should not wait on them.
 */
async function ensureQueues(boss: PgBoss, updatePolicies: boolean): Promise<void> {
  const existing = new Map((await boss.getQueues()).map((queue) => [queue.name, queue]));
  for (const name of jobNames) {
    const current = existing.get(name);
    const wanted = queuePolicies[name];
    if (!current) await boss.createQueue(name, { name, ...wanted });
    else if (updatePolicies && !hasPolicy(current, wanted)) await boss.updateQueue(name, { name, ...wanted });
  }
}

function hasPolicy(queue: Partial<QueuePolicy>, wanted: QueuePolicy): boolean {
  return (Object.keys(wanted) as (keyof QueuePolicy)[]).every((key) => queue[key] === wanted[key]);
}

/** Writes the cron schedules that are missing or differ. */
async function ensureSchedules(boss: PgBoss, wanted: Partial<Record<JobName, string>>): Promise<void> {
  // The rows are the schedule table's, with its timezone column (which pg-boss's type leaves out).
  const current = new Map((await boss.getSchedules()).map((schedule) => [schedule.name, schedule as PgBoss.Schedule & { timezone?: string }]));
  for (const [name, cron] of Object.entries(wanted)) {
    const existing = current.get(name);
    if (existing?.cron === cron && existing.timezone === 'UTC') continue;
    await boss.schedule(name, cron, {}, { tz: 'UTC' });
  }
}

export async function openJobQueue(db: Kysely<DB>, options: QueueOptions): Promise<JobRunner> {
  const activity = new Activity();
  const boss = new PgBoss({
    db: trackedAdapterOn(db, activity),
    supervise: options.workers,
    schedule: options.workers,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => console.error(`Job queue: ${error.message}`));
  await boss.start();
  await ensureQueues(boss, options.workers);
  if (options.workers) await ensureSchedules(boss, options.schedules ?? schedules);
  const workerIds = new Map<JobName, string>();
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;

  return {
    async send(name, data, sendOptions = {}) {
      const id = await boss.send(name, data, {
        ...(sendOptions.within ? { db: adapterOn(sendOptions.within) } : {}),
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
      });
      const worker = workerIds.get(name);
      if (worker) setTimeout(() => boss.notifyWorker(worker), 50).unref();
      return id;
    },
    async work(name, handler) {
      const id = await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds, batchSize: 1, includeMetadata: true }, async ([job]) => {
        if (!job) return;
        return activity.around(() => handler({ id: job.id, name, data: job.data, finalAttempt: job.retryCount >= job.retryLimit }));
      });
      workerIds.set(name, id);
    },
    async retryInterrupted() {
      const active = await db.executeQuery<{ id: string; name: JobName }>(CompiledQuery.raw("select id, name from pgboss.job where state = 'active'", []));
      for (const job of active.rows) await boss.fail(job.name, job.id, { message: localized('raised.job.serverStopped') });
      return active.rows.length;
    },
    retry: (name, id) => boss.retry(name, id),
    cancel: (name, id) => boss.cancel(name, id),
    async stop(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
      // pg-boss counts a worker whose fetch is still in flight as idle; the job that fetch returns
      // would then run, and be failed, on a closed database.
      await activity.settled(deadline);
    },
  };
}
