/** The shapes the progress services return, and the small rules they share (period phase, item coverage). */
import { isoDay } from '../../lib/clock';
import type { MemberSummary } from '../members/members.schemas';
import type { Plan, PlanItem } from './plan.service';
import type { PledgeRow } from './progress.pledges.repository';
import type { EvidenceRow, PeriodRow, UpdateRow, UpdateVersionRow } from './progress.repository';
import { progressStatuses, type IndicatorType, type PeriodKind, type ProgressStatus, type UpdateSnapshot, type UpdateState } from './progress.table';

/** upcoming: not yet open; open: filing; overdue: past the deadline, still filing until the lock; locked. */
export type PeriodPhase = 'upcoming' | 'open' | 'overdue' | 'locked';

export interface Period {
  id: number;
  year: number;
  label: string;
  kind: PeriodKind;
  opensOn: string;
  deadline: string;
  lockedAt: Date | null;
  phase: PeriodPhase;
  isSample: boolean;
  version: number;
}

export function toPeriod(row: PeriodRow, now: Date): Period {
  const today = isoDay(now);
  const phase: PeriodPhase = row.locked_at ? 'locked' : today < row.opens_on ? 'upcoming' : today > row.deadline ? 'overdue' : 'open';
  return {
    id: row.id,
    year: row.year,
    label: row.label,
    kind: row.kind,
    opensOn: row.opens_on,
    deadline: row.deadline,
    lockedAt: row.locked_at,
    phase,
    isSample: row.is_sample,
    version: row.version,
  };
}

/** The field of an indicator's value in the update form. */
export function indicatorField(indicatorId: number): string {
  return `indicator_${indicatorId}`;
}

export function acceptsFiling(period: Period): boolean {
  return period.phase === 'open' || period.phase === 'overdue';
}

export interface ItemRef {
  id: number;
  code: string;
  title: string;
}

export interface Pledge {
  id: number;
  year: number;
  position: number;
  title: string;
  description: string | null;
  priority: { id: number; title: string } | null;
  items: ItemRef[];
  /** The co-chairs' own progress on the pledge. */
  progressStatus: ProgressStatus | null;
  progressNote: string | null;
  isSample: boolean;
  version: number;
  updatedAt: Date;
}

export function toPledge(row: PledgeRow, year: number, items: ItemRef[], priority: Pledge['priority']): Pledge {
  return {
    id: row.id,
    year,
    position: row.position,
    title: row.title,
    description: row.description,
    priority,
    items,
    progressStatus: row.progress_status,
    progressNote: row.progress_note,
    isSample: row.is_sample,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export interface UpdateTarget {
  kind: 'item' | 'pledge';
  id: number;
  /** The plan item's code (1.2.3); null for a pledge. */
  code: string | null;
  title: string;
}

export interface Evidence {
  id: number;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
}

export interface IndicatorValue {
  indicatorId: number;
  name: string;
  unit: string;
  type: IndicatorType;
  value: number;
}

export interface ProgressUpdate {
  id: number;
  period: Period;
  entity: MemberSummary & { id: number };
  target: UpdateTarget;
  state: UpdateState;
  status: ProgressStatus;
  narrative: string;
  reviewComment: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  author: string;
  isSample: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  evidence: Evidence[];
  values: IndicatorValue[];
}

export interface UpdateVersion {
  number: number;
  action: string;
  state: UpdateState;
  actor: string;
  at: Date;
  snapshot: UpdateSnapshot;
}

export function toVersion(row: UpdateVersionRow): UpdateVersion {
  return { number: row.number, action: row.action, state: row.state, actor: row.actor_label, at: row.created_at, snapshot: row.snapshot };
}

export function toEvidence(row: EvidenceRow): Evidence {
  return { id: row.id, kind: row.kind, title: row.title, url: row.url, mimeType: row.mime_type, sizeBytes: row.size_bytes };
}

export function snapshotOf(row: UpdateRow, evidence: EvidenceRow[], values: { indicatorId: number; value: number }[]): UpdateSnapshot {
  return {
    status: row.status,
    narrative: row.narrative,
    reviewComment: row.review_comment,
    evidence: evidence.map((item) => ({ kind: item.kind, title: item.title, url: item.url })),
    values,
  };
}

export function emptyCounts(): Record<ProgressStatus, number> {
  return Object.fromEntries(progressStatuses.map((status) => [status, 0])) as Record<ProgressStatus, number>;
}

/** The ids of an item and all items under it. */
export function itemAndDescendants(plan: Plan, itemIds: number[]): Set<number> {
  const covered = new Set(itemIds);
  for (const item of plan.items) {
    // Items come in code order, so a parent is always seen before its children.
    if (item.parentId !== null && covered.has(item.parentId)) covered.add(item.id);
  }
  return covered;
}

/** The objective an item belongs to (itself when it is one). */
export function objectiveOf(plan: Plan, itemId: number): PlanItem | null {
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  let item = byId.get(itemId);
  while (item && item.parentId !== null) item = byId.get(item.parentId);
  return item ?? null;
}
