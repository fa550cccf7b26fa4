/**
 * What waits for a person in progress reporting: submitted updates to review (the co-chairs of the
 * period's year, and the secretariat) and updates returned to their organization. Read by "My work".
 */
import type { CountPart, GatherPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import { can } from '../../policy/policy';
import { toPeriod, type Period } from './progress.model';
import * as repo from './progress.repository';
import * as periodsRepo from './progress.periods.repository';
import * as documentsRepo from './progress.documents.repository';
import { periodFromJson, toProgressUpdates } from './progress.service';

const limit = 50;

export interface WaitingUpdate {
  id: number;
  url: string;
  title: string;
  entityAcronym: string;
  period: Period;
  /** The period's deadline ('YYYY-MM-DD'). */
  due: string;
  reviewComment: string | null;
}

export interface ProgressWaiting {
  toReview: WaitingUpdate[];
  returned: WaitingUpdate[];
}

async function waitingUpdates(deps: Deps, periods: Map<number, Period>, filter: repo.UpdateFilter): Promise<WaitingUpdate[]> {
  if (periods.size === 0) return [];
  const updates = toProgressUpdates(deps, await repo.listUpdatesWithDetails(deps.db, { ...filter, periodIds: [...periods.keys()] }, limit, 0));
  return updates
    .map((update) => ({
      id: update.id,
      url: `/progress/updates/${update.id}`,
      title: update.target.code ? `${update.target.code} ${update.target.title}` : update.target.title,
      entityAcronym: update.entity.acronym,
      period: update.period,
      due: update.period.deadline,
      reviewComment: update.reviewComment,
    }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id);
}

/** The reporting periods "My work" starts from, read as a part of the statement that gathers the page. */
export function periodsPart(): GatherPart<repo.PeriodRow[]> {
  return { query: documentsRepo.periodsJsonQuery(), read: (value) => ((value ?? []) as documentsRepo.PeriodJson[]).map(periodFromJson) };
}

/** What waits for the person in these periods (the rows `periodsPart` read). */
export async function progressWaitingIn(deps: Deps, actor: Actor, periods: repo.PeriodRow[]): Promise<ProgressWaiting> {
  const now = deps.clock.now();
  const open = periods.map((row) => toPeriod(row, now)).filter((period) => period.phase !== 'locked');
  const reviewable = new Map(open.filter((period) => can(actor, 'progress.review', { year: period.year })).map((period) => [period.id, period]));
  const ownPeriods = new Map(open.map((period) => [period.id, period]));
  const [toReview, returned] = await Promise.all([
    waitingUpdates(deps, reviewable, { states: ['submitted'] }),
    actor.entityId && can(actor, 'progress.file', { entityId: actor.entityId }) ? waitingUpdates(deps, ownPeriods, { states: ['returned'], entityId: actor.entityId }) : Promise.resolve([]),
  ]);
  return { toReview, returned };
}

/**
 * How many updates wait for the person, as "My work" lists them (each list up to its limit), counted in
 * the statement that gathers the navigation's counts: the rights are the ones above, per period's year.
 */
export function progressWaitingCount(deps: Deps, actor: Actor, kinds: { review: boolean; returned: boolean }): CountPart {
  const entityId = actor.entityId && can(actor, 'progress.file', { entityId: actor.entityId }) ? actor.entityId : null;
  return {
    query: periodsRepo.waitingByPeriodQuery(deps.db, entityId),
    read(value) {
      const periods = (value ?? []) as periodsRepo.PeriodWaitingRow[];
      const toReview = kinds.review ? periods.filter((period) => can(actor, 'progress.review', { year: period.year })).reduce((sum, period) => sum + Number(period.submitted), 0) : 0;
      const returned = kinds.returned && entityId ? periods.reduce((sum, period) => sum + Number(period.returned), 0) : 0;
      return Math.min(toReview, limit) + Math.min(returned, limit);
    },
  };
}
