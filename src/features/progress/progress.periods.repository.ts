/** Reporting periods, what waits in each, and the reminders sent for them. */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ReportingPeriodsTable } from './progress.table';

export type PeriodRow = Selectable<ReportingPeriodsTable>;

export async function listPeriods(db: Executor, year?: number): Promise<PeriodRow[]> {
  let query = db.selectFrom('reporting_periods').selectAll();
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year', 'desc').orderBy('deadline', 'desc').limit(200).execute();
}

export async function insertPeriod(db: Executor, period: Insertable<ReportingPeriodsTable>): Promise<PeriodRow> {
  return db.insertInto('reporting_periods').values(period).returningAll().executeTakeFirstOrThrow();
}

/** Open periods (not locked, opened by `today`) whose deadline is between today and `until`: reminders are due for them. */
export async function listPeriodsDueBetween(db: Executor, today: string, until: string): Promise<PeriodRow[]> {
  return db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('locked_at', 'is', null)
    .where('deadline', '>=', today)
    .where('deadline', '<=', until)
    .where('opens_on', '<=', today)
    .orderBy('deadline')
    .limit(50)
    .execute();
}

export interface PeriodWaitingRow {
  year: number;
  submitted: number;
  returned: number;
}

/** Per period not locked: its year, its submitted updates, and the returned updates of one organization. */
export function waitingByPeriodQuery(db: Executor, entityId: number | null) {
  return db
    .selectFrom('reporting_periods as p')
    .where('p.locked_at', 'is', null)
    .select(
      sql<PeriodWaitingRow[]>`coalesce(jsonb_agg(jsonb_build_object(
        'year', p.year,
        'submitted', (select count(*) from progress_updates u where u.period_id = p.id and u.state = 'submitted'),
        'returned', (select count(*) from progress_updates u where u.period_id = p.id and u.state = 'returned' and u.entity_id = ${entityId}))), '[]'::jsonb)`.as('periods'),
    );
}

/** Records a reminder; false when this account was already reminded for this period. */
export async function recordReminder(db: Executor, reminder: { period_id: number; account_id: number; entity_id: number; sent_at: Date }): Promise<boolean> {
  const row = await db
    .insertInto('progress_reminders')
    .values(reminder)
    .onConflict((oc) => oc.columns(['period_id', 'account_id']).doNothing())
    .returning('account_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Years that have reporting periods or pledges: the terms the dashboard offers. */
export async function listReportingYears(db: Executor): Promise<number[]> {
  const rows = await sql<{ year: number }>`select distinct year from reporting_periods order by year desc limit 100`.execute(db);
  return rows.rows.map((row) => Number(row.year));
}
