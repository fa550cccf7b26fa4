/**
 * "Generate": compiling and rendering a report takes seconds, so the workspace asks for it as a job.
 * A row in report_jobs holds what the page shows (status, progress, step, error), and a
 * `report.generate` job on the queue, queued in the same transaction, runs it: once, on whichever
 * instance takes it, again after a restart if the process running it stopped. The generated files
 * are stored in the database and recorded in report_files, so every instance serves them.
 */
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import { isLocale, type Locale } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as filesService from '../files/files.service';
import { openBrowserSession } from './report.browser';
import { modelOfReport } from './report.compile';
import { documentFileName, figureCsv, figureFileName, listCsvFiles, sha256, updatesCsv, updatesFileName } from './report.files';
import { reportFormats, type ReportFormat, type ReportModel } from './report.model';
import { contentTypes, render } from './report.render';
import * as repo from './reports.repository';
import type { JobView } from './reports.schemas';
import type { ReportFileFormat } from './reports.table';

export function toJobView(row: repo.JobRow, year: number): JobView {
  return {
    id: row.id,
    year,
    formats: row.formats,
    locale: isLocale(row.locale) ? row.locale : 'en',
    status: row.status,
    progress: row.progress,
    step: row.step,
    error: row.error,
    requestedBy: row.requested_by_label,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

function actorLabel(actor: Actor): string {
  return actor.accountId > 0 ? `${actor.name} <${actor.email}>` : actor.name;
}

/**
 * Queues the generation of a report's files in a language; a job already waiting or running for that
 * language is returned instead (languages generate side by side).
 */
export async function requestGeneration(deps: Deps, actor: Actor | null, year: number, formats: ReportFormat[] = [...reportFormats], locale: Locale = 'en'): Promise<JobView> {
  authorize(actor, 'report.generate', { year });
  const now = deps.clock.now();
  const job = await deps.db.transaction().execute(async (trx) => {
    const { row: report, created } = await repo.lockOrCreateReport(trx, year, now);
    if (created) await audit.record(trx, now, { actor, action: 'create', table: 'reports', recordId: report.id, after: { year, status: report.status } });
    const open = await repo.findOpenJob(trx, report.id, locale);
    if (open) return open;
    const inserted = await repo.insertJob(trx, {
      report_id: report.id,
      formats: reportFormats.filter((format) => formats.includes(format)),
      locale,
      requested_by_account_id: actor.accountId > 0 ? actor.accountId : null,
      requested_by_label: actorLabel(actor),
      created_at: now,
    });
    await audit.record(trx, now, { actor, action: 'create', table: 'report_jobs', recordId: inserted.id, after: { year, formats: inserted.formats, locale } });
    await deps.jobs.send('report.generate', { reportJobId: inserted.id }, { within: trx });
    return inserted;
  });
  return toJobView(job, year);
}

export async function getJob(deps: Deps, actor: Actor | null, year: number, id: number): Promise<JobView> {
  authorize(actor, 'report.generate', { year });
  const [job, report] = await Promise.all([repo.findJob(deps.db, id), repo.findReport(deps.db, year)]);
  if (!job || !report || job.report_id !== report.id) throw notFound('reportJob', { id, year: String(year) });
  return toJobView(job, year);
}

export async function latestJob(deps: Deps, reportId: number, year: number): Promise<JobView | null> {
  const job = await repo.latestJob(deps.db, reportId);
  return job ? toJobView(job, year) : null;
}

// ---- running a generation (the report.generate job) ----

/**
 * Runs a generation. A failure is written on the job for the page (as final, or as "trying again")
 * and thrown, so that the queue retries it while it has attempts left.
 */
export async function runGeneration(deps: Deps, reportJobId: number, finalAttempt: boolean): Promise<void> {
  const job = await repo.findJob(deps.db, reportJobId);
  if (!job || job.status === 'done') return;
  await repo.updateJob(deps.db, job.id, { status: 'running', progress: 0, step: 'compile', error: null, started_at: deps.clock.now() });
  const step = (progress: number, name: string) => repo.updateJob(deps.db, job.id, { progress, step: name });
  try {
    const report = await repo.findReportById(deps.db, job.report_id);
    if (!report) throw new Error(`Report ${job.report_id} is gone.`);
    await step(5, 'compile');
    const locale = isLocale(job.locale) ? job.locale : 'en';
    const model = await modelOfReport(deps, report.year, report, locale);
    const documents = await renderDocuments(deps, model, job.formats, (format, done) => step(10 + Math.round((80 * done) / job.formats.length), format));
    await step(92, 'save');
    await storeFiles(deps, job, report, model, documents, locale);
    await repo.updateJob(deps.db, job.id, { status: 'done', progress: 100, step: 'done', finished_at: deps.clock.now() });
  } catch (error) {
    deps.log.error({ err: error, job: job.id }, 'report generation failed');
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const status = finalAttempt ? 'failed' : 'queued';
    await repo.updateJob(deps.db, job.id, { status, error: message, ...(finalAttempt ? { finished_at: deps.clock.now() } : {}) });
    throw error;
  }
}

async function renderDocuments(deps: Deps, model: ReportModel, formats: ReportFormat[], onStart: (format: ReportFormat, done: number) => Promise<void>): Promise<Map<ReportFormat, Buffer>> {
  const session = openBrowserSession(deps.config.chromiumPath);
  const out = new Map<ReportFormat, Buffer>();
  try {
    for (const format of formats) {
      await onStart(format, out.size);
      out.set(format, await render(model, format, { session }));
    }
  } finally {
    await session.close();
  }
  return out;
}

interface GeneratedFile {
  name: string;
  format: ReportFileFormat;
  contentType: string;
  data: Buffer;
}

async function storeFiles(deps: Deps, job: repo.JobRow, report: repo.ReportRow, model: ReportModel, documents: Map<ReportFormat, Buffer>, locale: Locale): Promise<void> {
  const files: GeneratedFile[] = [
    ...[...documents].map(([format, data]) => ({ name: documentFileName(report.year, format, locale), format, contentType: contentTypes[format], data })),
    ...model.figures.map((item) => ({ name: figureFileName(report.year, item, locale), format: 'csv' as const, contentType: 'text/csv; charset=utf-8', data: Buffer.from(figureCsv(item), 'utf8') })),
  ];
  const updates = updatesCsv(model);
  if (updates !== null) files.push({ name: updatesFileName(report.year, locale), format: 'csv', contentType: 'text/csv; charset=utf-8', data: Buffer.from(updates, 'utf8') });
  for (const list of listCsvFiles(model, locale)) files.push({ name: list.name, format: 'csv', contentType: 'text/csv; charset=utf-8', data: Buffer.from(list.csv, 'utf8') });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const written = [];
    for (const file of files) {
      const storedName = await filesService.storeDocument(trx, file.data, file.contentType, now);
      const { row, before } = await repo.upsertFile(trx, {
        report_id: report.id,
        name: file.name,
        format: file.format,
        locale,
        path: null,
        stored_name: storedName,
        content_type: file.contentType,
        size_bytes: file.data.length,
        sha256: sha256(file.data),
        report_status: model.meta.status,
        data_as_of: model.meta.dataAsOf,
        generated_at: now,
      });
      await filesService.deleteFiles(trx, [before?.stored_name]);
      written.push({ name: row.name, sha256: row.sha256, size: row.size_bytes });
    }
    // The worker acts for the person who asked for the job: the entry names them.
    await audit.record(trx, now, {
      actor: null,
      actorLabel: job.requested_by_label,
      action: 'generate',
      table: 'report_files',
      recordId: report.id,
      after: { year: report.year, job: job.id, locale, status: model.meta.status, dataAsOf: model.meta.dataAsOf, files: written },
    });
  });
}

/** After a restore: generations that had not finished get a job again (the queue itself is not in a backup). */
export async function requeueUnfinished(deps: Deps): Promise<number> {
  const open = await repo.listOpenJobs(deps.db);
  for (const job of open) {
    await deps.db.transaction().execute(async (trx) => {
      await repo.updateJob(trx, job.id, { status: 'queued', progress: 0 });
      await deps.jobs.send('report.generate', { reportJobId: job.id }, { within: trx });
    });
  }
  return open.length;
}
