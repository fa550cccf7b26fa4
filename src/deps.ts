/** What every service receives: the database, the configuration, a clock, a logger and the job queue. */
import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { DB } from './db/schema';
import type { JobQueue } from './jobs/queue';
import type { Clock } from './lib/clock';
import type { Logger } from './lib/logger';

export interface Deps {
  db: Kysely<DB>;
  config: Config;
  clock: Clock;
  log: Logger;
  jobs: JobQueue;
}
