/**
 * The report as a Word document a co-chair can edit: real heading styles (so Word's navigation pane
 * and table of contents work), real tables, figures as PNG images with their text alternative,
 * numbered captions (SEQ fields, so Word's table of figures works), a table of contents field and
 * page numbers. The same model gives the same bytes: the docx package's random ids, counters and
 * clock readings are rewritten from the model, and every zip entry is dated at the data moment.
 */
import { createHash } from 'node:crypto';
import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  SequentialIdentifier,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { renderSvg } from '../../lib/figures';
import { svgsToPngs, type BrowserSession, type Png } from './report.browser';
import { markdownBlocks } from './report.markdown';
import {
  absoluteHref,
  cellText,
  directionOf,
  fillTemplate,
  figureLabel,
  printedTable,
  findFigure,
  type Block,
  type Cell,
  type Inline,
  type ReportFigure,
  type ReportModel,
  type ReportSection,
} from './report.model';

const accent = '1A5E9A';
const muted = '4A5360';
/** The text width of an A4 page with the default margins, in pixels at 96 dpi. */
const textWidthPx = 600;
const orderedListReference = 'report-ordered-list';

interface Render {
  model: ReportModel;
  pngs: Map<string, Png>;
  /** Each ordered list restarts its numbering: one instance per list, counted in reading order. */
  lists: { next: number };
  /** Right to left (Arabic): paragraphs bidirectional, tables laid out from the right. */
  rtl: boolean;
}

/** A paragraph in the direction of the text around it: bidirectional (and so right-aligned) in Arabic. */
function para(rtl: boolean, options: IParagraphOptions): Paragraph {
  return new Paragraph(rtl ? { ...options, bidirectional: true } : options);
}

function isRtl(model: ReportModel): boolean {
  return model.meta.dir === 'rtl';
}

/** Word's bookmark names: letters, digits and underscores, at most 40 characters; a long one keeps a hash to stay unique. */
function bookmarkName(id: string): string {
  const name = `r_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
  return name.length <= 40 ? name : `${name.slice(0, 31)}_${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

function runs(content: Inline[], r: Render): ParagraphChild[] {
  return content.map((part) => {
    if (typeof part === 'string') return new TextRun(part);
    const run = new TextRun({ text: part.text, bold: part.strong, italics: part.em, style: part.href ? 'Hyperlink' : undefined });
    return part.href ? new ExternalHyperlink({ link: absoluteHref(r.model, part.href), children: [run] }) : run;
  });
}

function cellParagraph(cell: Cell, r: Render, bold: boolean, numeric: boolean): Paragraph {
  const alignment = numeric ? AlignmentType.END : AlignmentType.START;
  if (typeof cell === 'object') {
    return para(r.rtl, {
      alignment,
      children: [new ExternalHyperlink({ link: absoluteHref(r.model, cell.href), children: [new TextRun({ text: cell.text, bold, style: 'Hyperlink' })] })],
    });
  }
  return para(r.rtl, { alignment, children: [new TextRun({ text: cellText(cell, r.model.meta.locale), bold })] });
}

function table(r: Render, caption: string, columns: string[], rows: Cell[][], bookmark?: string): (Paragraph | Table)[] {
  const numeric = columns.map((_, index) => rows.length > 0 && rows.every((row) => typeof row[index] === 'number'));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, index) => new TableCell({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF4' }, children: [cellParagraph(column, r, true, numeric[index] ?? false)] }),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, index) => new TableCell({ children: [cellParagraph(cell, r, index === 0, numeric[index] ?? false)] })),
      }),
  );
  const out: (Paragraph | Table)[] = [];
  if (caption) {
    const text = new TextRun(caption);
    out.push(para(r.rtl, { style: 'TableCaption', keepNext: true, children: bookmark ? [new Bookmark({ id: bookmark, children: [text] })] : [text] }));
  }
  out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body], ...(r.rtl ? { visuallyRightToLeft: true } : {}) }));
  out.push(para(r.rtl, { children: [] }));
  return out;
}

/** 'Figure {number}' with a SEQ field where the number goes, so that Word can list and renumber figures. */
function captionRuns(model: ReportModel, figure: ReportFigure): ParagraphChild[] {
  const [before = '', after = ''] = model.labels.figure.split('{number}');
  return [new TextRun(before), new SequentialIdentifier('Figure'), new TextRun(`${after}. ${figure.caption}`)];
}

function figureParagraphs(r: Render, figure: ReportFigure): Paragraph[] {
  const png = r.pngs.get(figure.id);
  const scale = png ? Math.min(1, textWidthPx / png.width) : 1;
  const image = png
    ? [
        para(r.rtl, {
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: png.data,
              transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) },
              altText: { name: figure.id, title: figure.caption, description: figure.alt },
            }),
          ],
        }),
      ]
    : [];
  return [
    ...image,
    para(r.rtl, { style: 'Caption', keepNext: true, children: [new Bookmark({ id: bookmarkName(figure.id), children: captionRuns(r.model, figure) })] }),
    para(r.rtl, { style: 'FigureSource', children: [new TextRun(`${r.model.labels.figureSource}: ${figure.source}`)] }),
  ];
}

function headingLevel(depth: number): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  if (depth <= 2) return HeadingLevel.HEADING_2;
  if (depth === 3) return HeadingLevel.HEADING_3;
  return HeadingLevel.HEADING_4;
}

function blockElements(r: Render, block: Block, depth: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [para(r.rtl, { children: runs(block.content, r) })];
    case 'heading':
      return [para(r.rtl, { heading: headingLevel(depth), children: runs(block.content, r) })];
    case 'markdown': {
      // A section not translated yet reads in its own language's direction.
      const inner = block.lang ? { ...r, rtl: directionOf(block.lang) === 'rtl' } : r;
      return markdownBlocks(block.markdown).flatMap((child) => blockElements(inner, child, depth));
    }
    case 'list': {
      const instance = block.ordered ? r.lists.next++ : 0;
      return block.items.map((item) =>
        para(r.rtl, {
          ...(block.ordered ? { numbering: { reference: orderedListReference, level: 0, instance } } : { bullet: { level: 0 } }),
          children: runs(item, r),
        }),
      );
    }
    case 'table':
      return table(r, block.caption, block.columns, block.rows);
    case 'claim':
      return [
        para(r.rtl, {
          children: [
            ...runs(block.content, r),
            // No sources, no parentheses.
            ...(block.sources.length > 0
              ? [
                  new TextRun(' ('),
                  ...block.sources.flatMap((source, index) => [
                    ...(index > 0 ? [new TextRun('; ')] : []),
                    new ExternalHyperlink({ link: absoluteHref(r.model, source.href), children: [new TextRun({ text: source.label, style: 'Hyperlink' })] }),
                  ]),
                  new TextRun(')'),
                ]
              : []),
          ],
        }),
      ];
    case 'figure': {
      const figure = findFigure(r.model, block.figureId);
      return figure ? figureParagraphs(r, figure) : [];
    }
    case 'figure-data': {
      const figure = findFigure(r.model, block.figureId);
      if (!figure) return [];
      const printed = printedTable(figure);
      return [
        ...table(r, `${figureLabel(r.model, figure)}. ${figure.caption}`, printed.table.columns, printed.table.rows, bookmarkName(`data-${figure.id}`)),
        ...(printed.note ? blockElements(r, { kind: 'note', text: printed.note }, depth) : []),
      ];
    }
    case 'empty':
      return [para(r.rtl, { children: [new TextRun({ text: block.text, italics: true, color: muted })] })];
    case 'note':
      return [para(r.rtl, { style: 'ReportNote', children: [new TextRun(block.text)] })];
    case 'subsection':
      return [
        para(r.rtl, { heading: headingLevel(depth), children: [new Bookmark({ id: bookmarkName(block.id), children: [new TextRun(block.title)] })] }),
        ...block.blocks.flatMap((child) => blockElements(r, child, depth + 1)),
      ];
  }
}

function sectionElements(r: Render, section: ReportSection, first: boolean): (Paragraph | Table)[] {
  return [
    para(r.rtl, {
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: !first,
      children: [new Bookmark({ id: bookmarkName(section.id), children: [new TextRun(`${section.number}\u2003${section.title}`)] })],
    }),
    ...section.blocks.flatMap((block) => blockElements(r, block, 2)),
  ];
}

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

/** The day and time of a moment in UTC, as zip entries (which have no time zone) should carry it. */
function zipDate(moment: Date): Date {
  return new Date(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate(), moment.getUTCHours(), moment.getUTCMinutes(), moment.getUTCSeconds());
}

/**
 * Rewrites what the docx package makes differently each time: random relationship ids, process-wide
 * counters of bookmarks and drawings, the clock in the core properties and the zip entries' dates.
 */
export function normalizeDocx(data: Uint8Array, moment: Date): Buffer {
  const files = unzipSync(data);
  const relationshipIds = new Map<string, string>();
  const rewritten: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  const mtime = zipDate(moment);
  for (const [name, bytes] of Object.entries(files)) {
    let content = bytes;
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      let xml = strFromU8(bytes);
      xml = xml.replace(/rId[0-9a-z_-]{21}(?=")/g, (id) => {
        if (!relationshipIds.has(id)) relationshipIds.set(id, `rIdR${relationshipIds.size + 1}`);
        return relationshipIds.get(id) as string;
      });
      xml = renumber(xml, /(_Toc)(\d+)/g);
      xml = renumber(xml, /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(?=")/g);
      let drawing = 0;
      xml = xml.replace(/(<wp:docPr id=")(\d+)(?=")/g, (_, prefix: string) => `${prefix}${++drawing}`);
      if (name === 'docProps/core.xml') {
        const stamp = moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
        xml = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
      }
      content = strToU8(xml);
    }
    rewritten[name] = [content, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(rewritten));
}

/** Gives the numbers a pattern captures new values in order of first appearance. */
function renumber(xml: string, pattern: RegExp): string {
  const numbers = new Map<string, number>();
  return xml.replace(pattern, (_, prefix: string, value: string) => {
    if (!numbers.has(value)) numbers.set(value, numbers.size + 1);
    return `${prefix}${numbers.get(value)}`;
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
