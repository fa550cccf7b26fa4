/**
 * What accepted updates add up to: the updates of a year, counts per status, indicator series and the
 * plan with each item's status. They take no actor: the caller decides what it shows or publishes.
 */
import type { Deps } from '../../deps';
import type { PlanItem, PlanSummary } from './plan.service';
import { emptyCounts, itemAndDescendants, type ItemRef, type ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';
import type { IndicatorType, ProgressStatus } from './progress.table';
import { type ProgressFilter, type Scope, scopeOf, toProgressUpdates, updateFilter } from './progress.read.service';

export interface UpdatePage {
  items: ProgressUpdate[];
  total: number;
  limit: number;
  offset: number;
}

export async function listAcceptedUpdates(deps: Deps, filter: ProgressFilter & { limit?: number; offset?: number }, known?: Scope): Promise<UpdatePage> {
  const scope = known ?? (await scopeOf(deps, filter.year));
  const limit = Math.min(filter.limit ?? 50, repo.readLimit);
  const offset = filter.offset ?? 0;
  const query = updateFilter(scope, filter, ['accepted']);
  const rows = await repo.listUpdatesWithDetails(deps.db, query, limit, offset);
  const total = rows[0]?.total ?? (offset > 0 ? await repo.countUpdates(deps.db, query) : 0);
  return { items: toProgressUpdates(deps, rows), total, limit, offset };
}

export interface StatusRow {
  key: string;
  label: string;
  counts: Record<ProgressStatus, number>;
  total: number;
}

export interface StatusSummary {
  overall: Record<ProgressStatus, number>;
  total: number;
  byPriority: StatusRow[];
  byObjective: StatusRow[];
}

function countRows(rows: repo.CountedUpdate[]): { counts: Record<ProgressStatus, number>; total: number } {
  const counts = emptyCounts();
  for (const row of rows) counts[row.status] += 1;
  return { counts, total: rows.length };
}

export async function statusCounts(deps: Deps, filter: ProgressFilter, known?: Scope): Promise<StatusSummary> {
  const scope = known ?? (await scopeOf(deps, filter.year));
  return countStatuses(scope, filter, await repo.listUpdates(deps.db, updateFilter(scope, filter, ['accepted'])));
}

function countStatuses(scope: Scope, filter: ProgressFilter, rows: repo.CountedUpdate[]): StatusSummary {
  const pledges = filter.priorityId === undefined ? scope.pledges : scope.pledges.filter((pledge) => pledge.id === filter.priorityId);
  // Rows grouped once by pledge and by plan item: counting each pledge or objective over every row
  // grew as pledges × updates (700 × 10,000 at 100× of a group's year).
  const onPledge = groupBy(rows, (row) => row.pledge_id);
  const onItem = groupBy(rows, (row) => row.plan_item_id);
  const byPriority = pledges.map((pledge) => {
    const covered = scope.coverage.get(pledge.id) ?? new Set<number>();
    const counted = [...(onPledge.get(pledge.id) ?? []), ...[...covered].flatMap((itemId) => (onItem.get(itemId) ?? []).filter((row) => row.pledge_id !== pledge.id))];
    return { key: `pledge-${pledge.id}`, label: pledge.priority?.title ?? pledge.title, ...countRows(counted) };
  });
  const plan = scope.plan;
  const byObjective = plan ? countByObjective(plan, onItem) : [];
  const overall = countRows(rows);
  return { overall: overall.counts, total: overall.total, byPriority, byObjective };
}

function countByObjective(plan: NonNullable<Scope['plan']>, onItem: Map<number | null, repo.CountedUpdate[]>): StatusRow[] {
  const objectives = plan.items.filter((item) => item.level === 'objective' && !item.retired);
  const underObjective = new Map<number, repo.CountedUpdate[]>(objectives.map((objective) => [objective.id, []]));
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  for (const [itemId, rows] of onItem) {
    if (itemId === null) continue;
    let item = byId.get(itemId);
    while (item && item.parentId !== null) item = byId.get(item.parentId);
    if (item) underObjective.get(item.id)?.push(...rows);
  }
  return objectives.map((objective) => ({ key: `objective-${objective.id}`, label: `${objective.code}. ${objective.title}`, ...countRows(underObjective.get(objective.id) ?? []) }));
}

function groupBy<T, K>(rows: T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export interface IndicatorPoint {
  year: number;
  target: number | null;
  actual: number | null;
  /** How many organizations' accepted updates gave a value. */
  reports: number;
  /** Whether the actual reaches the target in the indicator's direction; null without both. */
  met: boolean | null;
}

export interface IndicatorSeries {
  indicator: { id: number; name: string; unit: string; type: IndicatorType; direction: 'up' | 'down' };
  item: ItemRef;
  baseline: number | null;
  baselineYear: number | null;
  points: IndicatorPoint[];
}

function aggregate(type: IndicatorType, values: number[]): number | null {
  if (values.length === 0) return null;
  if (type === 'number') return values.reduce((sum, value) => sum + value, 0);
  if (type === 'percentage') return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
  return values.some((value) => value === 1) ? 1 : 0;
}

/**
 * Per indicator and year: the target, and the actual from accepted updates. When an organization
 * reported in several periods of a year (half-yearly), its value of the last period counts.
 */
export async function indicatorSeries(deps: Deps, filter: ProgressFilter, known?: Scope): Promise<IndicatorSeries[]> {
  const scope = known ?? (await scopeOf(deps, filter.year));
  if (!indicatorsOf(scope, filter)) return [];
  return (await figuresOf(deps, filter, scope)).indicators;
}

/** Both figures (status counts and indicator series) from one read of what they count. */
export async function figuresOf(deps: Deps, filter: ProgressFilter, scope: Scope): Promise<{ status: StatusSummary; indicators: IndicatorSeries[] }> {
  const indicators = indicatorsOf(scope, filter);
  const inputs = await repo.listFigureInputs(deps.db, updateFilter(scope, filter, ['accepted']), indicators?.values ?? { first: filter.year, last: filter.year, itemIds: [] });
  return { status: countStatuses(scope, filter, inputs.counted), indicators: indicators ? seriesOf(indicators, inputs.values) : [] };
}

interface IndicatorsOfScope {
  indicators: { item: PlanItem; indicator: PlanItem['indicators'][number] }[];
  years: number[];
  /** Which values the series need. */
  values: { first: number; last: number; entityId?: number | undefined; itemIds: number[] };
}

/** The indicators a filter shows (null when there are none) and the years of their series. */
function indicatorsOf(scope: Scope, filter: ProgressFilter): IndicatorsOfScope | null {
  const plan = scope.plan;
  if (!plan) return null;
  const covered = filter.priorityId !== undefined ? (scope.coverage.get(filter.priorityId) ?? new Set<number>()) : null;
  const items = plan.items.filter((item) => !item.retired && (!covered || covered.has(item.id)));
  const indicators = items.flatMap((item) => item.indicators.filter((indicator) => !indicator.retired).map((indicator) => ({ item, indicator })));
  if (indicators.length === 0) return null;
  const years = Array.from({ length: Math.min(plan.periodEnd - plan.periodStart + 1, 10) }, (_, index) => plan.periodStart + index);
  return { indicators, years, values: { first: years[0]!, last: years[years.length - 1]!, entityId: filter.entityId, itemIds: items.map((item) => item.id) } };
}

function seriesOf({ indicators, years }: IndicatorsOfScope, values: repo.ReportedValue[]): IndicatorSeries[] {
  // indicator -> year -> entity -> the value of the latest period
  const latest = new Map<string, Map<number, { deadline: string; value: number }>>();
  for (const value of values) {
    const key = `${value.indicator_id}:${value.year}`;
    const byEntity = latest.get(key) ?? new Map<number, { deadline: string; value: number }>();
    latest.set(key, byEntity);
    const seen = byEntity.get(value.entity_id);
    if (!seen || seen.deadline < value.deadline) byEntity.set(value.entity_id, { deadline: value.deadline, value: Number(value.value) });
  }
  return indicators.map(({ item, indicator }) => ({
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, type: indicator.type, direction: indicator.direction },
    item: { id: item.id, code: item.code, title: item.title },
    baseline: indicator.baseline,
    baselineYear: indicator.baselineYear,
    points: years.map((year) => {
      const reported = [...(latest.get(`${indicator.id}:${year}`)?.values() ?? [])].map((entry) => entry.value);
      const actual = aggregate(indicator.type, reported);
      const target = indicator.targets.find((entry) => entry.year === year)?.value ?? null;
      const met = actual === null || target === null ? null : indicator.direction === 'up' ? actual >= target : actual <= target;
      return { year, target, actual, reports: reported.length, met };
    }),
  }));
}

export interface ItemStatus {
  item: PlanItem;
  /** Accepted updates on the item itself. */
  own: Record<ProgressStatus, number>;
  /** Accepted updates on the item and everything under it. */
  rolledUp: Record<ProgressStatus, number>;
}

export async function planWithStatus(deps: Deps, year: number): Promise<{ plan: PlanSummary; items: ItemStatus[] } | null> {
  const scope = await scopeOf(deps, year);
  const plan = scope.plan;
  if (!plan) return null;
  const rows = await repo.listUpdates(deps.db, updateFilter(scope, { year }, ['accepted']));
  const items = plan.items.map((item) => {
    const under = itemAndDescendants(plan, [item.id]);
    return {
      item,
      own: countRows(rows.filter((row) => row.plan_item_id === item.id)).counts,
      rolledUp: countRows(rows.filter((row) => row.plan_item_id !== null && under.has(row.plan_item_id))).counts,
    };
  });
  const { items: _items, ...summary } = plan;
  return { plan: summary, items };
}
