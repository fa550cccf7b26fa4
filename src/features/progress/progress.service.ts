/**
 * Progress: the co-chairs' pledges, reporting periods, and what the accepted progress updates add up
 * to. Filing and reviewing updates is in updates.service.ts; the plan itself in plan.service.ts.
 * This file is the feature's public face: the work is in one file per use case, re-exported here.
 *
 *   progress.read.service.ts        updates read whole, and the year's scope the dashboard's reads share
 *   progress.pledges.service.ts     the co-chairs' pledges and their own progress on them
 *   progress.periods.service.ts     reporting periods, who has reported in one, and the reminders
 *   progress.statistics.service.ts  what accepted updates add up to: counts, indicator series, plan status
 *   progress.dashboard.service.ts   the dashboard, its exports, the workspace's pages, the member page's part
 *   progress.seed.ts                the sample pledges, period and updates `icat seed` loads
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

export { actorLabel, findUpdateWithRow, hydrateUpdates, periodFromJson, toProgressUpdates } from './progress.read.service';
export { createPledge, getPledge, listPledges, stalePledge, updatePledgeProgress } from './progress.pledges.service';
export { type Completeness, completeness, createPeriod, getPeriod, listPeriods, lockPeriod, reopenPeriod, sendReminders } from './progress.periods.service';
export { type IndicatorSeries, indicatorSeries, listAcceptedUpdates, type StatusRow } from './progress.statistics.service';
export {
  type Dashboard,
  type DashboardFilter,
  dashboardPageSize,
  defaultYear,
  type EntityContributions,
  exportData,
  figureData,
  loadDashboard,
  memberContributions,
  periodOverview,
  type PeriodPageModel,
  periodsForReading,
  type PeriodsPageModel,
  pledgesForReading,
  type PledgesPageModel,
  resolveFilter,
} from './progress.dashboard.service';
export { loadSampleProgress, type SampleProgress } from './progress.seed';

export type { Period, Pledge, ProgressUpdate } from './progress.model';
