/** The focal point's work list: per filing period, what their organization is expected to report and where each stands. */
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as plans from './plan.service';
import { acceptsFiling, toPeriod, type Period, type UpdateTarget } from './progress.model';
import * as repo from './progress.repository';
import * as periodsRepo from './progress.periods.repository';
import { listPledges } from './progress.service';
import type { UpdateState } from './progress.table';

// ---- the focal point's work list ----

export interface WorkItem {
  target: UpdateTarget;
  role: 'lead' | 'contributor' | null;
  update: { id: number; state: UpdateState; status: string } | null;
}

export interface ReportingList {
  period: Period;
  /** The plan items that name the organization. */
  assigned: WorkItem[];
  /** Its other updates in the period. */
  other: WorkItem[];
  /** Everything it may report on, for the "report on something else" choice. */
  choices: { value: string; label: string }[];
}

/** For a focal point: each period open for filing, what their organization is asked to report on and where each stands. */
export async function reportingLists(deps: Deps, actor: Actor | null): Promise<ReportingList[]> {
  authorize(actor, 'progress.file', { entityId: actor?.entityId });
  const entityId = actor.entityId as number;
  const now = deps.clock.now();
  const periods = (await periodsRepo.listPeriods(deps.db)).map((row) => toPeriod(row, now)).filter(acceptsFiling);
  const lists: ReportingList[] = [];
  for (const period of periods) {
    const [plan, pledges, rows] = await Promise.all([plans.findPlanForYear(deps, period.year), listPledges(deps, period.year), repo.listUpdates(deps.db, { periodIds: [period.id], entityId })]);
    const items = (plan?.items ?? []).filter((item) => !item.retired);
    const updateOf = (kind: 'item' | 'pledge', targetId: number) => {
      const row = rows.find((candidate) => (kind === 'item' ? candidate.plan_item_id : candidate.pledge_id) === targetId);
      return row ? { id: row.id, state: row.state, status: row.status } : null;
    };
    const assigned: WorkItem[] = items.flatMap((item): WorkItem[] => {
      const role = item.lead.some((entity) => entity.id === entityId) ? 'lead' : item.contributors.some((entity) => entity.id === entityId) ? 'contributor' : null;
      return role ? [{ target: { kind: 'item', id: item.id, code: item.code, title: item.title }, role, update: updateOf('item', item.id) }] : [];
    });
    const assignedIds = new Set(assigned.map((work) => work.target.id));
    const other: WorkItem[] = rows
      .filter((row) => (row.plan_item_id !== null && !assignedIds.has(row.plan_item_id)) || row.pledge_id !== null)
      .map((row) => {
        const item = items.find((candidate) => candidate.id === row.plan_item_id);
        const pledge = pledges.find((candidate) => candidate.id === row.pledge_id);
        const target: UpdateTarget = item ? { kind: 'item', id: item.id, code: item.code, title: item.title } : { kind: 'pledge', id: pledge?.id ?? 0, code: null, title: pledge?.title ?? '' };
        return { target, role: null, update: { id: row.id, state: row.state, status: row.status } };
      });
    const choices = [...items.map((item) => ({ value: `item:${item.id}`, label: `${item.code} ${item.title}` })), ...pledges.map((pledge) => ({ value: `pledge:${pledge.id}`, label: pledge.title }))];
    lists.push({ period, assigned, other, choices });
  }
  return lists;
}
