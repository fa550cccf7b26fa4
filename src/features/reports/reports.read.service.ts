/**
 * Reading a report: its page, its documents and the CSV files beside it, for whoever may read it (a
 * published report is public; a draft or final one is for its co-chairs and the secretariat), and
 * the shapes every part of the feature answers with.
 */
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import type { Locale } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as files from '../files/files.service';
import { modelOfReport } from './report.compile';
import { documentFileName, figureCsv as csvOfFigure, figureFileName, listCsvFiles, updatesCsv, updatesFileName } from './report.files';
import { findFigure, type NarrativeKey, type ReportFormat, type ReportListId, type ReportModel } from './report.model';
import { contentTypes, render } from './report.render';
import * as repo from './reports.repository';
import type { NarrativeView, ReportFileView, ReportSummary } from './reports.schemas';

// The shapes every part of the feature answers with, written once here.

export function toSummary(year: number, row: repo.ReportRow | undefined): ReportSummary {
  return {
    year,
    status: row?.status ?? 'draft',
    version: row?.version ?? 0,
    dataAsOf: row?.data_as_of ?? null,
    finalizedAt: row?.finalized_at ?? null,
    publishedAt: row?.published_at ?? null,
  };
}

export function toNarrativeView(key: NarrativeKey, row: repo.NarrativeRow | undefined): NarrativeView {
  return { key, markdown: row?.markdown ?? '', version: row?.version ?? 0, updatedAt: row?.updated_at ?? null, updatedBy: row?.updated_by_label ?? null };
}

export function toFileView(row: repo.FileRow): ReportFileView {
  return { name: row.name, format: row.format, locale: row.locale, sizeBytes: row.size_bytes, reportStatus: row.report_status, dataAsOf: row.data_as_of, generatedAt: row.generated_at };
}

/** Who saved a section, as its history and the files name them. */
export function actorLabel(actor: Actor): string {
  return actor.accountId > 0 ? `${actor.name} <${actor.email}>` : actor.name;
}

/** Reading a report: a published one is public; a draft or final one is for its co-chairs and the secretariat. */
export async function readableReport(deps: Deps, actor: Actor | null, year: number): Promise<repo.ReportRow | undefined> {
  const row = await repo.findReport(deps.db, year);
  // A year nobody has started a report for does not exist, except for those who may start it.
  if (!row && !can(actor, 'report.edit', { year })) throw notFound('annualReport', { year: String(year) });
  authorize(actor, 'report.read', { year, status: row?.status ?? 'draft' });
  return row;
}

/** A narrative section of a year's report, for its translations: whoever may read the report. */
export async function narrativeText(deps: Deps, actor: Actor | null, year: number, key: NarrativeKey): Promise<{ markdown: string; language: Locale; url: string }> {
  const row = await readableReport(deps, actor, year);
  const narrative = row ? (await repo.listNarratives(deps.db, row.id)).find((candidate) => candidate.key === key) : undefined;
  if (!narrative || narrative.markdown.trim() === '') throw notFound('reportSection', { year: String(year) });
  return { markdown: narrative.markdown, language: narrative.original_language, url: `/reports/${year}/edit#${key}` };
}

export async function listPublishedReports(deps: Deps): Promise<ReportSummary[]> {
  const rows = await repo.listReports(deps.db, ['published']);
  return rows.map((row) => ({ year: row.year, status: row.status, version: 0, dataAsOf: row.data_as_of, finalizedAt: null, publishedAt: row.published_at }));
}

export interface ReportForReading {
  summary: ReportSummary;
  model: ReportModel;
  /** What the reader may do besides reading: the workspace link for co-chairs. */
  canEdit: boolean;
}

/** The report as its page shows it: published for everyone, the draft or final one for its co-chairs. */
export async function getReport(deps: Deps, actor: Actor | null, year: number, locale: Locale = 'en'): Promise<ReportForReading> {
  const row = await readableReport(deps, actor, year);
  return { summary: toSummary(year, row), model: await modelOfReport(deps, year, row, locale), canEdit: can(actor, 'report.edit', { year }) };
}

export interface ReportDownload {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * The bytes of a file the last generation wrote, when it is of the report as it stands: same status
 * and, for a final or published report, same data moment (a draft's stands for it only when asked).
 */
export async function generatedFile(deps: Deps, row: repo.ReportRow, fileName: string, options: { draftsToo: boolean }): Promise<Buffer | null> {
  if (row.status === 'draft' && !options.draftsToo) return null;
  const stored = await repo.findFile(deps.db, row.id, fileName);
  const current = stored && stored.report_status === row.status && (row.status === 'draft' || stored.data_as_of.getTime() === row.data_as_of?.getTime());
  return current && stored.stored_name ? files.findFileBytes(deps.db, stored.stored_name) : null;
}

/**
 * A report document: the file the last generation wrote, when it is of the report as it stands
 * (same status and data moment); otherwise rendered now from the same model.
 */
export async function getReportDocument(deps: Deps, actor: Actor | null, year: number, format: ReportFormat, locale: Locale = 'en'): Promise<ReportDownload> {
  const row = await readableReport(deps, actor, year);
  const fileName = documentFileName(year, format, locale);
  // A draft's last generated file stands for it; a final or published report needs a file of its own status and data moment.
  const body = row ? await generatedFile(deps, row, fileName, { draftsToo: true }) : null;
  if (body) return { fileName, contentType: contentTypes[format], body };
  const model = await modelOfReport(deps, year, row, locale);
  return { fileName, contentType: contentTypes[format], body: await render(model, format, { chromiumPath: deps.config.chromiumPath }) };
}

export async function getFigureCsv(deps: Deps, actor: Actor | null, year: number, figureId: string, locale: Locale = 'en'): Promise<{ fileName: string; csv: string }> {
  const row = await readableReport(deps, actor, year);
  const model = await modelOfReport(deps, year, row, locale);
  const item = findFigure(model, figureId);
  if (!item) throw notFound('figure', { figure: figureId, year: String(year) });
  return { fileName: figureFileName(year, item, locale), csv: csvOfFigure(item) };
}

/** Every accepted update the report rests on, one row each: the annex's CSV, from the same model as the report. */
export async function getUpdatesCsv(deps: Deps, actor: Actor | null, year: number, locale: Locale = 'en'): Promise<{ fileName: string; csv: string }> {
  const row = await readableReport(deps, actor, year);
  const csv = updatesCsv(await modelOfReport(deps, year, row, locale));
  if (csv === null) throw notFound('figure', { figure: 'updates', year: String(year) });
  return { fileName: updatesFileName(year, locale), csv };
}

/** A full list beside the report (the members, the decisions), from the same model as the report. */
export async function getListCsv(deps: Deps, actor: Actor | null, year: number, id: ReportListId, locale: Locale = 'en'): Promise<{ fileName: string; csv: string }> {
  const row = await readableReport(deps, actor, year);
  const list = listCsvFiles(await modelOfReport(deps, year, row, locale), locale).find((candidate) => candidate.id === id);
  if (!list) throw notFound('figure', { figure: id, year: String(year) });
  return { fileName: list.name, csv: list.csv };
}
