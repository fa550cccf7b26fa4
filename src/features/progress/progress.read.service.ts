/**
 * Progress read whole: an update with its organization, target, evidence and indicator values, and
 * the year's scope (plan, pledges, periods) that the dashboard's reads share.
 */
import { KeptReads } from '../../db/content-version';
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import * as plans from './plan.service';
import type { Plan } from './plan.service';
import { itemAndDescendants, toEvidence, toPeriod, toPledge, type ItemRef, type Pledge, type ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';
import * as documentsRepo from './progress.documents.repository';
import type { IndicatorType, UpdateState } from './progress.table';

export interface ProgressFilter {
  year: number;
  entityId?: number | undefined;
  /** A priority area: one of the term's pledges. */
  priorityId?: number | undefined;
}

export function actorLabel(actor: Actor): string {
  return actor.accountId > 0 ? `${actor.name} <${actor.email}>` : actor.name;
}

export const byItemCode = (a: ItemRef, b: ItemRef) => a.code.localeCompare(b.code, 'en', { numeric: true });

export function pledgeFromJson({ items, priority, ...json }: documentsRepo.PledgeJson, year: number): Pledge {
  const row = { ...json, created_at: new Date(json.created_at), updated_at: new Date(json.updated_at) };
  return toPledge(row, year, [...items].sort(byItemCode), priority);
}

export function periodFromJson(json: documentsRepo.PeriodJson): repo.PeriodRow {
  return { ...json, locked_at: json.locked_at === null ? null : new Date(json.locked_at), created_at: new Date(json.created_at), updated_at: new Date(json.updated_at) };
}

// ---- reading updates ----

export type EntitySummary = MemberSummary & { id: number };

/** Rows to full updates: organization, target, evidence and indicator values (one statement, whatever their number). */
export async function hydrateUpdates(deps: Deps, rows: repo.UpdateRow[]): Promise<ProgressUpdate[]> {
  if (rows.length === 0) return [];
  const now = deps.clock.now();
  const details = new Map(
    (
      await repo.listUpdateDetails(
        deps.db,
        rows.map((row) => row.id),
      )
    ).map((detail) => [detail.id, detail]),
  );
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

export interface Scope {
  year: number;
  /** Every year that has a reporting period, newest first. */
  reportingYears: number[];
  plan: Plan | null;
  pledges: Pledge[];
  periods: repo.PeriodRow[];
  /** Per pledge: the items it covers (its items and everything under them). */
  coverage: Map<number, Set<number>>;
}

/**
 * The year's documents as read (plan, pledges, periods, the years with periods), kept per database
 * while the content stamp stays where it was (src/db/content-version.ts): every dashboard and API
 * read of a year shares one statement until something changes. Each caller parses its own copy.
 */
const keptYearScopes = new KeptReads<documentsRepo.YearScopeRow>();

/** What the dashboard's reads share for a year: read once per page, in one statement, passed to each. */
export async function scopeOf(deps: Deps, requested: number | null): Promise<Scope> {
  const thisYear = deps.clock.now().getUTCFullYear();
  const json = await keptYearScopes.get(deps.db, `${requested ?? 'default'} ${thisYear}`, () => documentsRepo.findYearScope(deps.db, requested, thisYear));
  const year = json.year;
  const plan = json.plan ? plans.planFromJson(json.plan) : null;
  const pledges = json.pledges.map((pledge) => pledgeFromJson(pledge, year));
  const periods = json.periods.map(periodFromJson);
  const coverage = new Map(
    pledges.map((pledge) => [
      pledge.id,
      plan
        ? itemAndDescendants(
            plan,
            pledge.items.map((item) => item.id),
          )
        : new Set<number>(),
    ]),
  );
  return { year, reportingYears: json.years, plan, pledges, periods, coverage };
}

export function updateFilter(scope: Scope, filter: ProgressFilter, states: UpdateState[]): repo.UpdateFilter {
  const base: repo.UpdateFilter = { periodIds: scope.periods.map((period) => period.id), entityId: filter.entityId, states };
  if (filter.priorityId === undefined) return base;
  return { ...base, itemIds: [...(scope.coverage.get(filter.priorityId) ?? [])], pledgeIds: [filter.priorityId] };
}
