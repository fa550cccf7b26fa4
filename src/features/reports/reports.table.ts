import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, RequiredTimestamp, Timestamp } from '../../db/columns';
import type { ReportFormat, ReportModel, ReportStatus } from './report.model';
import type { Locale } from '../../lib/i18n';

export type { ReportModel, ReportStatus };

export interface ReportsTable {
  id: Generated<number>;
  year: number;
  status: Generated<ReportStatus>;
  /** The frozen ReportModel while final or published; null while draft. */
  snapshot: Json<ReportModel> | null;
  data_as_of: NullableTimestamp;
  finalized_at: NullableTimestamp;
  published_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportNarrativesTable {
  report_id: number;
  key: string;
  markdown: string;
  /** The language the section is written in; translations are in text_translations. */
  original_language: Generated<Locale>;
  version: Generated<number>;
  updated_by_label: string;
  updated_at: Timestamp;
}

export interface ReportNarrativeVersionsTable {
  id: Generated<number>;
  report_id: number;
  key: string;
  version: number;
  markdown: string;
  saved_by_account_id: number | null;
  saved_by_label: string;
  saved_at: RequiredTimestamp;
}

/** A final report's model frozen in a language other than English (English is reports.snapshot). */
export interface ReportSnapshotsTable {
  report_id: number;
  locale: string;
  model: Json<ReportModel>;
}

export type ReportFileFormat = ReportFormat | 'csv';

export interface ReportFilesTable {
  id: Generated<number>;
  report_id: number;
  name: string;
  format: ReportFileFormat;
  /** The report's language ('en', 'fr', …): one year's files exist side by side in several. */
  locale: Generated<string>;
  /** The stored file with the bytes. */
  stored_name: string | null;
  /** Relative to ICAT_DATA_DIR/reports: files generated before they moved into the database. */
  path: string | null;
  content_type: string;
  size_bytes: number;
  sha256: string;
  report_status: ReportStatus;
  data_as_of: RequiredTimestamp;
  generated_at: RequiredTimestamp;
}

export const jobStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export interface ReportJobsTable {
  id: Generated<number>;
  report_id: number;
  formats: ReportFormat[];
  locale: Generated<string>;
  status: Generated<JobStatus>;
  progress: Generated<number>;
  step: string | null;
  error: string | null;
  requested_by_account_id: number | null;
  requested_by_label: string;
  created_at: RequiredTimestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

export interface ReportsTables {
  reports: ReportsTable;
  report_narratives: ReportNarrativesTable;
  report_narrative_versions: ReportNarrativeVersionsTable;
  report_files: ReportFilesTable;
  report_snapshots: ReportSnapshotsTable;
  report_jobs: ReportJobsTable;
}
