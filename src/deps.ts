/** What every service receives: the database, the configuration, a clock and a logger. */
import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { DB } from './db/schema';
import type { Clock } from './lib/clock';
import type { Logger } from './lib/logger';

export interface Deps {
  db: Kysely<DB>;
  config: Config;
  clock: Clock;
  log: Logger;
}
