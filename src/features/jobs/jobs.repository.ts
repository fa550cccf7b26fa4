/** Reads the job queue's own tables (pg-boss, schema `pgboss`): counts and recent jobs. */
import { sql } from 'kysely';
import type { Executor } from '../../db/database';

export const jobStates = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

export interface JobCountRow {
  name: string;
  state: JobState;
  count: number;
}

export interface JobRow {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  output: { message?: string } | null;
}

export async function countJobs(db: Executor): Promise<JobCountRow[]> {
  const result = await sql<JobCountRow>`select name, state::text as state, count(*)::int as count from pgboss.job group by name, state`.execute(db);
  return result.rows;
}

export async function listJobs(db: Executor, states: JobState[], limit: number): Promise<JobRow[]> {
  const result = await sql<JobRow>`
    select id::text as id, name, state::text as state, retry_count, retry_limit, created_on, started_on, completed_on, output
    from pgboss.job where state::text in (${sql.join(states)}) and name not like '__pgboss__%'
    order by created_on desc limit ${limit}`.execute(db);
  return result.rows;
}

export async function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const result = await sql<JobRow>`
    select id::text as id, name, state::text as state, retry_count, retry_limit, created_on, started_on, completed_on, output
    from pgboss.job where id::text = ${id}`.execute(db);
  return result.rows[0];
}
