/**
 * The report as PDF: the standalone HTML printed by headless Chromium, with a running header (title,
 * and the status while it is not published) and a footer numbering the pages.
 */
import { PDFDocument } from 'pdf-lib';
import { escapeHtml } from '../../lib/html';
import { printPdf, type BrowserSession } from './report.browser';
import { renderHtmlDocument } from './report.html';
import { fillTemplate, type ReportModel } from './report.model';

// Header and footer templates are printed by Chromium apart from the page: they take inline styles only.
const templateStyle =
  'font-family: system-ui, Arial, "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif; font-size: 8pt; color: #4a5360; width: 100%; margin-inline: 18mm; display: flex; justify-content: space-between;';

export function pdfTemplates(model: ReportModel): { headerTemplate: string; footerTemplate: string } {
  const status = model.meta.status === 'published' ? '' : model.labels.statusName;
  const page = fillTemplate(escapeHtml(model.labels.page), { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' });
  // The templates are their own documents: they say the report's language and direction themselves.
  const lang = `lang="${escapeHtml(model.meta.locale)}" dir="${model.meta.dir}"`;
  return {
    headerTemplate: `<div ${lang} style="${templateStyle}"><span>${escapeHtml(model.meta.title)}</span><span>${escapeHtml(status)}</span></div>`,
    footerTemplate: `<div ${lang} style="${templateStyle}"><span>${escapeHtml(fillTemplate(model.labels.dataAsOf, { moment: model.labels.dataAsOfText }))}</span><span>${page}</span></div>`,
  };
}

/**
 * Prints twice: the first pass, with room kept for the numbers, tells on which page each section and
 * figure starts (the PDF's named destinations); the second prints them in the contents and the list
 * of figures. The numbers take the room kept for them, so the second pass lays out the same pages.
 */
export async function renderPdf(model: ReportModel, session: BrowserSession): Promise<Buffer> {
  const templates = pdfTemplates(model);
  const first = await printPdf(session, await renderHtmlDocument(model, {}), templates);
  const pages = Object.fromEntries(destinationPages(first));
  return withDocumentInfo(await printPdf(session, await renderHtmlDocument(model, pages), templates), model);
}

/**
 * Chromium writes only the title into a PDF's document information: the group is its author and
 * creator, as in the Word file. Objects stay uncompressed, as Chromium wrote them.
 */
async function withDocumentInfo(pdf: Buffer, model: ReportModel): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(model.meta.title);
  document.setSubject(model.meta.subtitle);
  document.setAuthor(model.meta.groupName);
  document.setCreator(model.meta.groupName);
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/**
 * The page (from 1) of each named destination of a PDF as Chromium writes it: uncompressed objects, a
 * catalog naming its page tree and its /Dests dictionary (one entry an element id of the page).
 */
export function destinationPages(pdf: Buffer): Map<string, number> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\s([\s\S]*?)endobj/g)) objects.set(Number(match[1]), match[2] ?? '');
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body)) ?? '';
  const reference = (body: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body)?.[1] ?? NaN);
  const pages: number[] = [];
  const walk = (id: number, depth: number) => {
    const node = objects.get(id) ?? '';
    if (depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]), depth + 1);
    } else pages.push(id);
  };
  walk(reference(catalog, 'Pages'), 0);
  const found = new Map<string, number>();
  const dests = objects.get(reference(catalog, 'Dests')) ?? '';
  for (const entry of dests.matchAll(/\/([^\s[/]+)\s*\[\s*(\d+) 0 R/g)) {
    const name = (entry[1] ?? '').replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const page = pages.indexOf(Number(entry[2]));
    if (page >= 0) found.set(name, page + 1);
  }
  return found;
}
