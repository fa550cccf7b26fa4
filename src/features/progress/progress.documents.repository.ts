/**
 * What the progress pages read whole, each as one JSON document in one statement (or as a part of a
 * statement that gathers a page): the plan in force in a year, a term's pledges, a year's scope (plan,
 * pledges, periods), a period's completeness, an organization's contributions, the reporting periods.
 */
import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { IndicatorsTable, IndicatorTargetsTable, PlanItemEntitiesTable, PlanItemsTable, PlanLevel, PlansTable, PledgesTable, ReportingPeriodsTable, UpdateState } from './progress.table';

type PledgeRow = Selectable<PledgesTable>;
type PeriodRow = Selectable<ReportingPeriodsTable>;

/** An organization as JSON inside another row: what its directory entry shows. */
export interface EntityJson {
  id: number;
  acronym: string;
  slug: string;
  name: string;
  kind: string;
  status: string;
  joined_year: number | null;
  left_year: number | null;
  uncertain: boolean;
}

/** A plan as one JSON document: its row (times as text) and its items, each link with its organization. */
export type PlanJson = Omit<Selectable<PlansTable>, 'created_at' | 'updated_at'> & {
  created_at: string;
  updated_at: string;
  items: (Selectable<PlanItemsTable> & {
    links: (Pick<Selectable<PlanItemEntitiesTable>, 'entity_id' | 'role'> & { entity: EntityJson })[];
    indicators: (Selectable<IndicatorsTable> & { targets: Pick<Selectable<IndicatorTargetsTable>, 'year' | 'target'>[] })[];
  })[];
};

/**
 * The plan in force in a year as one JSON value (null without one), to read alone or inside another
 * statement: the plan, its items in code order with their organizations, indicators and targets.
 */
export function planCoveringJson(year: number | RawBuilder<number>) {
  return sql<PlanJson | null>`(select to_jsonb(pl) || jsonb_build_object('items', coalesce((
      select jsonb_agg(to_jsonb(i) || jsonb_build_object(
        'links', coalesce((select jsonb_agg(jsonb_build_object('entity_id', l.entity_id, 'role', l.role, 'entity', jsonb_build_object('id', e.id, 'acronym', e.acronym, 'slug', e.slug, 'name', e.name, 'kind', e.kind, 'status', e.status, 'joined_year', e.joined_year, 'left_year', e.left_year, 'uncertain', e.uncertain)))
          from plan_item_entities l join entities e on e.id = l.entity_id where l.item_id = i.id), '[]'::jsonb),
        'indicators', coalesce((select jsonb_agg(to_jsonb(ind) || jsonb_build_object('targets', coalesce((
            select jsonb_agg(jsonb_build_object('year', t.year, 'target', t.target) order by t.year) from indicator_targets t where t.indicator_id = ind.id
          ), '[]'::jsonb)) order by ind.position, ind.id)
          from indicators ind where ind.item_id = i.id), '[]'::jsonb)
      ) order by string_to_array(i.code, '.')::int[])
      from plan_items i where i.plan_id = pl.id), '[]'::jsonb))
    from plans pl where pl.period_start <= ${year} and pl.period_end >= ${year} order by pl.period_start desc, pl.id desc limit 1)`;
}

/** The plan in force in a year, whole, in one statement. */
export async function findPlanJsonCovering(db: Executor, year: number): Promise<PlanJson | null> {
  const row = await db.selectNoFrom(planCoveringJson(year).as('plan')).executeTakeFirstOrThrow();
  return row.plan;
}

/** A pledge as JSON inside another row (times as text), with the plan items it names and its priority area. */
export type PledgeJson = Omit<PledgeRow, 'created_at' | 'updated_at'> & {
  created_at: string;
  updated_at: string;
  items: { id: number; code: string; title: string }[];
  priority: { id: number; title: string } | null;
};

/** The pledges of a year's term, in order, as one JSON array, to read alone or inside another statement. */
export function pledgesOfYearJson(year: number | RawBuilder<number>) {
  return sql<PledgeJson[]>`coalesce((select jsonb_agg(to_jsonb(pl) || jsonb_build_object(
      'items', coalesce((select jsonb_agg(jsonb_build_object('id', i.id, 'code', i.code, 'title', i.title)) from pledge_items pi join plan_items i on i.id = pi.item_id where pi.pledge_id = pl.id), '[]'::jsonb),
      'priority', (select jsonb_build_object('id', tp.id, 'title', tp.title) from term_priorities tp where tp.id = pl.priority_id and tp.term_id = pl.term_id)
    ) order by pl.position)
    from (select * from pledges p where p.term_id = (select t.id from terms t where t.year = ${year}) order by p.position limit 200) pl), '[]'::jsonb)`;
}

/** The pledges of a year's term with their items and priority areas, in one statement. */
export async function listPledgesOfYear(db: Executor, year: number): Promise<PledgeJson[]> {
  const row = await db.selectNoFrom(pledgesOfYearJson(year).as('pledges')).executeTakeFirstOrThrow();
  return row.pledges;
}

export interface ContributionsRow {
  year: number;
  /** The items (not retired) the organization leads or contributes to in the plan in force, in code order. */
  items: { id: number; code: string; title: string; level: PlanLevel; leads: boolean }[];
  /** The pledges of the year's term when the year is one of `chairedYears`. */
  pledges: { id: number; title: string }[];
  /** The year's reporting periods. */
  period_ids: number[];
}

/**
 * What an organization's page shows of a year, in one statement: the year (`year`, or else the
 * latest year up to `thisYear` that has a reporting period, or else `thisYear`), the plan items the
 * organization is named on, the year's pledges if it co-chairs, and the year's periods.
 */
export async function findContributions(db: Executor, entityId: number, year: number | null, thisYear: number, chairedYears: number[]): Promise<ContributionsRow> {
  const result = await sql<ContributionsRow>`with y as (
      select coalesce(${year}::int, (select max(rp.year) from reporting_periods rp where rp.year <= ${thisYear}), ${thisYear}::int) as year
    )
    select y.year,
      coalesce((select jsonb_agg(jsonb_build_object('id', c.id, 'code', c.code, 'title', c.title, 'level', c.level, 'leads', c.leads) order by string_to_array(c.code, '.')::int[])
        from (select i.id, i.code, i.title, i.level, bool_or(l.role = 'lead') as leads
          from plan_items i join plan_item_entities l on l.item_id = i.id
          where l.entity_id = ${entityId} and i.retired_in_version is null
            and i.plan_id = (select pl.id from plans pl where pl.period_start <= y.year and pl.period_end >= y.year order by pl.period_start desc, pl.id desc limit 1)
          group by i.id, i.code, i.title, i.level) c), '[]'::jsonb) as items,
      case when y.year = any(${sql.val(chairedYears)}::int[]) then coalesce((select jsonb_agg(jsonb_build_object('id', p.id, 'title', p.title) order by p.position)
        from (select * from pledges where term_id = (select t.id from terms t where t.year = y.year) order by position limit 200) p), '[]'::jsonb) else '[]'::jsonb end as pledges,
      array(select rp.id from reporting_periods rp where rp.year = y.year order by rp.deadline desc limit 200) as period_ids
    from y`.execute(db);
  return result.rows[0] as ContributionsRow;
}

/** A period as JSON inside another row (times as text). */
export type PeriodJson = Omit<PeriodRow, 'locked_at' | 'created_at' | 'updated_at'> & { locked_at: string | null; created_at: string; updated_at: string };

export interface YearScopeRow {
  year: number;
  /** Every year that has a reporting period, newest first. */
  years: number[];
  plan: PlanJson | null;
  pledges: PledgeJson[];
  periods: PeriodJson[];
}

/**
 * What the progress pages read of a year, in one statement: the plan in force, the term's pledges,
 * the reporting periods, and the years that have periods. Without `year`, the year is the latest
 * up to `thisYear` that has a reporting period, else `thisYear`.
 */
export async function findYearScope(db: Executor, year: number | null, thisYear: number): Promise<YearScopeRow> {
  const scopeYear = sql<number>`y.year`;
  const result = await sql<YearScopeRow>`with y as (
      select coalesce(${year}::int, (select max(rp.year) from reporting_periods rp where rp.year <= ${thisYear}), ${thisYear}::int) as year
    )
    select y.year,
      array(select distinct rp.year from reporting_periods rp order by rp.year desc limit 100) as years,
      ${planCoveringJson(scopeYear)} as plan,
      ${pledgesOfYearJson(scopeYear)} as pledges,
      coalesce((select jsonb_agg(to_jsonb(p) order by p.deadline desc) from (select * from reporting_periods rp where rp.year = y.year order by rp.deadline desc limit 200) p), '[]'::jsonb) as periods
    from y`.execute(db);
  return result.rows[0] as YearScopeRow;
}

/** The periods `listPeriods` reads (newest first, at most 200), as JSON: a part of a statement that gathers a page. */
export function periodsJsonQuery() {
  return sql<
    PeriodJson[]
  >`select coalesce(jsonb_agg(to_jsonb(p) order by p.year desc, p.deadline desc), '[]'::jsonb) from (select * from reporting_periods rp order by rp.year desc, rp.deadline desc limit 200) p`;
}

/** An update as the completeness of a period counts it, with its organization. */
export interface PeriodUpdateJson {
  id: number;
  entity_id: number;
  plan_item_id: number | null;
  pledge_id: number | null;
  state: UpdateState;
  entity: EntityJson;
}

export interface PeriodScopeRow {
  period: PeriodJson | null;
  plan: PlanJson | null;
  pledges: PledgeJson[];
  /** Every update of the period, newest first (up to `limits.updates`). */
  updates: PeriodUpdateJson[];
  /** The first `limits.members` current members, by acronym. */
  members: EntityJson[];
}

/** What a period's completeness is drawn from, in one statement: the period, its year's plan and pledges, its updates, the current members. */
export async function findPeriodScope(db: Executor, periodId: number, limits: { updates: number; members: number }): Promise<PeriodScopeRow> {
  const year = sql<number>`y.year`;
  const entity = (alias: string) =>
    sql.raw(
      `jsonb_build_object('id', ${alias}.id, 'acronym', ${alias}.acronym, 'slug', ${alias}.slug, 'name', ${alias}.name, 'kind', ${alias}.kind, 'status', ${alias}.status, 'joined_year', ${alias}.joined_year, 'left_year', ${alias}.left_year, 'uncertain', ${alias}.uncertain)`,
    );
  const result = await sql<PeriodScopeRow>`with y as (select rp.* from reporting_periods rp where rp.id = ${periodId})
    select (select to_jsonb(y) from y) as period,
      (select ${planCoveringJson(year)} from y) as plan,
      coalesce((select ${pledgesOfYearJson(year)} from y), '[]'::jsonb) as pledges,
      coalesce((select jsonb_agg(jsonb_build_object('id', u.id, 'entity_id', u.entity_id, 'plan_item_id', u.plan_item_id, 'pledge_id', u.pledge_id, 'state', u.state, 'entity', ${entity('e')}) order by u.updated_at desc, u.id desc)
        from (select * from progress_updates where period_id = ${periodId} order by updated_at desc, id desc limit ${limits.updates}) u join entities e on e.id = u.entity_id), '[]'::jsonb) as updates,
      coalesce((select jsonb_agg(${entity('m')} order by lower(m.acronym)) from (select * from entities where status = 'member' order by lower(acronym) limit ${limits.members}) m), '[]'::jsonb) as members`.execute(
    db,
  );
  return result.rows[0] as PeriodScopeRow;
}
