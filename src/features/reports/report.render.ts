/**
 * One model, three documents: render(model, format) gives the bytes of the report as HTML, PDF or
 * DOCX. HTML and DOCX are byte-for-byte the same for the same model; PDF and DOCX need Chromium (the
 * PDF is printed by it, the DOCX's figures are drawn by it), opened once per session.
 */
import { openBrowserSession, type BrowserSession } from './report.browser';
import { renderHtmlDocument } from './report.html';
import type { ReportFormat, ReportModel } from './report.model';

export interface RenderOptions {
  /** Chromium to launch when no session is given (deps.config.chromiumPath). */
  chromiumPath?: string;
  /** A browser session shared by several renderings; the caller closes it. */
  session?: BrowserSession;
}

export const defaultChromiumPath = '/usr/bin/chromium';

export const contentTypes: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function render(model: ReportModel, format: ReportFormat, options: RenderOptions = {}): Promise<Buffer> {
  if (format === 'html') return Buffer.from(await renderHtmlDocument(model), 'utf8');
  const session = options.session ?? openBrowserSession(options.chromiumPath ?? defaultChromiumPath);
  try {
    // The PDF and DOCX renderers (and the docx package) load when first asked for.
    if (format === 'pdf') return await (await import('./report.pdf')).renderPdf(model, session);
    return await (await import('./report.docx')).renderDocx(model, session);
  } finally {
    if (!options.session) await session.close();
  }
}

/** Draws the DOCX's figures (with Chromium) and gives what packs the DOCX, which can run beside a PDF's print. */
export async function prepareDocx(model: ReportModel, session: BrowserSession): Promise<() => Promise<Buffer>> {
  return (await import('./report.docx')).drawDocxFigures(model, session);
}

/** Renders several formats with one browser; `onRendered` reports each as it is done. */
export async function renderAll(
  model: ReportModel,
  formats: readonly ReportFormat[],
  options: RenderOptions & { onRendered?: (format: ReportFormat, done: number) => void } = {},
): Promise<Map<ReportFormat, Buffer>> {
  const session = options.session ?? openBrowserSession(options.chromiumPath ?? defaultChromiumPath);
  const out = new Map<ReportFormat, Buffer>();
  try {
    for (const format of formats) {
      out.set(format, await render(model, format, { session }));
      options.onRendered?.(format, out.size);
    }
  } finally {
    if (!options.session) await session.close();
  }
  return out;
}
