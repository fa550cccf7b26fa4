/**
 * Progress: the co-chairs' pledges, reporting periods, and what the accepted progress updates add up
 * to. Filing and reviewing updates is in updates.service.ts; the plan itself in plan.service.ts.
 *
 * Read functions for the dashboard and the annual report. They take no actor: the caller decides
 * what it shows or publishes (the dashboard is for signed-in people; a published report is public).
 * Only ACCEPTED updates count in any of them.
 *
 *   listPledges(deps, year)             the term's pledges, each with its priority area, the plan items
 *                                       it advances and the co-chairs' own progress (status + note)
 *   planWithStatus(deps, year)          the plan in force in `year`, each item with the status counts
 *                                       of its accepted updates (own, and rolled up from items under it)
 *   listAcceptedUpdates(deps, filter)   accepted updates of a year, newest first, paginated (limit,
 *                                       offset), with evidence and indicator values; filter
 *                                       { year, entityId?, priorityId? } (priorityId = a pledge id)
 *   statusCounts(deps, filter)          counts per status: overall, per priority area (pledge) and per
 *                                       objective of the plan
 *   indicatorSeries(deps, filter)       per indicator of the plan, per year of its period: target,
 *                                       actual (summed for numbers, averaged for percentages, "yes" if
 *                                       any organization reports yes), reports, met (by direction)
 *   completeness(deps, periodId)        per organization: the activities it is named on and the state
 *                                       of its update on each; who is complete and who is not
 *   listPeriods(deps, year?)            reporting periods with their phase (upcoming, open, overdue, locked)
 *   entityContributions(deps, actor, entityId, year, chaired)  what the member page shows
 *   memberContributions(deps, actor, entityId, chaired)        the same, in the year pages open on (defaultYear)
 */
import { groupIdentity } from '../../lib/group';
import type { Deps } from '../../deps';
import { isoDay } from '../../lib/clock';
import { updateVersioned } from '../../db/versioned';
import { stalePeriod } from './periods.editing.service';
import { AppError, isStale, notFound, staleRecord, staleVersion } from '../../lib/errors';
import { parseInput, parseWithChecks, type FieldCheck } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as accounts from '../accounts/accounts.service';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import * as governance from '../governance/governance.service';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import * as plans from './plan.service';
import type { Plan, PlanItem, PlanItemLink, PlanSummary } from './plan.service';
import {
  emptyCounts,
  itemAndDescendants,
  objectiveOf,
  snapshotOf,
  toEvidence,
  toPeriod,
  toPledge,
  type IndicatorValue,
  type ItemRef,
  type Period,
  type Pledge,
  type ProgressUpdate,
} from './progress.model';
import * as repo from './progress.repository';
import { periodForm, pledgeForm, pledgeProgressForm, versionForm, type PledgeInput } from './progress.schemas';
import type { IndicatorType, ProgressStatus, UpdateState } from './progress.table';
import { localized, translator, type Locale } from '../../lib/i18n';

export type { Period, Pledge, ProgressUpdate } from './progress.model';

export interface ProgressFilter {
  year: number;
  entityId?: number | undefined;
  /** A priority area: one of the term's pledges. */
  priorityId?: number | undefined;
}

export function actorLabel(actor: Actor): string {
  return actor.accountId > 0 ? `${actor.name} <${actor.email}>` : actor.name;
}

// ---- pledges ----

const byItemCode = (a: ItemRef, b: ItemRef) => a.code.localeCompare(b.code, 'en', { numeric: true });

async function pledgesOf(deps: Deps, rows: repo.PledgeRow[], year: number): Promise<Pledge[]> {
  const links = await repo.listPledgeItems(deps.db, rows.map((row) => row.id));
  const [items, priorities] = await Promise.all([plans.itemsByIds(deps, [...new Set(links.map((link) => link.item_id))]), governance.listPriorities(deps, year)]);
  const priorityById = new Map(priorities.map((priority) => [priority.id, { id: priority.id, title: priority.title }]));
  return rows.map((row) =>
    toPledge(
      row,
      year,
      links
        .filter((link) => link.pledge_id === row.id)
        .flatMap((link) => {
          const item = items.get(link.item_id);
          return item ? [{ id: item.id, code: item.code, title: item.title }] : [];
        })
        .sort(byItemCode),
      row.priority_id ? (priorityById.get(row.priority_id) ?? null) : null,
    ),
  );
}

/** The pledges of a year's term, with their items and priority areas, in one statement. */
export async function listPledges(deps: Deps, year: number): Promise<Pledge[]> {
  return (await repo.listPledgesOfYear(deps.db, year)).map((json) => pledgeFromJson(json, year));
}

function pledgeFromJson({ items, priority, ...json }: repo.PledgeJson, year: number): Pledge {
  const row = { ...json, created_at: new Date(json.created_at), updated_at: new Date(json.updated_at) };
  return toPledge(row, year, [...items].sort(byItemCode), priority);
}

export function periodFromJson(json: repo.PeriodJson): repo.PeriodRow {
  return { ...json, locked_at: json.locked_at === null ? null : new Date(json.locked_at), created_at: new Date(json.created_at), updated_at: new Date(json.updated_at) };
}

async function pledgeWithYear(deps: Deps, id: number): Promise<{ row: repo.PledgeRow; year: number }> {
  const row = await repo.findPledge(deps.db, id);
  const year = row ? await governance.termYearById(deps, row.term_id) : null;
  if (!row || year === null) throw notFound('pledge');
  return { row, year };
}

export async function getPledge(deps: Deps, id: number): Promise<Pledge> {
  const { row, year } = await pledgeWithYear(deps, id);
  const [pledge] = await pledgesOf(deps, [row], year);
  return pledge as Pledge;
}

/** Item codes to ids in the plan in force in the year (codes checked by itemsCheck first). */
async function itemIdsForCodes(deps: Deps, year: number, codes: string[]): Promise<number[]> {
  if (codes.length === 0) return [];
  const byCode = await itemIdsByCode(deps, year);
  return codes.map((code) => byCode?.get(code) as number);
}

async function itemIdsByCode(deps: Deps, year: number): Promise<Map<string, number> | null> {
  const plan = await plans.findPlanForYear(deps, year);
  return plan ? new Map(plan.items.filter((item) => !item.retired).map((item) => [item.code, item.id])) : null;
}

async function itemsProblem(deps: Deps, year: number, codes: string[]): Promise<string | null> {
  if (codes.length === 0) return null;
  const byCode = await itemIdsByCode(deps, year);
  if (!byCode) return `there is no plan for ${year}`;
  const unknown = codes.filter((code) => !byCode.has(code));
  return unknown.length > 0 ? `not in the plan for ${year}: ${unknown.join(', ')}` : null;
}

/** A pledge's year must have a term, its priority be one of that term's, its items in that year's plan. */
function pledgeChecks(deps: Deps): FieldCheck<PledgeInput>[] {
  return [
    { field: 'year', reads: ['year'], problem: async (form) => ((await governance.termIdOf(deps, form.year)) === null ? 'has no term on record' : null) },
    {
      field: 'priority',
      reads: ['year', 'priority'],
      problem: async (form) =>
        form.priority !== undefined && !(await governance.listPriorities(deps, form.year)).some((priority) => priority.id === form.priority) ? 'is not a priority of this term' : null,
    },
    { field: 'items', reads: ['year', 'items'], problem: (form) => itemsProblem(deps, form.year, form.items) },
  ];
}

function yearOf(raw: unknown): number | undefined {
  const value = Number((raw as Record<string, unknown> | null)?.year);
  return Number.isInteger(value) ? value : undefined;
}

export async function createPledge(deps: Deps, actor: Actor | null, raw: unknown): Promise<Pledge> {
  authorize(actor, 'progress.pledge.manage', { year: yearOf(raw) });
  const input = await parseWithChecks(pledgeForm, raw, pledgeChecks(deps));
  const termId = (await governance.termIdOf(deps, input.year)) as number;
  const itemIds = await itemIdsForCodes(deps, input.year, input.items);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertPledge(trx, {
      term_id: termId,
      priority_id: input.priority ?? null,
      position: await repo.nextPledgePosition(trx, termId),
      title: input.title,
      description: input.description ?? null,
      progress_status: null,
      progress_note: null,
      created_at: now,
      updated_at: now,
    });
    await repo.replacePledgeItems(trx, created.id, itemIds);
    await audit.record(trx, now, { actor, action: 'create', table: 'pledges', recordId: created.id, after: { ...created, items: input.items } });
    return created;
  });
  return (await pledgesOf(deps, [row], input.year))[0] as Pledge;
}

export const stalePledge = staleRecord<Pledge>('raised.pledge.stale');
/** Inside the transaction the refusal carries the row; the pledge is shown whole once it is over. */
const stalePledgeRow = staleRecord<repo.PledgeRow>('raised.pledge.stale');

/** The co-chairs record their own progress on a pledge, and which plan items it advances. */
export async function updatePledgeProgress(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<Pledge> {
  const { row, year } = await pledgeWithYear(deps, id);
  authorize(actor, 'progress.pledge.manage', { year });
  const input = await parseWithChecks(pledgeProgressForm, raw, [{ field: 'items', reads: ['items'], problem: (form) => itemsProblem(deps, year, form.items) }]);
  const itemIds = await itemIdsForCodes(deps, year, input.items);
  const now = deps.clock.now();
  let saved: repo.PledgeRow;
  try {
    saved = await deps.db.transaction().execute((trx) =>
      updateVersioned(trx, {
        table: 'pledges',
        before: row,
        expectedVersion: input.version,
        changes: { progress_status: input.status ?? null, progress_note: input.note ?? null, updated_at: now },
        stale: stalePledgeRow,
        show: (current) => current,
        related: () => repo.replacePledgeItems(trx, id, itemIds),
        audit: (updated) => audit.record(trx, now, { actor, action: 'update', table: 'pledges', recordId: id, before: row, after: { ...updated, items: input.items } }),
      }),
    );
  } catch (error) {
    if (isStale(error, stalePledgeRow)) throw staleVersion(stalePledge, await getPledge(deps, id));
    throw error;
  }
  return (await pledgesOf(deps, [saved], year))[0] as Pledge;
}

// ---- reporting periods ----

export async function listPeriods(deps: Deps, year?: number): Promise<Period[]> {
  const now = deps.clock.now();
  return (await repo.listPeriods(deps.db, year)).map((row) => toPeriod(row, now));
}

export async function getPeriod(deps: Deps, id: number): Promise<Period> {
  const row = await repo.findPeriod(deps.db, id);
  if (!row) throw notFound('reportingPeriod');
  return toPeriod(row, deps.clock.now());
}

/** The periods open for filing now (opened, not locked), most recent first. */
export async function listFilingPeriods(deps: Deps): Promise<Period[]> {
  return (await listPeriods(deps)).filter((period) => period.phase === 'open' || period.phase === 'overdue');
}

export async function createPeriod(deps: Deps, actor: Actor | null, raw: unknown): Promise<Period> {
  authorize(actor, 'progress.period.manage', { year: yearOf(raw) });
  const input = parseInput(periodForm, raw);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await repo.findPeriodByLabel(trx, input.year, input.label)) {
      throw new AppError('CONFLICT', localized('raised.period.labelTaken.summary', { year: String(input.year), label: input.label }), { fields: [{ field: 'label', message: localized('raised.period.labelTaken', { year: String(input.year) }) }] });
    }
    const created = await repo.insertPeriod(trx, { year: input.year, label: input.label, kind: input.kind, opens_on: input.opens_on, deadline: input.deadline, created_at: now, updated_at: now });
    await audit.record(trx, now, { actor, action: 'create', table: 'reporting_periods', recordId: created.id, after: created });
    return created;
  });
  return toPeriod(row, now);
}

async function changeLock(deps: Deps, actor: Actor | null, id: number, raw: unknown, lock: boolean): Promise<Period> {
  const row = await repo.findPeriod(deps.db, id);
  if (!row) throw notFound('reportingPeriod');
  if (lock) authorize(actor, 'progress.period.manage', { year: row.year });
  else authorize(actor, 'progress.period.reopen', { year: row.year });
  const { version } = parseInput(versionForm, raw);
  if (lock === (row.locked_at !== null)) throw new AppError('CONFLICT', lock ? 'This period is locked already.' : 'This period is not locked.');
  const now = deps.clock.now();
  const saved = await deps.db.transaction().execute((trx) =>
    updateVersioned(trx, {
      table: 'reporting_periods',
      before: row,
      expectedVersion: version,
      changes: { locked_at: lock ? now : null, updated_at: now },
      stale: stalePeriod,
      show: (current) => toPeriod(current, now),
      audit: (updated) => audit.record(trx, now, { actor, action: lock ? 'lock' : 'reopen', table: 'reporting_periods', recordId: id, before: row, after: updated }),
    }),
  );
  return toPeriod(saved, now);
}

/** Locks a period: no update in it changes any more. The co-chairs of its year or the secretariat. */
export async function lockPeriod(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<Period> {
  return changeLock(deps, actor, id, raw, true);
}

/** Reopens a locked period: the secretariat only, and the audit log records it. */
export async function reopenPeriod(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<Period> {
  return changeLock(deps, actor, id, raw, false);
}

// ---- reading updates ----

type EntitySummary = MemberSummary & { id: number };

/** Rows to full updates: organization, target, evidence and indicator values (one statement, whatever their number). */
export async function hydrateUpdates(deps: Deps, rows: repo.UpdateRow[]): Promise<ProgressUpdate[]> {
  if (rows.length === 0) return [];
  const now = deps.clock.now();
  const details = new Map((await repo.listUpdateDetails(deps.db, rows.map((row) => row.id))).map((detail) => [detail.id, detail]));
  return rows.map((row) => toProgressUpdate(row, details.get(row.id) as repo.UpdateDetails, now));
}

/** One update, whole, with its row (state, organization, target ids), in one statement; undefined when there is none. */
export async function findUpdateWithRow(deps: Deps, id: number): Promise<{ row: repo.UpdateRow; update: ProgressUpdate } | undefined> {
  const row = await repo.findUpdateWithDetails(deps.db, id);
  return row ? { row, update: toProgressUpdate(row, row, deps.clock.now()) } : undefined;
}

/** Updates read with their details (repo.listUpdatesWithDetails) to full updates. */
export function toProgressUpdates(deps: Deps, rows: (repo.UpdateRow & repo.UpdateDetails)[]): ProgressUpdate[] {
  const now = deps.clock.now();
  return rows.map((row) => toProgressUpdate(row, row, now));
}

function toProgressUpdate(row: repo.UpdateRow, detail: repo.UpdateDetails, now: Date): ProgressUpdate {
  const { item, pledge } = detail;
  return {
    id: row.id,
    period: toPeriod({ ...detail.period, locked_at: detail.period.locked_at === null ? null : new Date(detail.period.locked_at) } as repo.PeriodRow, now),
    entity: { ...members.toSummary(detail.entity as Parameters<typeof members.toSummary>[0]), id: row.entity_id },
    target: item ? { kind: 'item', id: item.id, code: item.code, title: item.title } : { kind: 'pledge', id: pledge?.id ?? 0, code: null, title: pledge?.title ?? '' },
    state: row.state,
    status: row.status,
    narrative: row.narrative,
    reviewComment: row.review_comment,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by_label,
    author: row.author_label,
    isSample: row.is_sample,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    evidence: detail.evidence.map((entry) => toEvidence({ ...entry, created_at: new Date(entry.created_at) })),
    values: detail.values.map((value) => ({ indicatorId: value.indicator_id, name: value.name, unit: value.unit, type: value.value_type as IndicatorType, value: Number(value.value) })),
  };
}

interface Scope {
  year: number;
  /** Every year that has a reporting period, newest first. */
  reportingYears: number[];
  plan: Plan | null;
  pledges: Pledge[];
  periods: repo.PeriodRow[];
  /** Per pledge: the items it covers (its items and everything under them). */
  coverage: Map<number, Set<number>>;
}

/** What the dashboard's reads share for a year: read once per page, in one statement, passed to each. */
async function scopeOf(deps: Deps, requested: number | null): Promise<Scope> {
  const json = await repo.findYearScope(deps.db, requested, deps.clock.now().getUTCFullYear());
  const year = json.year;
  const plan = json.plan ? plans.planFromJson(json.plan) : null;
  const pledges = json.pledges.map((pledge) => pledgeFromJson(pledge, year));
  const periods = json.periods.map(periodFromJson);
  const coverage = new Map(pledges.map((pledge) => [pledge.id, plan ? itemAndDescendants(plan, pledge.items.map((item) => item.id)) : new Set<number>()]));
  return { year, reportingYears: json.years, plan, pledges, periods, coverage };
}

function updateFilter(scope: Scope, filter: ProgressFilter, states: UpdateState[]): repo.UpdateFilter {
  const base: repo.UpdateFilter = { periodIds: scope.periods.map((period) => period.id), entityId: filter.entityId, states };
  if (filter.priorityId === undefined) return base;
  return { ...base, itemIds: [...(scope.coverage.get(filter.priorityId) ?? [])], pledgeIds: [filter.priorityId] };
}

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
  const byPriority = pledges.map((pledge) => {
    const covered = scope.coverage.get(pledge.id) ?? new Set<number>();
    const counted = rows.filter((row) => row.pledge_id === pledge.id || (row.plan_item_id !== null && covered.has(row.plan_item_id)));
    return { key: `pledge-${pledge.id}`, label: pledge.priority?.title ?? pledge.title, ...countRows(counted) };
  });
  const plan = scope.plan;
  const byObjective = plan
    ? plan.items
        .filter((item) => item.level === 'objective' && !item.retired)
        .map((objective) => {
          const counted = rows.filter((row) => row.plan_item_id !== null && objectiveOf(plan, row.plan_item_id)?.id === objective.id);
          return { key: `objective-${objective.id}`, label: `${objective.code}. ${objective.title}`, ...countRows(counted) };
        })
    : [];
  const overall = countRows(rows);
  return { overall: overall.counts, total: overall.total, byPriority, byObjective };
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
async function figuresOf(deps: Deps, filter: ProgressFilter, scope: Scope): Promise<{ status: StatusSummary; indicators: IndicatorSeries[] }> {
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
  const latest = new Map<string, { deadline: string; value: number }>();
  for (const value of values) {
    const key = `${value.indicator_id}:${value.year}:${value.entity_id}`;
    const seen = latest.get(key);
    if (!seen || seen.deadline < value.deadline) latest.set(key, { deadline: value.deadline, value: Number(value.value) });
  }
  return indicators.map(({ item, indicator }) => ({
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, type: indicator.type, direction: indicator.direction },
    item: { id: item.id, code: item.code, title: item.title },
    baseline: indicator.baseline,
    baselineYear: indicator.baselineYear,
    points: years.map((year) => {
      const reported = [...latest.entries()].filter(([key]) => key.startsWith(`${indicator.id}:${year}:`)).map(([, entry]) => entry.value);
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

// ---- completeness and reminders ----

export interface ExpectedReport {
  item: ItemRef;
  role: 'lead' | 'contributor';
  update: { id: number; state: UpdateState } | null;
}

export interface EntityCompleteness {
  entity: EntitySummary;
  expected: ExpectedReport[];
  /** Updates on items it is not named on, and on pledges. */
  other: { id: number; state: UpdateState; target: string }[];
  counts: Record<UpdateState, number>;
  /** Every expected activity has a submitted or accepted update, and at least one update is in. */
  complete: boolean;
}

export interface Completeness {
  period: Period;
  plan: PlanSummary | null;
  entities: EntityCompleteness[];
  completeCount: number;
  pending: EntitySummary[];
}

const handedIn: UpdateState[] = ['submitted', 'accepted'];

/**
 * For a period: each current member organization (and any other named in the plan), the activities
 * (the plan's leaf items) that name it and the state of its update on each. Objectives and outputs
 * may be reported on, but nobody is chased for them.
 */
export async function completeness(deps: Deps, periodId: number): Promise<Completeness> {
  const scope = await repo.findPeriodScope(deps.db, periodId, members.memberPageSize);
  if (!scope.period) throw notFound('reportingPeriod');
  const period = toPeriod(periodFromJson(scope.period), deps.clock.now());
  const plan = scope.plan ? plans.planFromJson(scope.plan) : null;
  const rows = scope.updates;
  const leaves = (plan?.items ?? []).filter((item) => !item.retired && !plan?.items.some((child) => child.parentId === item.id && !child.retired));
  const named = new Set(leaves.flatMap((item) => [...item.lead, ...item.contributors].map((entity) => entity.id)));
  const entityIds = [...new Set([...scope.members.map((entity) => entity.id), ...named, ...rows.map((row) => row.entity_id)])];
  const summaries = new Map<number, MemberSummary>();
  for (const entity of [...scope.members, ...rows.map((row) => row.entity)]) summaries.set(entity.id, members.toSummary(entity as Parameters<typeof members.toSummary>[0]));
  for (const item of plan?.items ?? []) for (const { id, ...entity } of [...item.lead, ...item.contributors]) summaries.set(id, entity);
  const pledgeTitles = new Map(scope.pledges.map((pledge) => [pledge.id, pledge.title]));
  const itemById = new Map((plan?.items ?? []).map((item) => [item.id, item]));
  const entities = entityIds
    .flatMap((id) => {
      const summary = summaries.get(id);
      return summary ? [{ ...summary, id }] : [];
    })
    .sort((a, b) => a.acronym.localeCompare(b.acronym))
    .map((entity): EntityCompleteness => {
      const own = rows.filter((row) => row.entity_id === entity.id);
      const expected = leaves.flatMap((item): ExpectedReport[] => {
        const role = item.lead.some((lead) => lead.id === entity.id) ? 'lead' : item.contributors.some((contributor) => contributor.id === entity.id) ? 'contributor' : null;
        if (!role) return [];
        const update = own.find((row) => row.plan_item_id === item.id);
        return [{ item: { id: item.id, code: item.code, title: item.title }, role, update: update ? { id: update.id, state: update.state } : null }];
      });
      const expectedIds = new Set(expected.map((entry) => entry.item.id));
      const other = own
        .filter((row) => row.plan_item_id === null || !expectedIds.has(row.plan_item_id))
        .map((row) => {
          const item = row.plan_item_id ? itemById.get(row.plan_item_id) : undefined;
          return { id: row.id, state: row.state, target: item ? `${item.code} ${item.title}` : (pledgeTitles.get(row.pledge_id ?? 0) ?? '') };
        });
      const counts = { draft: 0, submitted: 0, accepted: 0, returned: 0 } as Record<UpdateState, number>;
      for (const row of own) counts[row.state] += 1;
      const complete = expected.every((entry) => entry.update !== null && handedIn.includes(entry.update.state)) && own.some((row) => handedIn.includes(row.state));
      return { entity, expected, other, counts, complete };
    });
  const summary = plan ? (({ items: _items, ...rest }) => rest)(plan) : null;
  return { period, plan: summary, entities, completeCount: entities.filter((entry) => entry.complete).length, pending: entities.filter((entry) => !entry.complete).map((entry) => entry.entity) };
}

export const reminderDaysBefore = 7;

export interface ReminderResult {
  periods: { id: number; label: string; year: number; deadline: string }[];
  sent: { email: string; entity: string; period: string }[];
  /** Reminders not sent again: the person had one for that period already. */
  alreadySent: number;
}

/**
 * Mails the focal points of every organization that has not handed in its reports, for each open
 * period whose deadline is at most 7 days away. Each person gets one reminder per period, ever: the
 * reminder is recorded and its mail queued in one transaction (the outbox retries a failed send).
 */
export async function sendReminders(deps: Deps, actor: Actor | null): Promise<ReminderResult> {
  authorize(actor, 'progress.remind');
  const now = deps.clock.now();
  const today = isoDay(now);
  const until = isoDay(new Date(now.getTime() + reminderDaysBefore * 24 * 60 * 60 * 1000));
  const due = await repo.listPeriodsDueBetween(deps.db, today, until);
  const result: ReminderResult = { periods: due.map((period) => ({ id: period.id, label: period.label, year: period.year, deadline: period.deadline })), sent: [], alreadySent: 0 };
  for (const period of due) {
    const status = await completeness(deps, period.id);
    const pendingIds = status.pending.map((entity) => entity.id);
    const recipients = await accounts.listRecipients(deps, 'focal_point', pendingIds);
    await deps.db.transaction().execute(async (trx) => {
      for (const recipient of recipients) {
        if (recipient.entityId === null) continue;
        const recorded = await repo.recordReminder(trx, { period_id: period.id, account_id: recipient.accountId, entity_id: recipient.entityId, sent_at: now });
        if (!recorded) {
          result.alreadySent += 1;
          continue;
        }
        const entity = status.pending.find((candidate) => candidate.id === recipient.entityId)?.acronym ?? '';
        await audit.record(trx, now, { actor, action: 'remind', table: 'progress_reminders', recordId: `${period.id}:${recipient.accountId}`, entityId: recipient.entityId, after: { period: period.label, email: recipient.email } });
        await mail.queueMail(deps, reminderMail(deps, { to: recipient.email, name: recipient.name, locale: recipient.locale, entity, period }), trx);
        result.sent.push({ email: recipient.email, entity, period: period.label });
      }
    });
  }
  return result;
}

/** The reminder, in the recipient's language (English when they chose none). */
function reminderMail(deps: Deps, reminder: { to: string; name: string; locale: Locale | null; entity: string; period: repo.PeriodRow }): mail.OutgoingMessage {
  const { period } = reminder;
  const t = translator(reminder.locale ?? 'en');
  const params = { name: reminder.name, entity: reminder.entity, period: period.label, deadline: period.deadline, link: `${deps.config.publicUrl}/progress/report` };
  return { to: reminder.to, subject: t('mail.reminder.subject', params), text: t('mail.reminder.body', params) };
}

// ---- what other pages show ----

export interface EntityContributions {
  year: number;
  items: PlanItemLink[];
  /** Accepted updates of the year; null when the person may not read progress (the public). */
  updates: ProgressUpdate[] | null;
  /** The pledges of a term the organization co-chairs. */
  pledges: Pick<Pledge, 'id' | 'title'>[];
}

/** What the member page shows of an organization's part in the plan: `chaired` is the years it co-chairs. */
export async function entityContributions(deps: Deps, actor: Actor | null, entityId: number, year: number, chaired: number[]): Promise<EntityContributions> {
  return readContributions(deps, actor, entityId, year, chaired);
}

/** What the member page shows, in the year pages open on (defaultYear): two statements, one without the right to read progress. */
export async function memberContributions(deps: Deps, actor: Actor | null, entityId: number, chaired: number[]): Promise<EntityContributions> {
  return readContributions(deps, actor, entityId, null, chaired);
}

async function readContributions(deps: Deps, actor: Actor | null, entityId: number, year: number | null, chaired: number[]): Promise<EntityContributions> {
  const row = await repo.findContributions(deps.db, entityId, year, deps.clock.now().getUTCFullYear(), chaired);
  const items = row.items.map(({ leads, ...item }): PlanItemLink => ({ item, role: leads ? 'lead' : 'contributor' }));
  let updates: ProgressUpdate[] | null = null;
  if (can(actor, 'progress.read')) {
    const filter = { periodIds: row.period_ids, entityId, states: ['accepted' as const] };
    updates = row.period_ids.length === 0 ? [] : toProgressUpdates(deps, await repo.listUpdatesWithDetails(deps.db, filter, 20, 0));
  }
  return { year: row.year, items, updates, pledges: row.pledges };
}

/**
 * The year pages open on: the latest year up to now that has a reporting period (the cycle people are
 * working in, or just closed), else the current year.
 */
export async function defaultYear(deps: Deps): Promise<number> {
  const now = deps.clock.now().getUTCFullYear();
  return (await repo.listReportingYears(deps.db)).find((year) => year <= now) ?? now;
}

/** The years the dashboard offers: those with reporting periods, and the current one. */
export async function dashboardYears(deps: Deps): Promise<number[]> {
  const years = new Set(await repo.listReportingYears(deps.db));
  years.add(deps.clock.now().getUTCFullYear());
  return [...years].sort((a, b) => b - a);
}


// ---- sample data ----

export interface SampleProgress {
  year: number;
  pledges: { priority: number; items: string[]; status: ProgressStatus; note: string }[];
  period: { label: string; kind: 'yearly' | 'half_yearly'; opensOn: string; deadline: string };
  /** The days the sample updates say they were filed and accepted (not the day the seed runs). */
  filedOn: string;
  reviewedOn: string;
  updates: {
    entity: string;
    item: string;
    status: ProgressStatus;
    narrative: string;
    values: Record<string, number | string>;
    links?: { url: string; title: string }[];
  }[];
}

/**
 * Loads the sample pledges (one per priority of the term), a reporting period and accepted sample
 * updates, all marked as sample data. What exists already is left alone: a second run adds nothing.
 */
export async function loadSampleProgress(deps: Deps, actor: Actor, data: SampleProgress): Promise<number> {
  const termId = await governance.termIdOf(deps, data.year);
  const plan = await plans.findPlanForYear(deps, data.year);
  if (termId === null || !plan) throw new Error(`Sample progress for ${data.year} needs its term and a plan covering the year.`);
  const priorities = await governance.listPriorities(deps, data.year);
  const itemByCode = new Map(plan.items.map((item) => [item.code, item]));
  const entityIds = await members.entityIdsByAcronym(deps, data.updates.map((update) => update.entity));
  const now = deps.clock.now();
  const label = `${actor.name} (sample data)`;
  const filedAt = new Date(`${data.filedOn}T09:00:00Z`);
  const reviewedAt = new Date(`${data.reviewedOn}T09:00:00Z`);
  return deps.db.transaction().execute(async (trx) => {
    let inserted = 0;
    if ((await repo.listPledgesOfTerm(trx, termId)).length === 0) {
      for (const [index, sample] of data.pledges.entries()) {
        const priority = priorities.find((candidate) => candidate.position === sample.priority);
        if (!priority) throw new Error(`Sample pledge ${index + 1} names priority ${sample.priority}, which ${data.year} does not have.`);
        const pledge = await repo.insertPledge(trx, {
          term_id: termId,
          priority_id: priority.id,
          position: index + 1,
          title: priority.title,
          description: null,
          progress_status: sample.status,
          progress_note: sample.note,
          is_sample: true,
          created_at: now,
          updated_at: now,
        });
        const itemIds = sample.items.map((code) => {
          const item = itemByCode.get(code);
          if (!item) throw new Error(`Sample pledge ${index + 1} names item ${code}, which the plan does not have.`);
          return item.id;
        });
        await repo.replacePledgeItems(trx, pledge.id, itemIds);
        await audit.record(trx, now, { actor, action: 'seed', table: 'pledges', recordId: pledge.id, after: pledge });
        inserted++;
      }
    }
    let period = await repo.findPeriodByLabel(trx, data.year, data.period.label);
    if (!period) {
      period = await repo.insertPeriod(trx, { year: data.year, label: data.period.label, kind: data.period.kind, opens_on: data.period.opensOn, deadline: data.period.deadline, is_sample: true, created_at: now, updated_at: now });
      await audit.record(trx, now, { actor, action: 'seed', table: 'reporting_periods', recordId: period.id, after: period });
      inserted++;
    }
    for (const sample of data.updates) {
      const item = itemByCode.get(sample.item);
      const entityId = entityIds.get(sample.entity);
      if (!item || entityId === undefined) throw new Error(`Sample update of ${sample.entity} on ${sample.item}: unknown organization or item.`);
      const row = await repo.insertUpdateIfMissing(trx, {
        period_id: period.id,
        entity_id: entityId,
        plan_item_id: item.id,
        pledge_id: null,
        state: 'accepted',
        status: sample.status,
        narrative: sample.narrative,
        submitted_at: filedAt,
        reviewed_at: reviewedAt,
        reviewed_by_label: label,
        author_label: label,
        is_sample: true,
        created_at: filedAt,
        updated_at: reviewedAt,
      });
      if (!row) continue;
      const values = Object.entries(sample.values).map(([name, value]) => {
        const indicator = item.indicators.find((candidate) => candidate.name === name);
        if (!indicator) throw new Error(`Sample update of ${sample.entity} on ${sample.item}: no indicator "${name}".`);
        return { indicatorId: indicator.id, value: Number(value) };
      });
      await repo.replaceLinks(trx, row.id, sample.links ?? [], now);
      await repo.replaceValues(trx, row.id, data.year, values);
      const evidence = await repo.listEvidence(trx, [row.id]);
      await repo.insertUpdateVersion(trx, { update_id: row.id, number: row.version, action: 'seed', state: row.state, snapshot: JSON.stringify(snapshotOf(row, evidence, values)), actor_label: label, created_at: reviewedAt });
      await audit.record(trx, now, { actor, action: 'seed', table: 'progress_updates', recordId: row.id, entityId, after: row });
      inserted++;
    }
    return inserted;
  });
}

// ---- the dashboard ----

export interface DashboardFilter extends ProgressFilter {
  entity: (MemberSummary & { id: number }) | null;
  priority: Pledge | null;
}

/** Resolves the dashboard's query (year, organization by acronym, priority area by pledge id); a bad value is a field error. */
export async function resolveFilter(deps: Deps, actor: Actor | null, query: { year?: number | undefined; entity?: string | undefined; priority?: number | undefined }): Promise<DashboardFilter> {
  authorize(actor, 'progress.read');
  const year = query.year ?? (await defaultYear(deps));
  return filterIn(deps, query, year, () => listPledges(deps, year));
}

/** The dashboard's filter in a year whose pledges `pledgesOf` gives. */
async function filterIn(deps: Deps, query: { entity?: string | undefined; priority?: number | undefined }, year: number, pledgesOf: () => Promise<Pledge[]>): Promise<DashboardFilter> {
  let entity: DashboardFilter['entity'] = null;
  if (query.entity) {
    const id = (await members.entityIdsByAcronym(deps, [query.entity])).get(query.entity);
    const summary = id === undefined ? undefined : (await members.summariesByIds(deps, [id])).get(id);
    if (id === undefined || !summary) throw new AppError('VALIDATION', localized('raised.entity.unknown.summary', { entity: String(query.entity) }), { fields: [{ field: 'entity', message: localized('raised.unknownOrganization') }] });
    entity = { ...summary, id };
  }
  let priority: Pledge | null = null;
  if (query.priority !== undefined) {
    priority = (await pledgesOf()).find((pledge) => pledge.id === query.priority) ?? null;
    if (!priority) throw new AppError('VALIDATION', localized('raised.priority.unknown.summary', { year: String(year) }), { fields: [{ field: 'priority', message: localized('raised.priority.unknown', { year: String(year) }) }] });
  }
  return { year, entityId: entity?.id, priorityId: priority?.id, entity, priority };
}

export interface Dashboard {
  filter: DashboardFilter;
  years: number[];
  entities: (MemberSummary & { id: number })[];
  pledges: Pledge[];
  plan: PlanSummary | null;
  status: StatusSummary;
  indicators: IndicatorSeries[];
  updates: UpdatePage;
}

export const dashboardPageSize = 50;

export async function loadDashboard(deps: Deps, actor: Actor | null, query: { year?: number | undefined; entity?: string | undefined; priority?: number | undefined; page: number }): Promise<Dashboard> {
  authorize(actor, 'progress.read');
  const scope = await scopeOf(deps, query.year ?? null);
  const filter = await filterIn(deps, query, scope.year, async () => scope.pledges);
  const { plan, pledges } = scope;
  const years = [...new Set([...scope.reportingYears, deps.clock.now().getUTCFullYear()])].sort((a, b) => b - a);
  const [{ status, indicators }, updates, entities] = await Promise.all([
    figuresOf(deps, filter, scope),
    listAcceptedUpdates(deps, { ...filter, limit: dashboardPageSize, offset: (query.page - 1) * dashboardPageSize }, scope),
    reportingEntities(deps),
  ]);
  const summary = plan ? (({ items: _items, ...rest }) => rest)(plan) : null;
  return { filter, years, entities, pledges, plan: summary, status, indicators, updates };
}

/** The organizations a filter offers: current members, by acronym. */
export async function reportingEntities(deps: Deps): Promise<(MemberSummary & { id: number })[]> {
  return members.listMemberOrganizations(deps);
}

/** What the dashboard's figures are drawn from, for a filter: the status counts and the indicator series. */
export async function figureData(deps: Deps, filter: ProgressFilter): Promise<{ status: StatusSummary; indicators: IndicatorSeries[] }> {
  return figuresOf(deps, filter, await scopeOf(deps, filter.year));
}

/** Everything the exports hold for a filter: the accepted updates (all of them, up to the read limit) and the indicator series. */
export const exportBatchSize = 1000;

export interface ProgressExport {
  filter: DashboardFilter;
  /** The accepted updates, newest first, read afresh in batches at each call. */
  updates: () => AsyncGenerator<ProgressUpdate[]>;
}

/** What the exports write: the person's right to read progress is checked here, before any byte. */
export async function exportData(deps: Deps, actor: Actor | null, query: { year?: number | undefined; entity?: string | undefined; priority?: number | undefined }, batchSize = exportBatchSize): Promise<ProgressExport> {
  const filter = await resolveFilter(deps, actor, query);
  return { filter, updates: () => acceptedUpdateBatches(deps, filter, batchSize) };
}

/**
 * Accepted updates in batches, each starting after the last update of the one before: memory stays
 * the same however many there are, and the database is free for others between batches.
 */
async function* acceptedUpdateBatches(deps: Deps, filter: ProgressFilter, batchSize: number): AsyncGenerator<ProgressUpdate[]> {
  const query = updateFilter(await scopeOf(deps, filter.year), filter, ['accepted']);
  let after: repo.UpdateCursor | null = null;
  for (;;) {
    const rows = await repo.listUpdatesAfter(deps.db, query, after, batchSize);
    if (rows.length > 0) yield await hydrateUpdates(deps, rows);
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    after = { updatedAt: last.cursor_at, id: last.id };
  }
}

// ---- pages of the workspace (each checks that the person may read progress) ----

export async function pledgesForReading(deps: Deps, actor: Actor | null, year: number): Promise<{ pledges: Pledge[]; cochairs: MemberSummary[]; priorities: { id: number; title: string }[]; filingPeriodId: number | null }> {
  authorize(actor, 'progress.read');
  const [pledges, terms, periods] = await Promise.all([listPledges(deps, year), governance.listTermsWithPriorities(deps), listPeriods(deps, year)]);
  const term = terms.find((candidate) => candidate.year === year);
  const filing = periods.find((period) => period.phase === 'open' || period.phase === 'overdue');
  const cochairs = term && term.chairs.length > 0 ? term.chairs : [];
  return { pledges, cochairs, priorities: (term?.priorities ?? []).map((priority) => ({ id: priority.id, title: priority.title })), filingPeriodId: filing?.id ?? null };
}

export async function periodsForReading(deps: Deps, actor: Actor | null): Promise<Period[]> {
  authorize(actor, 'progress.read');
  return listPeriods(deps);
}

/** A period's page: who has reported, and (for those who review) the updates waiting for review. */
export async function periodOverview(deps: Deps, actor: Actor | null, id: number): Promise<{ completeness: Completeness; awaitingReview: ProgressUpdate[] }> {
  authorize(actor, 'progress.read');
  const status = await completeness(deps, id);
  const mayReview = can(actor, 'progress.review', { year: status.period.year });
  const waiting = mayReview ? toProgressUpdates(deps, await repo.listUpdatesWithDetails(deps.db, { periodIds: [id], states: ['submitted'] }, 200, 0)) : [];
  return { completeness: status, awaitingReview: waiting };
}
