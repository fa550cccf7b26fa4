/**
 * The report as a Word document a co-chair can edit: real heading styles (so Word's navigation pane
 * and table of contents work), real tables, figures as PNG images with their text alternative,
 * numbered captions (SEQ fields, so Word's table of figures works), a table of contents field and
 * page numbers. The same model gives the same bytes: the docx package's random ids, counters and
 * clock readings are rewritten from the model, and every zip entry is dated at the data moment
 * (report.docx.normalize.ts). The report's blocks become paragraphs and tables in report.docx.blocks.ts.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  type Paragraph,
  ShadingType,
  TableOfContents,
  TextRun,
  type PageNumberEstimator,
} from 'docx';
import { renderSvg } from '../../lib/figures';
import { svgsToPngs, type BrowserSession, type Png } from './report.browser';
import { isRtl, muted, orderedListReference, para, sectionElements, type Render } from './report.docx.blocks';
import { normalizeDocx } from './report.docx.normalize';
import { absoluteHref, fillTemplate, type ReportModel } from './report.model';

const accent = '1A5E9A';

function cover(model: ReportModel): Paragraph[] {
  const { meta, labels } = model;
  return [
    para(isRtl(model), { style: 'CoverGroup', children: [new TextRun(meta.groupName)] }),
    para(isRtl(model), { heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
    para(isRtl(model), { style: 'Subtitle', children: [new TextRun(meta.subtitle)] }),
    para(isRtl(model), {
      children:
        meta.cochairs.length === 0
          ? [new TextRun(labels.noTerm ?? '')]
          : [
              new TextRun(`${labels.cochairs}: `),
              ...meta.cochairs.flatMap((cochair, index) => [
                ...(index > 0 ? [new TextRun(', ')] : []),
                new ExternalHyperlink({ link: absoluteHref(model, cochair.href), children: [new TextRun({ text: cochair.name, style: 'Hyperlink' })] }),
                new TextRun(` (${cochair.acronym})`),
              ]),
            ],
    }),
    para(isRtl(model), { children: [new TextRun(fillTemplate(labels.dataAsOf, { moment: labels.dataAsOfText }))] }),
    para(isRtl(model), { children: [new TextRun({ text: `${labels.status}: ${labels.statusName}`, bold: true })] }),
    ...(meta.sampleNotice ? [para(isRtl(model), { style: 'ReportNote', children: [new TextRun(meta.sampleNotice)] })] : []),
    para(isRtl(model), { children: [new PageBreak()] }),
  ];
}

function contents(model: ReportModel): (Paragraph | TableOfContents)[] {
  const out: (Paragraph | TableOfContents)[] = [
    para(isRtl(model), { style: 'ContentsHeading', children: [new TextRun(model.labels.contents)] }),
    new TableOfContents(model.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  if (model.figures.length > 0) {
    out.push(
      para(isRtl(model), { style: 'ContentsHeading', pageBreakBefore: true, children: [new TextRun(model.labels.listOfFigures)] }),
      new TableOfContents(model.labels.listOfFigures, { hyperlink: true, captionLabelIncludingNumbers: 'Figure' }),
    );
  }
  return out;
}

function pageFooter(model: ReportModel): Footer {
  const parts = model.labels.page.split(/(\{page\}|\{pages\})/);
  const children = parts.filter((part) => part !== '').map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
  return new Footer({ children: [para(isRtl(model), { alignment: AlignmentType.END, children: [new TextRun({ children, size: 16, color: muted })] })] });
}

function pageHeader(model: ReportModel): Header {
  const status = model.meta.status === 'published' ? '' : ` · ${model.labels.statusName}`;
  return new Header({ children: [para(isRtl(model), { children: [new TextRun({ text: `${model.meta.title}${status}`, size: 16, color: muted })] })] });
}

/**
 * The contents and the list of figures are written filled in, each entry a link to its heading or
 * caption, with no page numbers: Word opens the file without asking to update fields, and nothing in
 * it is wrong. Word's pages are not Chromium's, so the PDF's numbers would point to the wrong pages,
 * and laying the document out as Word would (docx/layout) took most of the report's time. Updating
 * the field in Word (F9) writes Word's own numbers; the footer's page numbers Word always counts itself.
 */
const contentsWithoutPageNumbers: PageNumberEstimator = () => ({ bookmarks: new Map() });

function buildDocument(r: Render): Document {
  const { model } = r;
  const body = model.sections.flatMap((section, index) => sectionElements(r, section, index === 0));
  // The author is the group (its settings); the co-chairs who prepared the year's report last modified it.
  const cochairs = model.meta.cochairs.map((cochair) => cochair.acronym).join(', ');
  return new Document({
    title: model.meta.title,
    subject: model.meta.subtitle,
    description: fillTemplate(model.labels.dataAsOf, { moment: model.labels.dataAsOfText }),
    creator: model.meta.groupName,
    lastModifiedBy: cochairs || model.meta.groupName,
    revision: 1,
    pageNumbers: contentsWithoutPageNumbers,
    numbering: {
      config: [
        {
          reference: orderedListReference,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    styles: {
      default: {
        // Arabic and Chinese take the Noto fonts (Debian's fonts-noto-core and fonts-noto-cjk); an Arabic report's runs are right to left.
        document: {
          run: {
            font: { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Noto Sans Arabic', eastAsia: 'Noto Sans CJK SC' },
            size: 22,
            ...(r.rtl ? { rightToLeft: true, language: { bidirectional: 'ar-SA' } } : {}),
          },
        },
        heading1: { run: { size: 32, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { size: 26, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { run: { size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
        title: { run: { size: 52, bold: true, color: accent }, paragraph: { spacing: { before: 2400, after: 240 } } },
      },
      paragraphStyles: [
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 20 }, paragraph: { spacing: { before: 80, after: 40 } } },
        { id: 'TableCaption', name: 'Table caption', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 20 }, paragraph: { spacing: { before: 160, after: 60 } } },
        { id: 'FigureSource', name: 'Figure source', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: muted }, paragraph: { spacing: { after: 240 } } },
        { id: 'ContentsHeading', name: 'Contents heading', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color: accent }, paragraph: { spacing: { after: 200 } } },
        { id: 'CoverGroup', name: 'Cover group', basedOn: 'Normal', next: 'Normal', run: { size: 20, allCaps: true, color: muted } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 28, color: muted }, paragraph: { spacing: { after: 480 } } },
        { id: 'ReportNote', name: 'Report note', basedOn: 'Normal', next: 'Normal', paragraph: { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF6DC' } } },
      ],
    },
    sections: [
      { children: cover(model) },
      {
        headers: { default: pageHeader(model) },
        footers: { default: pageFooter(model) },
        children: [...contents(model), ...body],
      },
    ],
  });
}

export async function renderDocx(model: ReportModel, session: BrowserSession): Promise<Buffer> {
  return (await drawDocxFigures(model, session))();
}

/**
 * Draws the figures with Chromium and gives what packs the document, which needs Chromium no more:
 * the PDF can be printed while the DOCX is packed.
 */
export async function drawDocxFigures(model: ReportModel, session: BrowserSession): Promise<() => Promise<Buffer>> {
  const svgs = await Promise.all(model.figures.map((figure) => renderSvg(figure.spec)));
  const images = await svgsToPngs(session, svgs);
  const pngs = new Map<string, Png>(model.figures.map((figure, index) => [figure.id, images[index] as Png]));
  return async () => {
    const document = buildDocument({ model, pngs, lists: { next: 1 }, rtl: isRtl(model) });
    const packed = await Packer.toBuffer(document);
    return normalizeDocx(new Uint8Array(packed), new Date(model.meta.dataAsOf));
  };
}
