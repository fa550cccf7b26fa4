import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, RequiredTimestamp, Timestamp } from '../../db/columns';

export const planLevels = ['objective', 'output', 'activity'] as const;
export type PlanLevel = (typeof planLevels)[number];
export const indicatorTypes = ['number', 'percentage', 'yes_no'] as const;
export type IndicatorType = (typeof indicatorTypes)[number];
export const directions = ['up', 'down'] as const;
export type Direction = (typeof directions)[number];
export const progressStatuses = ['not_started', 'on_track', 'delayed', 'achieved', 'discontinued'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];
export const updateStates = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type UpdateState = (typeof updateStates)[number];
export const periodKinds = ['yearly', 'half_yearly'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface PlansTable {
  id: Generated<number>;
  key: string;
  title: string;
  period_start: number;
  period_end: number;
  /** A date, possibly partial ("2020"), as the source gives it. */
  endorsed_on: string | null;
  /** The meeting that endorsed the plan, until the meetings feature links it. */
  endorsed_by: string | null;
  note: string | null;
  is_sample: Generated<boolean>;
  /** The plan's version number: each import or edit adds one. */
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanVersionsTable {
  id: Generated<number>;
  plan_id: number;
  number: number;
  /** The plan as YAML, as it was imported or saved. */
  source: string;
  note: string | null;
  created_by_label: string;
  created_at: Timestamp;
}

export interface PlanItemsTable {
  id: Generated<number>;
  plan_id: number;
  parent_id: number | null;
  level: PlanLevel;
  code: string;
  title: string;
  description: string | null;
  position: number;
  /** Set when a later version of the plan dropped the item; updates on it are kept. */
  retired_in_version: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanItemEntitiesTable {
  item_id: number;
  entity_id: number;
  role: 'lead' | 'contributor';
}

export interface IndicatorsTable {
  id: Generated<number>;
  item_id: number;
  name: string;
  unit: string;
  value_type: IndicatorType;
  direction: Direction;
  baseline: number | null;
  baseline_year: number | null;
  position: number;
  retired_in_version: number | null;
}

export interface IndicatorTargetsTable {
  indicator_id: number;
  year: number;
  target: number;
}

export interface PledgesTable {
  id: Generated<number>;
  term_id: number;
  priority_id: number | null;
  position: number;
  title: string;
  description: string | null;
  /** The co-chairs' own progress on the pledge. */
  progress_status: ProgressStatus | null;
  progress_note: string | null;
  is_sample: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PledgeItemsTable {
  pledge_id: number;
  item_id: number;
}

export interface ReportingPeriodsTable {
  id: Generated<number>;
  year: number;
  label: string;
  kind: PeriodKind;
  opens_on: string;
  deadline: string;
  locked_at: NullableTimestamp;
  is_sample: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProgressUpdatesTable {
  id: Generated<number>;
  period_id: number;
  entity_id: number;
  plan_item_id: number | null;
  pledge_id: number | null;
  state: Generated<UpdateState>;
  status: ProgressStatus;
  narrative: Generated<string>;
  review_comment: string | null;
  submitted_at: NullableTimestamp;
  reviewed_at: NullableTimestamp;
  reviewed_by_label: string | null;
  created_by: number | null;
  author_label: string;
  is_sample: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UpdateSnapshot {
  status: ProgressStatus;
  narrative: string;
  reviewComment: string | null;
  evidence: { kind: 'link' | 'file'; title: string; url: string | null }[];
  values: { indicatorId: number; value: number }[];
}

export interface ProgressUpdateVersionsTable {
  id: Generated<number>;
  update_id: number;
  number: number;
  action: string;
  state: UpdateState;
  snapshot: Json<UpdateSnapshot>;
  actor_label: string;
  created_at: RequiredTimestamp;
}

export interface ProgressEvidenceTable {
  id: Generated<number>;
  update_id: number;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  /** For a file: the random name under the uploads directory (src/lib/uploads.ts); title is its original name. */
  stored_name: string | null;
  mime_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  position: number;
  created_at: Timestamp;
}

export interface IndicatorValuesTable {
  id: Generated<number>;
  update_id: number;
  indicator_id: number;
  year: number;
  value: number;
}

export interface ProgressRemindersTable {
  period_id: number;
  account_id: number;
  entity_id: number;
  sent_at: RequiredTimestamp;
}

export interface ProgressTables {
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  plan_items: PlanItemsTable;
  plan_item_entities: PlanItemEntitiesTable;
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  pledges: PledgesTable;
  pledge_items: PledgeItemsTable;
  reporting_periods: ReportingPeriodsTable;
  progress_updates: ProgressUpdatesTable;
  progress_update_versions: ProgressUpdateVersionsTable;
  progress_evidence: ProgressEvidenceTable;
  indicator_values: IndicatorValuesTable;
  progress_reminders: ProgressRemindersTable;
}
