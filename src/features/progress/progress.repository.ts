import { sql, type Insertable, type RawBuilder, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type {
  IndicatorsTable,
  IndicatorTargetsTable,
  IndicatorValuesTable,
  PlanItemEntitiesTable,
  PlanItemsTable,
  PlanLevel,
  PlansTable,
  PledgesTable,
  ProgressEvidenceTable,
  ProgressUpdatesTable,
  ProgressUpdateVersionsTable,
  ProgressStatus,
  ReportingPeriodsTable,
  UpdateState,
} from './progress.table';

export type PledgeRow = Selectable<PledgesTable>;
export type PeriodRow = Selectable<ReportingPeriodsTable>;
export type UpdateRow = Selectable<ProgressUpdatesTable>;
export type UpdateVersionRow = Selectable<ProgressUpdateVersionsTable>;
export type EvidenceRow = Selectable<ProgressEvidenceTable>;
export type ValueRow = Selectable<IndicatorValuesTable>;

/** The most rows one read returns: a year of updates of 31 organizations on a plan is far below it. */
export const readLimit = 10_000;

// ---- the plan as one document ----

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

// ---- pledges ----

export async function listPledgesOfTerm(db: Executor, termId: number): Promise<PledgeRow[]> {
  return db.selectFrom('pledges').selectAll().where('term_id', '=', termId).orderBy('position').limit(200).execute();
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
  /** Every update of the period, newest first (up to readLimit). */
  updates: PeriodUpdateJson[];
  /** The first `memberLimit` current members, by acronym. */
  members: EntityJson[];
}

/** What a period's completeness is drawn from, in one statement: the period, its year's plan and pledges, its updates, the current members. */
export async function findPeriodScope(db: Executor, periodId: number, memberLimit: number): Promise<PeriodScopeRow> {
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
        from (select * from progress_updates where period_id = ${periodId} order by updated_at desc, id desc limit ${readLimit}) u join entities e on e.id = u.entity_id), '[]'::jsonb) as updates,
      coalesce((select jsonb_agg(${entity('m')} order by lower(m.acronym)) from (select * from entities where status = 'member' order by lower(acronym) limit ${memberLimit}) m), '[]'::jsonb) as members`.execute(
    db,
  );
  return result.rows[0] as PeriodScopeRow;
}

/** An accepted update as the figures count it. */
export interface CountedUpdate {
  status: ProgressStatus;
  plan_item_id: number | null;
  pledge_id: number | null;
}

/** An indicator value of an accepted update, with the organization and the period it was given for. */
export interface ReportedValue {
  indicator_id: number;
  value: number;
  entity_id: number;
  year: number;
  deadline: string;
}

/**
 * What the dashboard's figures are drawn from, in one statement: the accepted updates the status
 * counts count (`counted`), and the indicator values of accepted updates on `valueItemIds` in the
 * periods of the years `first` to `last` (`values`).
 */
export async function listFigureInputs(
  db: Executor,
  counted: UpdateFilter,
  values: { first: number; last: number; entityId?: number | undefined; itemIds: number[] },
): Promise<{ counted: CountedUpdate[]; values: ReportedValue[] }> {
  const countedRows = filtered(db, counted).select(['status', 'plan_item_id', 'pledge_id']).orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(readLimit);
  const entityCondition = values.entityId === undefined ? sql`true` : sql`u.entity_id = ${values.entityId}`;
  const itemIds = values.itemIds.length > 0 ? values.itemIds : [-1];
  const row = await db
    .selectNoFrom([
      sql<CountedUpdate[]>`coalesce((select jsonb_agg(to_jsonb(c)) from (${countedRows}) c), '[]'::jsonb)`.as('counted'),
      sql<ReportedValue[]>`coalesce((select jsonb_agg(jsonb_build_object('indicator_id', v.indicator_id, 'value', v.value, 'entity_id', u.entity_id, 'year', p.year, 'deadline', p.deadline))
        from indicator_values v join progress_updates u on u.id = v.update_id join reporting_periods p on p.id = u.period_id
        where p.year >= ${values.first} and p.year <= ${values.last} and u.state = 'accepted' and ${entityCondition}
          and u.plan_item_id = any(${sql.val(itemIds)}::int[])), '[]'::jsonb)`.as('values'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

export async function listPledgesByIds(db: Executor, ids: number[]): Promise<PledgeRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('pledges').selectAll().where('id', 'in', ids).execute();
}

export async function findPledge(db: Executor, id: number): Promise<PledgeRow | undefined> {
  return db.selectFrom('pledges').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPledge(db: Executor, pledge: Insertable<PledgesTable>): Promise<PledgeRow> {
  return db.insertInto('pledges').values(pledge).returningAll().executeTakeFirstOrThrow();
}

export async function nextPledgePosition(db: Executor, termId: number): Promise<number> {
  const row = await db
    .selectFrom('pledges')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('term_id', '=', termId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function updatePledge(db: Executor, id: number, version: number, changes: Updateable<PledgesTable>): Promise<PledgeRow | undefined> {
  return updateIfVersion(db, 'pledges', id, version, changes);
}

export async function listPledgeItems(db: Executor, pledgeIds: number[]): Promise<{ pledge_id: number; item_id: number }[]> {
  if (pledgeIds.length === 0) return [];
  return db.selectFrom('pledge_items').selectAll().where('pledge_id', 'in', pledgeIds).execute();
}

export async function replacePledgeItems(db: Executor, pledgeId: number, itemIds: number[]): Promise<void> {
  await db.deleteFrom('pledge_items').where('pledge_id', '=', pledgeId).execute();
  if (itemIds.length > 0)
    await db
      .insertInto('pledge_items')
      .values(itemIds.map((itemId) => ({ pledge_id: pledgeId, item_id: itemId })))
      .execute();
}

// ---- reporting periods ----

export async function listPeriods(db: Executor, year?: number): Promise<PeriodRow[]> {
  let query = db.selectFrom('reporting_periods').selectAll();
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year', 'desc').orderBy('deadline', 'desc').limit(200).execute();
}

/** The periods of the years from `first` to `last`, in one statement. */
export async function listPeriodsOfYears(db: Executor, first: number, last: number): Promise<PeriodRow[]> {
  return db.selectFrom('reporting_periods').selectAll().where('year', '>=', first).where('year', '<=', last).orderBy('year', 'desc').orderBy('deadline', 'desc').limit(200).execute();
}

export async function findPeriod(db: Executor, id: number): Promise<PeriodRow | undefined> {
  return db.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockPeriodRow(db: Executor, id: number): Promise<PeriodRow | undefined> {
  return db.selectFrom('reporting_periods').selectAll().where('id', '=', id).forShare().executeTakeFirst();
}

export async function findPeriodByLabel(db: Executor, year: number, label: string): Promise<PeriodRow | undefined> {
  return db.selectFrom('reporting_periods').selectAll().where('year', '=', year).where('label', '=', label).executeTakeFirst();
}

export async function insertPeriod(db: Executor, period: Insertable<ReportingPeriodsTable>): Promise<PeriodRow> {
  return db.insertInto('reporting_periods').values(period).returningAll().executeTakeFirstOrThrow();
}

export async function updatePeriod(db: Executor, id: number, version: number, changes: Updateable<ReportingPeriodsTable>): Promise<PeriodRow | undefined> {
  return updateIfVersion(db, 'reporting_periods', id, version, changes);
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

// ---- updates ----

export async function findUpdate(db: Executor, id: number): Promise<UpdateRow | undefined> {
  return db.selectFrom('progress_updates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockUpdate(db: Executor, id: number): Promise<UpdateRow | undefined> {
  return db.selectFrom('progress_updates').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findUpdateFor(db: Executor, periodId: number, entityId: number, target: { itemId: number | null; pledgeId: number | null }): Promise<UpdateRow | undefined> {
  let query = db.selectFrom('progress_updates').selectAll().where('period_id', '=', periodId).where('entity_id', '=', entityId);
  query = target.itemId !== null ? query.where('plan_item_id', '=', target.itemId) : query.where('pledge_id', '=', target.pledgeId);
  return query.executeTakeFirst();
}

export async function insertUpdate(db: Executor, update: Insertable<ProgressUpdatesTable>): Promise<UpdateRow> {
  return db.insertInto('progress_updates').values(update).returningAll().executeTakeFirstOrThrow();
}

/** Inserts a seeded update unless that organization already reported on that target in that period. */
export async function insertUpdateIfMissing(db: Executor, update: Insertable<ProgressUpdatesTable>): Promise<UpdateRow | undefined> {
  return db
    .insertInto('progress_updates')
    .values(update)
    .onConflict((oc) =>
      update.plan_item_id !== null && update.plan_item_id !== undefined
        ? oc.columns(['period_id', 'entity_id', 'plan_item_id']).where('plan_item_id', 'is not', null).doNothing()
        : oc.columns(['period_id', 'entity_id', 'pledge_id']).where('pledge_id', 'is not', null).doNothing(),
    )
    .returningAll()
    .executeTakeFirst();
}

export async function updateUpdate(db: Executor, id: number, version: number, changes: Updateable<ProgressUpdatesTable>): Promise<UpdateRow | undefined> {
  return updateIfVersion(db, 'progress_updates', id, version, changes);
}

export interface UpdateFilter {
  periodIds?: number[];
  entityId?: number;
  states?: UpdateState[];
  /** Updates on any of these items, or on any of these pledges. */
  itemIds?: number[];
  pledgeIds?: number[];
}

function filtered(db: Executor, filter: UpdateFilter) {
  let query = db.selectFrom('progress_updates');
  if (filter.periodIds) query = query.where('period_id', 'in', filter.periodIds.length > 0 ? filter.periodIds : [-1]);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  if (filter.states) query = query.where('state', 'in', filter.states);
  if (filter.itemIds || filter.pledgeIds) {
    const itemIds = filter.itemIds?.length ? filter.itemIds : [-1];
    const pledgeIds = filter.pledgeIds?.length ? filter.pledgeIds : [-1];
    query = query.where((eb) => eb.or([eb('plan_item_id', 'in', itemIds), eb('pledge_id', 'in', pledgeIds)]));
  }
  return query;
}

export async function listUpdates(db: Executor, filter: UpdateFilter, limit = readLimit, offset = 0): Promise<UpdateRow[]> {
  return filtered(db, filter).selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

/** Where a batch of updates ended (newest first), its time as the database writes it (a Date would drop microseconds). */
export interface UpdateCursor {
  updatedAt: string;
  id: number;
}

/** The updates after `after` (or the newest), newest first: keyset pages for the exports. */
export async function listUpdatesAfter(db: Executor, filter: UpdateFilter, after: UpdateCursor | null, limit: number): Promise<(UpdateRow & { cursor_at: string })[]> {
  let query = filtered(db, filter);
  if (after) query = query.where(sql<boolean>`(updated_at, id) < (${after.updatedAt}::timestamptz, ${after.id})`);
  return query.selectAll().select(sql<string>`updated_at::text`.as('cursor_at')).orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
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

export async function countUpdates(db: Executor, filter: UpdateFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function insertUpdateVersion(db: Executor, version: Insertable<ProgressUpdateVersionsTable>): Promise<void> {
  await db.insertInto('progress_update_versions').values(version).execute();
}

export async function listUpdateVersions(db: Executor, updateId: number): Promise<UpdateVersionRow[]> {
  return db.selectFrom('progress_update_versions').selectAll().where('update_id', '=', updateId).orderBy('number', 'desc').limit(500).execute();
}

// ---- evidence and indicator values ----

/** A period as JSON inside another row: its time comes as text. */
export type PeriodItem = Omit<PeriodRow, 'locked_at' | 'created_at' | 'updated_at'> & { locked_at: string | null };

/** What an update shows beside its own row, read as JSON: organization, period, target, evidence, indicator values. */
export interface UpdateDetails {
  id: number;
  period: PeriodItem;
  entity: { id: number; acronym: string; slug: string; name: string; kind: string; status: string; joined_year: number | null; left_year: number | null; uncertain: boolean };
  item: { id: number; code: string; title: string } | null;
  pledge: { id: number; title: string } | null;
  evidence: (Omit<EvidenceRow, 'created_at'> & { created_at: string })[];
  values: { indicator_id: number; name: string; unit: string; value_type: string; value: number }[];
}

/** The columns of UpdateDetails (but its id), for a query on progress_updates under `alias`. */
function detailColumns(alias: string) {
  const u = sql.raw(alias);
  return [
    sql<PeriodItem>`(select jsonb_build_object('id', p.id, 'year', p.year, 'label', p.label, 'kind', p.kind, 'opens_on', p.opens_on, 'deadline', p.deadline, 'locked_at', p.locked_at, 'is_sample', p.is_sample, 'version', p.version) from reporting_periods p where p.id = ${u}.period_id)`.as(
      'period',
    ),
    sql<
      UpdateDetails['entity']
    >`(select jsonb_build_object('id', e.id, 'acronym', e.acronym, 'slug', e.slug, 'name', e.name, 'kind', e.kind, 'status', e.status, 'joined_year', e.joined_year, 'left_year', e.left_year, 'uncertain', e.uncertain) from entities e where e.id = ${u}.entity_id)`.as(
      'entity',
    ),
    sql<UpdateDetails['item']>`(select jsonb_build_object('id', i.id, 'code', i.code, 'title', i.title) from plan_items i where i.id = ${u}.plan_item_id)`.as('item'),
    sql<UpdateDetails['pledge']>`(select jsonb_build_object('id', pl.id, 'title', pl.title) from pledges pl where pl.id = ${u}.pledge_id)`.as('pledge'),
    sql<UpdateDetails['evidence']>`coalesce((select jsonb_agg(to_jsonb(ev) order by ev.position) from progress_evidence ev where ev.update_id = ${u}.id), '[]'::jsonb)`.as('evidence'),
    sql<
      UpdateDetails['values']
    >`coalesce((select jsonb_agg(jsonb_build_object('indicator_id', ind.id, 'name', ind.name, 'unit', ind.unit, 'value_type', ind.value_type, 'value', v.value) order by v.id)
      from indicator_values v join indicators ind on ind.id = v.indicator_id where v.update_id = ${u}.id), '[]'::jsonb)`.as('values'),
  ] as const;
}

/** The details of several updates in one statement, whatever their number. */
export async function listUpdateDetails(db: Executor, updateIds: number[]): Promise<UpdateDetails[]> {
  if (updateIds.length === 0) return [];
  return db
    .selectFrom('progress_updates as u')
    .where('u.id', '=', sql<number>`any(${sql.val(updateIds)}::int[])`)
    .select('u.id')
    .select(detailColumns('u'))
    .execute();
}

/** One update with its details, in one statement. */
export async function findUpdateWithDetails(db: Executor, id: number): Promise<(UpdateRow & UpdateDetails) | undefined> {
  return db.selectFrom('progress_updates').selectAll().select(detailColumns('progress_updates')).where('id', '=', id).executeTakeFirst();
}

/**
 * A page of updates, newest first, each with its details and the number of updates the filter
 * matches (`total`, on every row), in one statement. A page past the last has no row to carry it.
 */
export async function listUpdatesWithDetails(db: Executor, filter: UpdateFilter, limit: number, offset: number): Promise<(UpdateRow & UpdateDetails & { total: number })[]> {
  return filtered(db, filter)
    .selectAll()
    .select(detailColumns('progress_updates'))
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function listEvidence(db: Executor, updateIds: number[]): Promise<EvidenceRow[]> {
  if (updateIds.length === 0) return [];
  return db.selectFrom('progress_evidence').selectAll().where('update_id', 'in', updateIds).orderBy('update_id').orderBy('position').execute();
}

export async function findEvidence(db: Executor, id: number): Promise<EvidenceRow | undefined> {
  return db.selectFrom('progress_evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function replaceLinks(db: Executor, updateId: number, links: { title: string; url: string }[], at: Date): Promise<void> {
  await db.deleteFrom('progress_evidence').where('update_id', '=', updateId).where('kind', '=', 'link').execute();
  if (links.length === 0) return;
  await db
    .insertInto('progress_evidence')
    .values(links.map((link, index) => ({ update_id: updateId, kind: 'link' as const, title: link.title, url: link.url, position: index + 1, created_at: at })))
    .execute();
}

export async function insertEvidenceFile(db: Executor, file: Insertable<ProgressEvidenceTable>): Promise<EvidenceRow> {
  return db.insertInto('progress_evidence').values(file).returningAll().executeTakeFirstOrThrow();
}

export async function deleteEvidence(db: Executor, id: number): Promise<EvidenceRow | undefined> {
  return db.deleteFrom('progress_evidence').where('id', '=', id).returningAll().executeTakeFirst();
}

export async function countFiles(db: Executor, updateId: number): Promise<number> {
  const row = await db
    .selectFrom('progress_evidence')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('update_id', '=', updateId)
    .where('kind', '=', 'file')
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function replaceValues(db: Executor, updateId: number, year: number, values: { indicatorId: number; value: number }[]): Promise<void> {
  await db.deleteFrom('indicator_values').where('update_id', '=', updateId).execute();
  if (values.length === 0) return;
  await db
    .insertInto('indicator_values')
    .values(values.map((value) => ({ update_id: updateId, indicator_id: value.indicatorId, year, value: value.value })))
    .execute();
}

export async function listValues(db: Executor, updateIds: number[]): Promise<ValueRow[]> {
  if (updateIds.length === 0) return [];
  const rows: ValueRow[] = [];
  for (let start = 0; start < updateIds.length; start += 1000) {
    const chunk = updateIds.slice(start, start + 1000);
    rows.push(...(await db.selectFrom('indicator_values').selectAll().where('update_id', 'in', chunk).execute()));
  }
  return rows;
}

// ---- reminders ----

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

export async function countReminders(db: Executor, periodId: number): Promise<number> {
  const row = await db
    .selectFrom('progress_reminders')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('period_id', '=', periodId)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Years that have reporting periods or pledges: the terms the dashboard offers. */
export async function listReportingYears(db: Executor): Promise<number[]> {
  const rows = await sql<{ year: number }>`select distinct year from reporting_periods order by year desc limit 100`.execute(db);
  return rows.rows.map((row) => Number(row.year));
}
