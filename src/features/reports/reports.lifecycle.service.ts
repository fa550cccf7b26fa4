/**
 * The report's lifecycle after drafting: made final (the compiled model is frozen as a snapshot, so
 * later edits to progress no longer change it), published, or reopened as a draft.
 */
import { updateVersioned } from '../../db/versioned';
import type { Deps } from '../../deps';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as jobs from './report-jobs.service';
import { compileReportInEveryLanguage, narrativesOf } from './report.compile';
import type { ReportModel, ReportStatus } from './report.model';
import * as repo from './reports.repository';
import { toSummary } from './reports.read.service';
import type { ReportSummary } from './reports.schemas';

/** A report whose status or text moved on: its sentence names the year. */
export const staleReportRecord = staleRecord<ReportSummary>('raised.report.stale');

function staleReport(year: number): AppError {
  return new AppError('STALE_VERSION', localized('raised.report.stale', { year: String(year) }));
}

/**
 * Makes the report final: the model is compiled now and frozen with its data moment. The model is
 * compiled before the transaction (reading other features through their services); the update
 * then applies only if nothing changed in between.
 */
export async function finalizeReport(deps: Deps, actor: Actor | null, year: number, version: number): Promise<ReportSummary> {
  authorize(actor, 'report.finalize', { year });
  const current = await repo.findReport(deps.db, year);
  if (current && current.status !== 'draft') throw new AppError('CONFLICT', localized('raised.report.already', { year: String(year), status: current.status }));
  if ((current?.version ?? 0) !== version) throw staleReport(year);
  const models = await compileReportInEveryLanguage(deps, { year, status: 'final', narratives: await narrativesOf(deps, current?.id ?? null) });
  const model = models.get('en') as ReportModel;
  // A large group's models take seconds to serialize: done before the transaction, which must not sit
  // idle between statements (the embedded database ends a transaction left idle for 5 s).
  const snapshot = JSON.stringify(model);
  const translations = [...models].filter(([locale]) => locale !== 'en').map(([locale, frozen]) => ({ locale, json: JSON.stringify(frozen) }));
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { row: report, created } = await repo.lockOrCreateReport(trx, year, now);
    if (created) await audit.record(trx, now, { actor, action: 'create', table: 'reports', recordId: report.id, after: { year, status: report.status } });
    if (report.status !== 'draft') throw new AppError('CONFLICT', localized('raised.report.already', { year: String(year), status: report.status }));
    // A report created just now was not there when the form was opened: its version is the one to save over.
    const saved = await updateVersioned(trx, {
      table: 'reports',
      before: report,
      expectedVersion: created ? report.version : version,
      changes: { status: 'final', snapshot, data_as_of: model.meta.dataAsOf, finalized_at: now },
      at: now,
      stale: staleReportRecord,
      staleParams: { year: String(year) },
      show: (current) => toSummary(year, current),
      related: () => repo.replaceSnapshots(trx, report.id, translations),
      audit: (after) =>
        audit.record(trx, now, {
          actor,
          action: 'finalize',
          table: 'reports',
          recordId: report.id,
          before: { year, status: report.status, version: report.version },
          after: { year, status: after.status, version: after.version, dataAsOf: model.meta.dataAsOf, figures: model.figures.length },
        }),
    });
    return toSummary(year, saved);
  });
}

async function changeStatus(
  deps: Deps,
  actor: Actor,
  year: number,
  version: number,
  change: { from: ReportStatus; action: string; values: Parameters<typeof repo.updateReport>[3]; alsoIn?: (trx: Parameters<typeof repo.deleteSnapshots>[0], reportId: number) => Promise<void> },
): Promise<ReportSummary> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const report = await repo.findReport(trx, year);
    if (!report) throw notFound('annualReport', { year: String(year) });
    if (report.status !== change.from) throw new AppError('CONFLICT', localized('raised.report.notFrom', { year: String(year), status: report.status, from: change.from }));
    const saved = await updateVersioned(trx, {
      table: 'reports',
      before: report,
      expectedVersion: version,
      changes: change.values,
      at: now,
      stale: staleReportRecord,
      staleParams: { year: String(year) },
      show: (current) => toSummary(year, current),
      related: async () => change.alsoIn?.(trx, report.id),
      audit: (after) =>
        audit.record(trx, now, {
          actor,
          action: change.action,
          table: 'reports',
          recordId: report.id,
          before: { year, status: report.status, version: report.version, dataAsOf: report.data_as_of },
          after: { year, status: after.status, version: after.version, dataAsOf: after.data_as_of },
        }),
    });
    return toSummary(year, saved);
  });
}

/** Publishes a final report on the public site, and queues the generation of its published files. */
export async function publishReport(deps: Deps, actor: Actor | null, year: number, version: number): Promise<ReportSummary> {
  authorize(actor, 'report.publish', { year });
  const summary = await changeStatus(deps, actor, year, version, { from: 'final', action: 'publish', values: { status: 'published', published_at: deps.clock.now() } });
  await jobs.requestGeneration(deps, actor, year);
  return summary;
}

/** Takes a final report back to draft: the snapshot is dropped and the data is compiled afresh. */
export async function reopenReport(deps: Deps, actor: Actor | null, year: number, version: number): Promise<ReportSummary> {
  authorize(actor, 'report.reopen', { year });
  return changeStatus(deps, actor, year, version, { from: 'final', action: 'reopen', values: { status: 'draft', snapshot: null, data_as_of: null, finalized_at: null }, alsoIn: repo.deleteSnapshots });
}
