/** Generating the report's files for the command line: the documents in the formats asked for and every CSV beside them. */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { translator, type Locale } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import * as members from '../members/members.service';
import { openBrowserSession, startBrowser, type BrowserSession } from './report.browser';
import { modelOfReport } from './report.compile';
import { documentFileName, figureCsv as csvOfFigure, figureFileName, listCsvFiles, updatesCsv, updatesFileName } from './report.files';
import type { ReportFormat, ReportModel } from './report.model';
import { prepareDocx, render } from './report.render';
import { generatedFile, readableReport } from './reports.read.service';

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

/**
 * The report's files for a person outside the web (the command line): the documents in the formats
 * asked for and one CSV per figure, from the frozen model of a final report or the live data of a draft.
 */
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
