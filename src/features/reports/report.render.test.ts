import { describe, expect, it } from 'vitest';
import { fixtureReportModel } from '../../../test/support/report-fixture';
import { pdfInfo, pdfPages, requirePdftotext, zipEntries, zipEntryDates, zipText } from '../../../test/support/documents';
import { markdownBlocks } from './report.markdown';
import { render, renderAll } from './report.render';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('report renderers (fixture model)', () => {
  const model = fixtureReportModel();

  it('renders a complete standalone HTML document with the sections, figures as SVG and the data tables', async () => {
    const html = (await render(model, 'html')).toString('utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).toContain('<h1>Annual report 2022</h1>');
    for (const section of model.sections) expect(html).toContain(`id="${section.id}"`);
    expect(html.match(/<svg/g)).toHaveLength(model.figures.length);
    for (const figure of model.figures) {
      expect(html).toContain(`id="data-${figure.id}"`);
      expect(html).toContain(`aria-label="${figure.alt}"`);
    }
    expect(html).toContain('Figure 6.</span> Members over time');
    // Links to the platform become absolute; claims link to their source record.
    expect(html).toContain('href="https://icat.example.org/progress/updates/12"');
    expect(html).toContain('There is no data on working groups for 2022.');
    expect(html).toContain('Data as of 20 November 2022, 10:00 UTC');
  });

  it('keeps only safe Markdown: no raw HTML, no script links', async () => {
    const html = (await render(model, 'html')).toString('utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<strong>2022</strong>');
    expect(html).toContain('<a href="https://icat.example.org/members">the members</a>');
    expect(markdownBlocks('# Title\n\nA & B')).toEqual([
      { kind: 'heading', content: ['Title'] },
      { kind: 'paragraph', content: ['A & B'] },
    ]);
  });

  it('gives the same bytes for the same model (HTML and DOCX)', async () => {
    const first = await renderAll(model, ['html', 'docx'], { chromiumPath });
    const second = await renderAll(structuredClone(model), ['html', 'docx'], { chromiumPath });
    expect(second.get('html')?.equals(first.get('html') as Buffer)).toBe(true);
    expect(second.get('docx')?.equals(first.get('docx') as Buffer)).toBe(true);
  }, 60_000);

  it('writes a DOCX with heading styles, tables, captioned PNG figures, a contents field and fixed dates', async () => {
    const docx = await render(model, 'docx', { chromiumPath });
    const document = zipText(docx, 'word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('Foreword');
    expect(document).toContain('The year at a glance');
    expect(document.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(model.figures.length + 1);
    expect(document).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(document).toContain('TOC \\c &quot;Figure&quot; \\h');
    // The contents are written filled in, each entry a link, with no page numbers: Word opens it without asking to update fields.
    expect(document).toMatch(/<w:hyperlink w:history="1" w:anchor="_Toc1"><w:r><w:t xml:space="preserve">1\sForeword<\/w:t>/);
    expect(document).toMatch(/PAGEREF _Toc1 \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/>/);
    expect(document).not.toContain('w:dirty');
    expect(zipText(docx, 'word/settings.xml')).not.toContain('updateFields');
    expect(document.match(/SEQ Figure/g)).toHaveLength(model.figures.length);
    expect(document.match(/<wp:docPr /g)).toHaveLength(model.figures.length);
    expect(document).toContain(`descr="${model.figures[0]?.alt}"`);
    const media = Object.keys(zipEntries(docx)).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(model.figures.length);
    expect(media.every((name) => name.endsWith('.png'))).toBe(true);
    const core = zipText(docx, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-11-20T10:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2022-11-20T10:00:00Z</dcterms:modified>');
    expect(new Set(zipEntryDates(docx).map((entry) => entry.date))).toEqual(new Set(['2022-11-20T10:00:00']));
    expect(zipText(docx, 'word/footer1.xml')).toContain('PAGE');
  }, 60_000);

  it('prints a PDF with selectable text, the figures and page numbers', async () => {
    requirePdftotext();
    const pdf = await render(model, 'pdf', { chromiumPath });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    const info = pdfInfo(pdf);
    expect(Number(info.Pages)).toBe(pages.length);
    const text = pages.join('\n');
    expect(text).toContain('Annual report 2022');
    expect(text).toContain('Contents');
    expect(text).toContain('List of figures');
    // The figures are drawn as vector graphics: their labels are text in the PDF.
    for (const figure of model.figures) expect(text).toContain(`Figure ${figure.number}. ${figure.caption}`);
    expect(text).toContain('Statements');
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));

    // The contents and the list of figures give the page each section and figure is on, and it is.
    const contents = pages.findIndex((page) => page.includes('Contents'));
    const listed = (title: string) => Number(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*(\\d+)\\s*$`, 'm').exec(pages.slice(contents, contents + 2).join('\n'))?.[1]);
    for (const section of model.sections) {
      const page = listed(`${section.number} ${section.title}`);
      expect(page, section.title).toBeGreaterThan(contents + 1);
      expect(pages[page - 1], section.title).toContain(section.title);
    }
    for (const figure of model.figures) {
      const page = listed(`Figure ${figure.number}. ${figure.caption}`);
      expect(pages[page - 1], figure.caption).toContain(`Figure ${figure.number}. ${figure.caption}`);
    }
  }, 60_000);
});
