/**
 * The dashboard (its filter, figures and exports), the workspace's pages on pledges and periods, and
 * what the member page shows of an organization's part in the plan.
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import type { Rights } from '../../policy/rights';
import * as governance from '../governance/governance.service';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import type { PlanItemLink, PlanSummary } from './plan.service';
import type { Period, Pledge, ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';
import * as periodsRepo from './progress.periods.repository';
import * as documentsRepo from './progress.documents.repository';
import { localized } from '../../lib/i18n';
import { type Completeness, completeness, listPeriods } from './progress.periods.service';
import { listPledges } from './progress.pledges.service';
import { type ProgressFilter, hydrateUpdates, scopeOf, toProgressUpdates, updateFilter } from './progress.read.service';
import { type IndicatorSeries, type StatusSummary, type UpdatePage, figuresOf, listAcceptedUpdates } from './progress.statistics.service';

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
  const row = await documentsRepo.findContributions(deps.db, entityId, year, deps.clock.now().getUTCFullYear(), chaired);
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
  return (await periodsRepo.listReportingYears(deps.db)).find((year) => year <= now) ?? now;
}

/** The years the dashboard offers: those with reporting periods, and the current one. */
export async function dashboardYears(deps: Deps): Promise<number[]> {
  const years = new Set(await periodsRepo.listReportingYears(deps.db));
  years.add(deps.clock.now().getUTCFullYear());
  return [...years].sort((a, b) => b - a);
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
    if (id === undefined || !summary)
      throw new AppError('VALIDATION', localized('raised.entity.unknown.summary', { entity: String(query.entity) }), {
        fields: [{ field: 'entity', message: localized('raised.unknownOrganization') }],
      });
    entity = { ...summary, id };
  }
  let priority: Pledge | null = null;
  if (query.priority !== undefined) {
    priority = (await pledgesOf()).find((pledge) => pledge.id === query.priority) ?? null;
    if (!priority)
      throw new AppError('VALIDATION', localized('raised.priority.unknown.summary', { year: String(year) }), {
        fields: [{ field: 'priority', message: localized('raised.priority.unknown', { year: String(year) }) }],
      });
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
  rights: Rights<'file'>;
}

/** A focal point files progress for their own organization. */
function mayFile(actor: Actor | null): boolean {
  return can(actor, 'progress.file', { entityId: actor?.entityId });
}

export const dashboardPageSize = 50;

export async function loadDashboard(
  deps: Deps,
  actor: Actor | null,
  query: { year?: number | undefined; entity?: string | undefined; priority?: number | undefined; page: number },
): Promise<Dashboard> {
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
  return { filter, years, entities, pledges, plan: summary, status, indicators, updates, rights: { file: mayFile(actor) } };
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
export async function exportData(
  deps: Deps,
  actor: Actor | null,
  query: { year?: number | undefined; entity?: string | undefined; priority?: number | undefined },
  batchSize = exportBatchSize,
): Promise<ProgressExport> {
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

/** The pledges page of a year: the pledges, the co-chairs and priorities, the period open for filing, and what the viewer may do. */
export interface PledgesPageModel {
  pledges: Pledge[];
  cochairs: MemberSummary[];
  priorities: { id: number; title: string }[];
  filingPeriodId: number | null;
  rights: Rights<'manage' | 'file'>;
}

export async function pledgesForReading(deps: Deps, actor: Actor | null, year: number): Promise<PledgesPageModel> {
  authorize(actor, 'progress.read');
  const [pledges, terms, periods] = await Promise.all([listPledges(deps, year), governance.listTermsWithPriorities(deps), listPeriods(deps, year)]);
  const term = terms.find((candidate) => candidate.year === year);
  const filing = periods.find((period) => period.phase === 'open' || period.phase === 'overdue');
  const cochairs = term && term.chairs.length > 0 ? term.chairs : [];
  return {
    pledges,
    cochairs,
    priorities: (term?.priorities ?? []).map((priority) => ({ id: priority.id, title: priority.title })),
    filingPeriodId: filing?.id ?? null,
    rights: { manage: can(actor, 'progress.pledge.manage', { year }), file: mayFile(actor) },
  };
}

/** The reporting periods, the year a new one is for by default, and whether the viewer may open one (this year's or next). */
export interface PeriodsPageModel {
  periods: Period[];
  defaultYear: number;
  rights: Rights<'create'>;
}

export async function periodsForReading(deps: Deps, actor: Actor | null): Promise<PeriodsPageModel> {
  authorize(actor, 'progress.read');
  const year = deps.clock.now().getUTCFullYear();
  const create = can(actor, 'progress.period.manage', { year }) || can(actor, 'progress.period.manage', { year: year + 1 });
  return { periods: await listPeriods(deps), defaultYear: year, rights: { create } };
}

/** A period's page: who has reported, the updates waiting for review (for those who review), and what the viewer may do with the period. */
export interface PeriodPageModel {
  completeness: Completeness;
  awaitingReview: ProgressUpdate[];
  rights: Rights<'lock' | 'reopen' | 'import'>;
}

export async function periodOverview(deps: Deps, actor: Actor | null, id: number): Promise<PeriodPageModel> {
  authorize(actor, 'progress.read');
  const status = await completeness(deps, id);
  const { period } = status;
  const mayReview = can(actor, 'progress.review', { year: period.year });
  const waiting = mayReview ? toProgressUpdates(deps, await repo.listUpdatesWithDetails(deps.db, { periodIds: [id], states: ['submitted'] }, 200, 0)) : [];
  return {
    completeness: status,
    awaitingReview: waiting,
    rights: {
      lock: period.phase !== 'locked' && can(actor, 'progress.period.manage', { year: period.year }),
      reopen: period.phase === 'locked' && can(actor, 'progress.period.reopen', { year: period.year }),
      import: period.phase !== 'locked' && period.phase !== 'upcoming' && can(actor, 'progress.import'),
    },
  };
}
