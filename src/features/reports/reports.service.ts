/**
 * The annual report's lifecycle: the co-chairs write its narrative sections (each with its own
 * version: a stale save gets 409), generate its files, make it final (the compiled model is frozen
 * as a snapshot, so later edits to progress no longer change it) and publish it. Every change is
 * authorized here and audited in its transaction. The report writes nothing but reports.
 *
 * This file is the feature's public face: other features, routes and commands import it. The work is
 * done by use case, each in its own module: reports.read (the page, documents and CSV files),
 * reports.workspace (what the co-chairs prepare it in), reports.drafting (narrative sections),
 * reports.lifecycle (final, published, reopened), reports.export (the command line's files) and
 * reports.seed; importing this file registers the narrative sections as texts to translate.
 */
import * as textSources from '../translations/text-sources.service';
import type { NarrativeKey } from './report.model';
import { narrativeText } from './reports.read.service';

export {
  getFigureCsv,
  getListCsv,
  getReport,
  getReportDocument,
  getUpdatesCsv,
  listPublishedReports,
  narrativeText,
  type ReportDownload,
  type ReportForReading,
} from './reports.read.service';
export {
  authorizeWorkspace,
  getWorkspace,
  narrativePreview,
  previewNarrative,
  reportsToFinalizeCount,
  reportsToFinalizePart,
  workspaceYears,
  type Workspace,
} from './reports.workspace.service';
export { saveNarrative, staleNarrative } from './reports.drafting.service';
export { finalizeReport, publishReport, reopenReport, staleReportRecord } from './reports.lifecycle.service';
export { assertReportHasData, exportReport, type ExportedFile, type ExportStep } from './reports.export.service';
export { loadSampleNarratives, type SampleNarratives } from './reports.seed';

// ---- a report's narrative sections are texts to translate (see translations/text-sources.service.ts) ----

textSources.registerTextSource('report_section', async (deps, actor, year, part) => {
  const section = await narrativeText(deps, actor, year, part as NarrativeKey);
  // A section has no title of its own: its key names it in the workspace and in files.
  return { title: part, body: section.markdown, language: section.language, url: section.url, penYear: year };
});
