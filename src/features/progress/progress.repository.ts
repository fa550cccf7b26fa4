/**
 * Progress updates: the updates organizations file, their versions, evidence and indicator values,
 * the period an update is filed in, and the accepted updates the figures count. Pledges, periods and
 * the documents the progress pages read whole (a year's plan, pledges and periods) have their own
 * repositories beside this one.
 */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { IndicatorValuesTable, ProgressEvidenceTable, ProgressUpdatesTable, ProgressUpdateVersionsTable, ProgressStatus, ReportingPeriodsTable, UpdateState } from './progress.table';

export type PeriodRow = Selectable<ReportingPeriodsTable>;
export type UpdateRow = Selectable<ProgressUpdatesTable>;
export type UpdateVersionRow = Selectable<ProgressUpdateVersionsTable>;
export type EvidenceRow = Selectable<ProgressEvidenceTable>;
export type ValueRow = Selectable<IndicatorValuesTable>;

/** The most rows one read returns: a year of updates of 31 organizations on a plan is far below it. */
export const readLimit = 10_000;

// ---- the period an update is filed in ----

export async function findPeriod(db: Executor, id: number): Promise<PeriodRow | undefined> {
  return db.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockPeriodRow(db: Executor, id: number): Promise<PeriodRow | undefined> {
  return db.selectFrom('reporting_periods').selectAll().where('id', '=', id).forShare().executeTakeFirst();
}

export async function findPeriodByLabel(db: Executor, year: number, label: string): Promise<PeriodRow | undefined> {
  return db.selectFrom('reporting_periods').selectAll().where('year', '=', year).where('label', '=', label).executeTakeFirst();
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

// ---- the figures ----

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
