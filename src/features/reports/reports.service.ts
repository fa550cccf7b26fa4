/**
 * The annual report's lifecycle: the co-chairs write its narrative sections (each with its own
 * version: a stale save gets 409), generate its files, make it final (the compiled model is frozen
 * as a snapshot, so later edits to progress no longer change it) and publish it. Every change is
 * authorized here and audited in its transaction. The report writes nothing but reports.
 */
import type { CountPart, GatherPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord, staleVersion } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as files from '../files/files.service';
import * as audit from '../audit/audit.service';
import * as governance from '../governance/governance.service';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import * as textSources from '../translations/text-sources.service';
import { currentLocale, localized, translator, type Locale } from '../../lib/i18n';
import * as jobs from './report-jobs.service';
import { openBrowserSession, startBrowser, type BrowserSession } from './report.browser';
import { compileReportInEveryLanguage, modelOfReport, narrativesOf } from './report.compile';
import { documentFileName, figureCsv as csvOfFigure, figureFileName, listCsvFiles, updatesCsv, updatesFileName } from './report.files';
import { NarrativeHtml } from './report.html';
import { findFigure, narrativeKeys, type NarrativeKey, type ReportFormat, type ReportListId, type ReportModel, type ReportStatus } from './report.model';
import { optionalSectionTitle } from '../../lib/report-sections';
import { contentTypes, prepareDocx, render } from './report.render';
import * as repo from './reports.repository';
import type { JobView, NarrativeInput, NarrativeView, ReportFileView, ReportSummary } from './reports.schemas';

function toSummary(year: number, row: repo.ReportRow | undefined): ReportSummary {
  return {
    year,
    status: row?.status ?? 'draft',
    version: row?.version ?? 0,
    dataAsOf: row?.data_as_of ?? null,
    finalizedAt: row?.finalized_at ?? null,
    publishedAt: row?.published_at ?? null,
  };
}

function toNarrativeView(key: NarrativeKey, row: repo.NarrativeRow | undefined): NarrativeView {
  return { key, markdown: row?.markdown ?? '', version: row?.version ?? 0, updatedAt: row?.updated_at ?? null, updatedBy: row?.updated_by_label ?? null };
}

function toFileView(row: repo.FileRow): ReportFileView {
  return { name: row.name, format: row.format, locale: row.locale, sizeBytes: row.size_bytes, reportStatus: row.report_status, dataAsOf: row.data_as_of, generatedAt: row.generated_at };
}

function actorLabel(actor: Actor): string {
  return actor.accountId > 0 ? `${actor.name} <${actor.email}>` : actor.name;
}

/** Reading a report: a published one is public; a draft or final one is for its co-chairs and the secretariat. */
async function readableReport(deps: Deps, actor: Actor | null, year: number): Promise<repo.ReportRow | undefined> {
  const row = await repo.findReport(deps.db, year);
  // A year nobody has started a report for does not exist, except for those who may start it.
  if (!row && !can(actor, 'report.edit', { year })) throw notFound('annualReport', { year: String(year) });
  authorize(actor, 'report.read', { year, status: row?.status ?? 'draft' });
  return row;
}

// ---- public reading ----

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
async function generatedFile(deps: Deps, row: repo.ReportRow, fileName: string, options: { draftsToo: boolean }): Promise<Buffer | null> {
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

// ---- the workspace ----

export interface Workspace {
  summary: ReportSummary;
  cochairs: MemberSummary[];
  narratives: NarrativeView[];
  files: ReportFileView[];
  job: JobView | null;
  history: { key: string; version: number; savedBy: string; savedAt: Date }[];
  rights: { edit: boolean; generate: boolean; finalize: boolean; publish: boolean; reopen: boolean };
}

export async function getWorkspace(deps: Deps, actor: Actor | null, year: number): Promise<Workspace> {
  authorize(actor, 'report.edit', { year });
  const [row, term] = await Promise.all([repo.findReport(deps.db, year), governance.findTerm(deps, year)]);
  const [narratives, files, job, history] = row
    ? await Promise.all([repo.listNarratives(deps.db, row.id), repo.listFiles(deps.db, row.id), jobs.latestJob(deps, row.id, year), repo.listNarrativeVersions(deps.db, row.id)])
    : [[], [], null, []];
  const status = row?.status ?? 'draft';
  return {
    summary: toSummary(year, row),
    cochairs: term?.chairs ?? [],
    // The introduction of an optional section is written only when the group has that section.
    narratives: narrativeKeys
      .filter((key) => key !== 'crises' || optionalSectionTitle('crises', currentLocale()) !== null)
      .map((key) =>
        toNarrativeView(
          key,
          narratives.find((narrative) => narrative.key === key),
        ),
      ),
    files: files.map(toFileView),
    job,
    history: history.map((entry) => ({ key: entry.key, version: entry.version, savedBy: entry.saved_by_label, savedAt: entry.saved_at })),
    rights: {
      edit: status === 'draft' && can(actor, 'report.edit', { year }),
      generate: can(actor, 'report.generate', { year }),
      finalize: status === 'draft' && can(actor, 'report.finalize', { year }),
      publish: status === 'final' && can(actor, 'report.publish', { year }),
      reopen: status === 'final' && can(actor, 'report.reopen', { year }),
    },
  };
}

/** The workspace's forms are for the co-chairs of the year and the secretariat; checked before a form is read. */
export function authorizeWorkspace(actor: Actor | null, year: number): void {
  authorize(actor, 'report.edit', { year });
}

/** The preview of a narrative, as the report will show it (sanitized HTML). */
export function narrativePreview(markdown: string): string {
  return NarrativeHtml({ markdown }).value;
}

/** The live preview of the workspace: for the people who may write the report. */
export function previewNarrative(actor: Actor | null, year: number, markdown: string): string {
  authorize(actor, 'report.edit', { year });
  return narrativePreview(markdown);
}

/** The years whose report workspace a person may open: a co-chair's terms; for the secretariat, this year's and last year's. */
export async function workspaceYears(deps: Deps, actor: Actor | null): Promise<number[]> {
  if (!actor) return [];
  const thisYear = deps.clock.now().getUTCFullYear();
  const candidates = [...new Set([...actor.cochairYears, thisYear, thisYear - 1])].sort((a, b) => b - a);
  return candidates.filter((year) => can(actor, 'report.edit', { year }));
}

/** How many reports wait for the actor (as `reportsToFinalizePart` lists them), counted in the statement that gathers the navigation's counts. */
export async function reportsToFinalizeCount(deps: Deps, actor: Actor): Promise<CountPart> {
  const years = (await workspaceYears(deps, actor)).filter((year) => can(actor, 'report.finalize', { year }));
  return {
    query: repo.yearsPastDraftQuery(deps.db, years),
    read: (value) => years.length - ((value ?? []) as number[]).length,
  };
}

/**
 * The reports waiting for the actor, read as a part of the statement that gathers "My work": each
 * workspace year the actor may finalize whose report is still a draft (or not begun), oldest first.
 */
export async function reportsToFinalizePart(deps: Deps, actor: Actor): Promise<GatherPart<{ year: number; url: string }[]>> {
  const years = (await workspaceYears(deps, actor)).filter((year) => can(actor, 'report.finalize', { year }));
  return {
    query: repo.yearsPastDraftQuery(deps.db, years),
    read(value) {
      const pastDraft = new Set((value ?? []) as number[]);
      return years
        .filter((year) => !pastDraft.has(year))
        .sort((a, b) => a - b)
        .map((year) => ({ year, url: `/reports/${year}/edit` }));
    },
  };
}

export const staleNarrative = staleRecord<NarrativeView>('raised.report.staleSection');
/** A report whose status or text moved on: its sentence names the year. */
export const staleReportRecord = staleRecord<ReportSummary>('raised.report.stale');

function notDraft(year: number, status: ReportStatus): AppError {
  return new AppError('CONFLICT', localized('raised.report.notDraft', { year: String(year), status }));
}

/** Saves a narrative section if nobody saved it since the version the form was opened on. */
export async function saveNarrative(deps: Deps, actor: Actor | null, year: number, key: NarrativeKey, input: Pick<NarrativeInput, 'markdown' | 'version'>): Promise<NarrativeView> {
  authorize(actor, 'report.edit', { year });
  const now = deps.clock.now();
  const markdown = input.markdown.replace(/\r\n/g, '\n');
  return deps.db.transaction().execute(async (trx) => {
    const { row: report, created } = await repo.lockOrCreateReport(trx, year, now);
    if (created) await audit.record(trx, now, { actor, action: 'create', table: 'reports', recordId: report.id, after: { year, status: report.status } });
    if (report.status !== 'draft') throw notDraft(year, report.status);
    const before = await repo.lockNarrative(trx, report.id, key);
    if ((before?.version ?? 0) !== input.version) throw staleVersion(staleNarrative, toNarrativeView(key, before));
    const values = { markdown, updated_by_label: actorLabel(actor), updated_at: now };
    const saved = before ? await repo.updateNarrative(trx, report.id, key, before.version, values) : await repo.insertNarrative(trx, { report_id: report.id, key, ...values });
    if (!saved) throw staleVersion(staleNarrative, toNarrativeView(key, before));
    await repo.insertNarrativeVersion(trx, {
      report_id: report.id,
      key,
      version: saved.version,
      markdown,
      saved_by_account_id: actor.accountId > 0 ? actor.accountId : null,
      saved_by_label: actorLabel(actor),
      saved_at: now,
    });
    // A narrative change moves the report's version, so a finalize based on older text is refused.
    await repo.updateReport(trx, report.id, report.version, {}, now);
    await audit.record(trx, now, {
      actor,
      action: before ? 'update' : 'create',
      table: 'report_narratives',
      recordId: `${report.id}:${key}`,
      before: before ? { year, key, version: before.version, markdown: before.markdown } : null,
      after: { year, key, version: saved.version, markdown: saved.markdown },
    });
    return toNarrativeView(key, saved);
  });
}

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

// ---- export (the command line) ----

export interface ExportedFile {
  name: string;
  data: Buffer;
}

export interface ExportStep {
  /** 'compile', a format, or 'csv'. */
  step: string;
  done: number;
  total: number;
}

/**
 * The report's files for a person outside the web (the command line): the documents in the formats
 * asked for and one CSV per figure, from the frozen model of a final report or the live data of a draft.
 */
/**
 * Refuses to write a report from a database that holds no organization at all (never seeded, or a new
 * data directory created by mistake): such a report would be nearly empty and say nothing of why.
 */
export async function assertReportHasData(deps: Deps): Promise<void> {
  const { listed } = await members.getDirectoryCoverage(deps);
  if (listed === 0) throw new AppError('NOT_FOUND', translator('en')('report.emptyDatabase'));
}

/**
 * The documents not stored yet: the HTML first, then the DOCX built beside the PDF's two prints (the
 * DOCX's figures are drawn by Chromium before the PDF starts, then it is packed here while Chromium prints).
 */
async function renderDocuments(
  model: ReportModel,
  formats: readonly ReportFormat[],
  stored: Map<ReportFormat, Buffer>,
  session: BrowserSession,
  onStep: (format: ReportFormat, done: number) => void,
): Promise<Map<ReportFormat, Buffer>> {
  const out = new Map(stored);
  let started = 0;
  const renderOne = async (format: ReportFormat) => {
    onStep(format, ++started);
    if (!out.has(format)) out.set(format, await render(model, format, { session }));
  };
  if (formats.includes('html')) await renderOne('html');
  const rest = formats.filter((format) => format !== 'html');
  if (!rest.includes('docx') || out.has('docx')) {
    for (const format of rest) await renderOne(format);
    return out;
  }
  onStep('docx', ++started);
  const packDocx = await prepareDocx(model, session);
  await Promise.all([packDocx().then((data) => out.set('docx', data)), ...rest.filter((format) => format !== 'docx').map(renderOne)]);
  return out;
}

export async function exportReport(
  deps: Deps,
  actor: Actor | null,
  year: number,
  formats: readonly ReportFormat[],
  onStep: (step: ExportStep) => void = () => undefined,
  locale: Locale = 'en',
): Promise<{ model: ReportModel; files: ExportedFile[] }> {
  const total = formats.length + 2;
  onStep({ step: 'compile', done: 0, total });
  const row = await readableReport(deps, actor, year);
  const session = openBrowserSession(deps.config.chromiumPath);
  const files: ExportedFile[] = [];
  let model: ReportModel;
  try {
    // A final or published report's files, once generated, are its files: the same model gives the same document.
    const stored = new Map<ReportFormat, Buffer>();
    for (const format of formats) {
      const data = row ? await generatedFile(deps, row, documentFileName(year, format, locale), { draftsToo: false }) : null;
      if (data) stored.set(format, data);
    }
    // Chromium starts while the model is gathered: its launch is a good part of a small report's time.
    if (formats.some((format) => format !== 'html' && !stored.has(format))) startBrowser(session);
    model = await modelOfReport(deps, year, row, locale);
    const documents = await renderDocuments(model, formats, stored, session, (format, done) => onStep({ step: format, done, total }));
    for (const format of formats) files.push({ name: documentFileName(year, format, locale), data: documents.get(format) as Buffer });
  } finally {
    await session.close();
  }
  onStep({ step: 'csv', done: total - 1, total });
  for (const item of model.figures) files.push({ name: figureFileName(year, item, locale), data: Buffer.from(csvOfFigure(item), 'utf8') });
  const updates = updatesCsv(model);
  if (updates !== null) files.push({ name: updatesFileName(year, locale), data: Buffer.from(updates, 'utf8') });
  for (const list of listCsvFiles(model, locale)) files.push({ name: list.name, data: Buffer.from(list.csv, 'utf8') });
  onStep({ step: 'done', done: total, total });
  return { model, files };
}

// ---- demo data ----

export interface SampleNarratives {
  year: number;
  narratives: Partial<Record<NarrativeKey, string>>;
}

/** Loads sample narrative sections into a draft report; a section already written is left as it is. */
export async function loadSampleNarratives(deps: Deps, actor: Actor, sample: SampleNarratives): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { row: report, created } = await repo.lockOrCreateReport(trx, sample.year, now);
    if (created) await audit.record(trx, now, { actor, action: 'create', table: 'reports', recordId: report.id, after: { year: sample.year, status: report.status } });
    if (report.status !== 'draft') return created ? 1 : 0;
    let inserted = created ? 1 : 0;
    for (const key of narrativeKeys) {
      const markdown = sample.narratives[key];
      if (!markdown || (await repo.lockNarrative(trx, report.id, key))) continue;
      const saved = await repo.insertNarrative(trx, { report_id: report.id, key, markdown, updated_by_label: actorLabel(actor), updated_at: now });
      await repo.insertNarrativeVersion(trx, { report_id: report.id, key, version: saved.version, markdown, saved_by_account_id: null, saved_by_label: actorLabel(actor), saved_at: now });
      await audit.record(trx, now, { actor, action: 'create', table: 'report_narratives', recordId: `${report.id}:${key}`, after: { year: sample.year, key, version: saved.version, markdown } });
      inserted++;
    }
    return inserted;
  });
}

// ---- a report's narrative sections are texts to translate (see translations/text-sources.service.ts) ----

textSources.registerTextSource('report_section', async (deps, actor, year, part) => {
  const section = await narrativeText(deps, actor, year, part as NarrativeKey);
  // A section has no title of its own: its key names it in the workspace and in files.
  return { title: part, body: section.markdown, language: section.language, url: section.url, penYear: year };
});
