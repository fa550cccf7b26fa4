/**
 * The report as PDF: the standalone HTML printed by headless Chromium, with a running header (title,
 * and the status while it is not published) and a footer numbering the pages.
 */
import { escapeHtml } from '../../lib/html';
import { printPdf, type BrowserSession } from './report.browser';
import { renderHtmlDocument } from './report.html';
import { fillTemplate, type ReportModel } from './report.model';

// Header and footer templates are printed by Chromium apart from the page: they take inline styles only.
const templateStyle = 'font-family: system-ui, Arial, sans-serif; font-size: 8pt; color: #4a5360; width: 100%; margin-inline: 18mm; display: flex; justify-content: space-between;';

export function pdfTemplates(model: ReportModel): { headerTemplate: string; footerTemplate: string } {
  const status = model.meta.status === 'published' ? '' : model.labels.statusName;
  const page = fillTemplate(escapeHtml(model.labels.page), { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' });
  return {
    headerTemplate: `<div style="${templateStyle}"><span>${escapeHtml(model.meta.title)}</span><span>${escapeHtml(status)}</span></div>`,
    footerTemplate: `<div style="${templateStyle}"><span>${escapeHtml(fillTemplate(model.labels.dataAsOf, { moment: model.labels.dataAsOfText }))}</span><span>${page}</span></div>`,
  };
}

export async function renderPdf(model: ReportModel, session: BrowserSession): Promise<Buffer> {
  return printPdf(session, await renderHtmlDocument(model), pdfTemplates(model));
}
