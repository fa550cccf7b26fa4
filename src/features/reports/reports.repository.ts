/** Queries of the reports tables: reports, their snapshots in other languages, narratives and versions, generated files and jobs. */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { JobStatus, ReportModel, ReportStatus, ReportFilesTable, ReportJobsTable, ReportNarrativesTable, ReportNarrativeVersionsTable, ReportsTable } from './reports.table';

export type ReportRow = Selectable<ReportsTable>;
export type NarrativeRow = Selectable<ReportNarrativesTable>;
export type FileRow = Selectable<ReportFilesTable>;
export type JobRow = Selectable<ReportJobsTable>;
export type NarrativeVersionRow = Selectable<ReportNarrativeVersionsTable>;

export async function findReport(db: Executor, year: number): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('year', '=', year).executeTakeFirst();
}

/** Of these years, those whose report is past the draft (a year without a report is a draft to come). */
export function yearsPastDraftQuery(db: Executor, years: number[]) {
  return db.selectNoFrom(sql<number[]>`array(select r.year from reports r where r.year = any(${sql.val(years)}::int[]) and r.status <> 'draft')`.as('years'));
}

export async function findReportById(db: Executor, id: number): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The report of a year, created as a draft if there is none yet; locked for the transaction. */
export async function lockOrCreateReport(trx: Executor, year: number, now: Date): Promise<{ row: ReportRow; created: boolean }> {
  const inserted = await trx
    .insertInto('reports')
    .values({ year, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('year').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const row = await trx.selectFrom('reports').selectAll().where('year', '=', year).forUpdate().executeTakeFirstOrThrow();
  return { row, created: false };
}

/** Changes a report only if it is still at the version the change was based on. */
export async function updateReport(trx: Executor, id: number, version: number, values: Updateable<ReportsTable>, now: Date): Promise<ReportRow | undefined> {
  return updateIfVersion(trx, 'reports', id, version, values, now);
}

export const reportListLimit = 100;

export async function listReports(db: Executor, statuses: ReportStatus[]): Promise<Pick<ReportRow, 'id' | 'year' | 'status' | 'data_as_of' | 'published_at' | 'updated_at'>[]> {
  return db.selectFrom('reports').select(['id', 'year', 'status', 'data_as_of', 'published_at', 'updated_at']).where('status', 'in', statuses).orderBy('year', 'desc').limit(reportListLimit).execute();
}

// ---- snapshots in other languages ----

export async function findSnapshot(db: Executor, reportId: number, locale: string): Promise<ReportModel | undefined> {
  const row = await db.selectFrom('report_snapshots').select('model').where('report_id', '=', reportId).where('locale', '=', locale).executeTakeFirst();
  return row?.model;
}

/** Freezes a report's models in other languages, replacing any frozen before. */
/** Each language's frozen model, as JSON text (serialized by the caller before its transaction). */
export async function replaceSnapshots(trx: Executor, reportId: number, models: { locale: string; json: string }[]): Promise<void> {
  await trx.deleteFrom('report_snapshots').where('report_id', '=', reportId).execute();
  if (models.length > 0)
    await trx
      .insertInto('report_snapshots')
      .values(models.map(({ locale, json }) => ({ report_id: reportId, locale, model: json })))
      .execute();
}

export async function deleteSnapshots(trx: Executor, reportId: number): Promise<void> {
  await trx.deleteFrom('report_snapshots').where('report_id', '=', reportId).execute();
}

// ---- narratives ----

export async function listNarratives(db: Executor, reportId: number): Promise<NarrativeRow[]> {
  return db.selectFrom('report_narratives').selectAll().where('report_id', '=', reportId).orderBy('key').execute();
}

export async function lockNarrative(trx: Executor, reportId: number, key: string): Promise<NarrativeRow | undefined> {
  return trx.selectFrom('report_narratives').selectAll().where('report_id', '=', reportId).where('key', '=', key).forUpdate().executeTakeFirst();
}

export async function insertNarrative(trx: Executor, values: Insertable<ReportNarrativesTable>): Promise<NarrativeRow> {
  return trx.insertInto('report_narratives').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertNarrativeVersion(
  trx: Executor,
  values: { report_id: number; key: string; version: number; markdown: string; saved_by_account_id: number | null; saved_by_label: string; saved_at: Date },
): Promise<void> {
  await trx.insertInto('report_narrative_versions').values(values).execute();
}

export const narrativeHistoryLimit = 20;

export async function listNarrativeVersions(db: Executor, reportId: number): Promise<NarrativeVersionRow[]> {
  return db.selectFrom('report_narrative_versions').selectAll().where('report_id', '=', reportId).orderBy('saved_at', 'desc').orderBy('id', 'desc').limit(narrativeHistoryLimit).execute();
}

// ---- files ----

export async function upsertFile(trx: Executor, values: Insertable<ReportFilesTable>): Promise<{ row: FileRow; before: FileRow | undefined }> {
  const before = await trx.selectFrom('report_files').selectAll().where('report_id', '=', values.report_id).where('name', '=', values.name).executeTakeFirst();
  const row = await trx
    .insertInto('report_files')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['report_id', 'name']).doUpdateSet((eb) => ({
        format: eb.ref('excluded.format'),
        locale: eb.ref('excluded.locale'),
        path: eb.ref('excluded.path'),
        stored_name: eb.ref('excluded.stored_name'),
        content_type: eb.ref('excluded.content_type'),
        size_bytes: eb.ref('excluded.size_bytes'),
        sha256: eb.ref('excluded.sha256'),
        report_status: eb.ref('excluded.report_status'),
        data_as_of: eb.ref('excluded.data_as_of'),
        generated_at: eb.ref('excluded.generated_at'),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, before };
}

/** A report has a handful of files: its three documents and one CSV per figure. */
export const fileListLimit = 200;

export async function listFiles(db: Executor, reportId: number): Promise<FileRow[]> {
  return db.selectFrom('report_files').selectAll().where('report_id', '=', reportId).orderBy('format').orderBy('name').limit(fileListLimit).execute();
}

export async function findFile(db: Executor, reportId: number, name: string): Promise<FileRow | undefined> {
  return db.selectFrom('report_files').selectAll().where('report_id', '=', reportId).where('name', '=', name).executeTakeFirst();
}

/** Files generated before they moved into the database: their bytes are still on the disk. */
export async function listFilesOnDisk(db: Executor): Promise<FileRow[]> {
  return db.selectFrom('report_files').selectAll().where('stored_name', 'is', null).where('path', 'is not', null).execute();
}

export async function setFileStoredName(trx: Executor, id: number, storedName: string): Promise<void> {
  await trx.updateTable('report_files').set({ stored_name: storedName, path: null }).where('id', '=', id).execute();
}

export async function deleteFilesNotIn(trx: Executor, reportId: number, names: string[]): Promise<FileRow[]> {
  let query = trx.deleteFrom('report_files').where('report_id', '=', reportId);
  if (names.length > 0) query = query.where('name', 'not in', names);
  return query.returningAll().execute();
}

// ---- jobs ----

export async function insertJob(trx: Executor, values: Insertable<ReportJobsTable>): Promise<JobRow> {
  return trx.insertInto('report_jobs').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findJob(db: Executor, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('report_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function latestJob(db: Executor, reportId: number): Promise<JobRow | undefined> {
  return db.selectFrom('report_jobs').selectAll().where('report_id', '=', reportId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function findOpenJob(db: Executor, reportId: number, locale: string): Promise<JobRow | undefined> {
  return db.selectFrom('report_jobs').selectAll().where('report_id', '=', reportId).where('locale', '=', locale).where('status', 'in', ['queued', 'running']).orderBy('id').limit(1).executeTakeFirst();
}

/** Takes the oldest queued job, if any, and marks it running (one worker takes each job once). */
export async function listOpenJobs(db: Executor): Promise<JobRow[]> {
  return db.selectFrom('report_jobs').selectAll().where('status', 'in', ['queued', 'running']).orderBy('id').execute();
}

export async function updateJob(
  db: Executor,
  id: number,
  values: { status?: JobStatus; progress?: number; step?: string | null; error?: string | null; started_at?: Date; finished_at?: Date },
): Promise<void> {
  await db.updateTable('report_jobs').set(values).where('id', '=', id).execute();
}
