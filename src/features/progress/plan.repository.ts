import { sql, type Insertable, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { DB, Executor } from '../../db/database';
import type { IndicatorsTable, IndicatorTargetsTable, PlanItemEntitiesTable, PlanItemsTable, PlansTable, PlanVersionsTable } from './progress.table';

export type PlanRow = Selectable<PlansTable>;
export type PlanVersionRow = Selectable<PlanVersionsTable>;
export type PlanItemRow = Selectable<PlanItemsTable>;
export type ItemEntityRow = Selectable<PlanItemEntitiesTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type TargetRow = Selectable<IndicatorTargetsTable>;

export const maxPlans = 100;

export async function listPlans(db: Executor): Promise<PlanRow[]> {
  return db.selectFrom('plans').selectAll().orderBy('period_start', 'desc').orderBy('id', 'desc').limit(maxPlans).execute();
}

export async function findPlanByKey(db: Executor, key: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function findPlanById(db: Executor, id: number): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Plans covering a year, the one in force first: the one that started last. */
function inForceFirst(year: number) {
  return <Row>(query: SelectQueryBuilder<DB, 'plans', Row>) => query.where('period_start', '<=', year).where('period_end', '>=', year).orderBy('period_start', 'desc').orderBy('id', 'desc');
}

/** The plan in force in a year: the one covering it that started last. */
export async function findPlanCovering(db: Executor, year: number): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().$call(inForceFirst(year)).executeTakeFirst();
}

/** The ids of the items (not retired) with these codes in the plan in force in a year, by code: only the codes asked for are read. */
export async function findItemIdsByCodes(db: Executor, year: number, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('plan_items')
    .select(['id', 'code'])
    .where('code', 'in', codes)
    .where('retired_in_version', 'is', null)
    .where((eb) => eb('plan_id', '=', eb.selectFrom('plans').select('id').$call(inForceFirst(year)).limit(1)))
    .execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

/**
 * The items (not retired) an organization leads or contributes to in the plan in force in a year, in
 * code order, in one statement; an item it both leads and contributes to counts as led.
 */
export async function listItemsOfEntity(db: Executor, entityId: number, year: number): Promise<(Pick<PlanItemRow, 'id' | 'code' | 'title' | 'level'> & { leads: boolean })[]> {
  return db
    .selectFrom('plan_items as i')
    .innerJoin('plan_item_entities as l', 'l.item_id', 'i.id')
    .select(['i.id', 'i.code', 'i.title', 'i.level'])
    .select(sql<boolean>`bool_or(l.role = 'lead')`.as('leads'))
    .where('l.entity_id', '=', entityId)
    .where('i.retired_in_version', 'is', null)
    .where((eb) => eb('i.plan_id', '=', eb.selectFrom('plans').select('id').$call(inForceFirst(year)).limit(1)))
    .groupBy(['i.id', 'i.code', 'i.title', 'i.level'])
    .orderBy(sql`string_to_array(i.code, '.')::int[]`)
    .execute();
}

export async function lockPlanByKey(db: Executor, key: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('key', '=', key).forUpdate().executeTakeFirst();
}

export async function insertPlan(db: Executor, plan: Insertable<PlansTable>): Promise<PlanRow> {
  return db.insertInto('plans').values(plan).returningAll().executeTakeFirstOrThrow();
}

export async function insertPlanVersion(db: Executor, version: Insertable<PlanVersionsTable>): Promise<void> {
  await db.insertInto('plan_versions').values(version).execute();
}

export async function listPlanVersions(db: Executor, planId: number, limit = 100): Promise<Omit<PlanVersionRow, 'source'>[]> {
  return db.selectFrom('plan_versions').select(['id', 'plan_id', 'number', 'note', 'created_by_label', 'created_at']).where('plan_id', '=', planId).orderBy('number', 'desc').limit(limit).execute();
}

export async function findPlanVersion(db: Executor, planId: number, number: number): Promise<PlanVersionRow | undefined> {
  return db.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
}

/** Items of a plan in code order (1, 1.1, 1.1.1, 1.2, …, 2, …, 10); bounded by the plan itself. */
export async function listItems(db: Executor, planId: number): Promise<PlanItemRow[]> {
  return db.selectFrom('plan_items').selectAll().where('plan_id', '=', planId).orderBy(sql`string_to_array(code, '.')::int[]`).execute();
}

export type PlanItemDetailRow = PlanItemRow & {
  links: Pick<ItemEntityRow, 'entity_id' | 'role'>[];
  indicators: (IndicatorRow & { targets: Pick<TargetRow, 'year' | 'target'>[] })[];
};

/** A plan's items in code order, each with its organizations and its indicators (targets by year), in one statement. */
export async function listItemsWithDetails(db: Executor, planId: number): Promise<PlanItemDetailRow[]> {
  return db
    .selectFrom('plan_items as i')
    .selectAll('i')
    .select([
      sql<PlanItemDetailRow['links']>`coalesce((select jsonb_agg(jsonb_build_object('entity_id', l.entity_id, 'role', l.role)) from plan_item_entities l where l.item_id = i.id), '[]'::jsonb)`.as(
        'links',
      ),
      sql<PlanItemDetailRow['indicators']>`coalesce((
        select jsonb_agg(to_jsonb(ind) || jsonb_build_object('targets', coalesce((
          select jsonb_agg(jsonb_build_object('year', t.year, 'target', t.target) order by t.year) from indicator_targets t where t.indicator_id = ind.id
        ), '[]'::jsonb)) order by ind.position, ind.id)
        from indicators ind where ind.item_id = i.id), '[]'::jsonb)`.as('indicators'),
    ])
    .where('i.plan_id', '=', planId)
    .orderBy(sql`string_to_array(i.code, '.')::int[]`)
    .execute();
}

export async function listItemsByIds(db: Executor, ids: number[]): Promise<PlanItemRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('plan_items').selectAll().where('id', 'in', ids).execute();
}

export async function upsertItem(db: Executor, item: Insertable<PlanItemsTable> & { updated_at: Date }): Promise<number> {
  const row = await db
    .insertInto('plan_items')
    .values(item)
    .onConflict((oc) =>
      oc.columns(['plan_id', 'code']).doUpdateSet({
        parent_id: item.parent_id,
        level: item.level,
        title: item.title,
        description: item.description,
        position: item.position,
        retired_in_version: null,
        updated_at: item.updated_at,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function retireItemsNotIn(db: Executor, planId: number, keep: number[], version: number): Promise<void> {
  let query = db.updateTable('plan_items').set({ retired_in_version: version }).where('plan_id', '=', planId).where('retired_in_version', 'is', null);
  if (keep.length > 0) query = query.where('id', 'not in', keep);
  await query.execute();
}

export async function replaceItemEntities(db: Executor, itemId: number, rows: PlanItemEntitiesTable[]): Promise<void> {
  await db.deleteFrom('plan_item_entities').where('item_id', '=', itemId).execute();
  if (rows.length > 0) await db.insertInto('plan_item_entities').values(rows).execute();
}

export async function listItemEntities(db: Executor, itemIds: number[]): Promise<ItemEntityRow[]> {
  if (itemIds.length === 0) return [];
  return db.selectFrom('plan_item_entities').selectAll().where('item_id', 'in', itemIds).execute();
}

/** The items an organization leads or contributes to, in every plan. */
export async function listItemEntitiesOf(db: Executor, entityId: number): Promise<ItemEntityRow[]> {
  return db.selectFrom('plan_item_entities').selectAll().where('entity_id', '=', entityId).limit(1000).execute();
}

export async function upsertIndicator(db: Executor, indicator: Insertable<IndicatorsTable>): Promise<number> {
  const row = await db
    .insertInto('indicators')
    .values(indicator)
    .onConflict((oc) =>
      oc.columns(['item_id', 'name']).doUpdateSet({
        unit: indicator.unit,
        value_type: indicator.value_type,
        direction: indicator.direction,
        baseline: indicator.baseline,
        baseline_year: indicator.baseline_year,
        position: indicator.position,
        retired_in_version: null,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function retireIndicatorsNotIn(db: Executor, itemIds: number[], keep: number[], version: number): Promise<void> {
  if (itemIds.length === 0) return;
  let query = db.updateTable('indicators').set({ retired_in_version: version }).where('item_id', 'in', itemIds).where('retired_in_version', 'is', null);
  if (keep.length > 0) query = query.where('id', 'not in', keep);
  await query.execute();
}

export async function replaceTargets(db: Executor, indicatorId: number, targets: { year: number; target: number }[]): Promise<void> {
  await db.deleteFrom('indicator_targets').where('indicator_id', '=', indicatorId).execute();
  if (targets.length > 0)
    await db
      .insertInto('indicator_targets')
      .values(targets.map((target) => ({ indicator_id: indicatorId, ...target })))
      .execute();
}

export async function listIndicators(db: Executor, itemIds: number[]): Promise<IndicatorRow[]> {
  if (itemIds.length === 0) return [];
  return db.selectFrom('indicators').selectAll().where('item_id', 'in', itemIds).orderBy('item_id').orderBy('position').execute();
}

export async function listTargets(db: Executor, indicatorIds: number[]): Promise<TargetRow[]> {
  if (indicatorIds.length === 0) return [];
  return db.selectFrom('indicator_targets').selectAll().where('indicator_id', 'in', indicatorIds).orderBy('year').execute();
}

export async function listIndicatorsByIds(db: Executor, ids: number[]): Promise<IndicatorRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('indicators').selectAll().where('id', 'in', ids).execute();
}
