/**
 * The report's blocks as Word paragraphs and tables: runs and links, tables with a header row that
 * repeats, figures as PNG images with their numbered caption, headings with bookmarks, all laid out
 * right to left in Arabic.
 */
import { createHash } from 'node:crypto';
import {
  AlignmentType,
  Bookmark,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Paragraph,
  SequentialIdentifier,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Png } from './report.browser';
import { markdownBlocks } from './report.markdown';
import {
  absoluteHref,
  cellText,
  directionOf,
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

export const muted = '4A5360';

/** The text width of an A4 page with the default margins, in pixels at 96 dpi. */
const textWidthPx = 600;

export const orderedListReference = 'report-ordered-list';

export interface Render {
  model: ReportModel;
  pngs: Map<string, Png>;
  /** Each ordered list restarts its numbering: one instance per list, counted in reading order. */
  lists: { next: number };
  /** Right to left (Arabic): paragraphs bidirectional, tables laid out from the right. */
  rtl: boolean;
}

/** A paragraph in the direction of the text around it: bidirectional (and so right-aligned) in Arabic. */
export function para(rtl: boolean, options: IParagraphOptions): Paragraph {
  return new Paragraph(rtl ? { ...options, bidirectional: true } : options);
}

export function isRtl(model: ReportModel): boolean {
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

export function sectionElements(r: Render, section: ReportSection, first: boolean): (Paragraph | Table)[] {
  return [
    para(r.rtl, {
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: !first,
      children: [new Bookmark({ id: bookmarkName(section.id), children: [new TextRun(`${section.number}\u2003${section.title}`)] })],
    }),
    ...section.blocks.flatMap((block) => blockElements(r, block, 2)),
  ];
}
