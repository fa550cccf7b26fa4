/**
 * The report as HTML: the body that the public page shows inside the site's layout, and the complete
 * standalone document (the download, and what Chromium prints to PDF) with the report stylesheet
 * inlined and the figures drawn as SVG on the server.
 */
import { readFileSync } from 'node:fs';
import type { Child } from '#jsx/jsx-runtime';
import { renderSvg } from '../../lib/figures';
import { trustedHtml, type SafeHtml } from '../../lib/html';
import { projectPath } from '../../lib/project-dir';
import { markdownBlocks } from './report.markdown';
import {
  absoluteHref,
  cellText,
  directionOf,
  fillTemplate,
  figureLabel,
  findFigure,
  printedTable,
  type Block,
  type Cell,
  type Inline,
  type ReportFigure,
  type ReportModel,
  type ReportSection,
} from './report.model';
import { ScrollTable } from '../../views/components/scroll-region';

export const reportStylesheetPath = `${projectPath('public')}report.css`;

export interface HtmlOptions {
  /** Links stay paths on the platform (the web page) or become absolute addresses (files read elsewhere). */
  links: 'relative' | 'absolute';
  /** Where each figure's CSV is offered, if anywhere. */
  csvHref?: (figure: ReportFigure) => string;
  /**
   * Printing: the page of each section and figure (by id), shown in the contents and the list of
   * figures. With `{}` the place for the number is kept empty, so the first pass lays out the same.
   */
  pageNumbers?: Record<string, number>;
}

interface Render {
  model: ReportModel;
  svgs: Map<string, string>;
  options: HtmlOptions;
  /** The href a link gets in this document. */
  resolve(target: string): string;
  /** A page-unique id for a table that has none of its own (in document order, so the same model gives the same ids). */
  nextTableId(): string;
  /** The heading of the section being drawn: it names a table that has no caption. */
  headingId?: string;
}

function tableIds(prefix: string): () => string {
  let count = 0;
  return () => `${prefix}-${++count}`;
}

/** Draws every figure of the model as SVG (the same spec always gives the same SVG). */
export async function renderFigureSvgs(model: ReportModel): Promise<Map<string, string>> {
  const entries = await Promise.all(model.figures.map(async (figure) => [figure.id, await renderSvg(figure.spec)] as const));
  return new Map(entries);
}

function href(r: Render, target: string): string {
  return r.resolve(target);
}

function InlineContent({ r, content }: { r: Render; content: Inline[] }): SafeHtml {
  return (
    <>
      {content.map((part) => {
        if (typeof part === 'string') return part;
        let inner: Child = part.text;
        if (part.em) inner = <em>{inner}</em>;
        if (part.strong) inner = <strong>{inner}</strong>;
        return part.href ? <a href={href(r, part.href)}>{inner}</a> : inner;
      })}
    </>
  );
}

function CellContent({ r, cell }: { r: Render; cell: Cell }): SafeHtml {
  // The workspace's preview of a narrative draws its tables without a model.
  return typeof cell === 'object' ? <a href={href(r, cell.href)}>{cell.text}</a> : <>{cellText(cell, r.model?.meta.locale)}</>;
}

function Table({ r, caption, columns, rows, id }: { r: Render; caption: string; columns: string[]; rows: Cell[][]; id?: string }): SafeHtml {
  const numeric = columns.map((_, index) => rows.length > 0 && rows.every((row) => typeof row[index] === 'number'));
  return (
    <ScrollTable id={id ?? r.nextTableId()} caption={caption} labelledBy={r.headingId}>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" class={numeric[index] ? 'num' : undefined}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            {row.map((cell, index) =>
              index === 0 ? (
                <th scope="row">
                  <CellContent r={r} cell={cell} />
                </th>
              ) : (
                <td class={numeric[index] ? 'num' : undefined}>
                  <CellContent r={r} cell={cell} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function Figure({ r, figure }: { r: Render; figure: ReportFigure }): SafeHtml {
  const label = figureLabel(r.model, figure);
  return (
    <figure class="report-figure" id={figure.id} aria-labelledby={`${figure.id}-caption`}>
      <div class="figure-graphic" role="img" aria-label={figure.alt}>
        {trustedHtml(r.svgs.get(figure.id) ?? '')}
      </div>
      <figcaption id={`${figure.id}-caption`}>
        <span class="figure-number">{label}.</span> {figure.caption}
      </figcaption>
      <p class="figure-source">
        {r.model.labels.figureSource}: {figure.source}
      </p>
      <p class="figure-links">
        <a href={`#data-${figure.id}`}>{fillTemplate(r.model.labels.figureData, { number: figure.number })}</a>
        {r.options.csvHref ? (
          <>
            {' · '}
            <a href={r.options.csvHref(figure)} download>
              {r.model.labels.downloadCsv}
            </a>
          </>
        ) : null}
      </p>
    </figure>
  );
}

function Blocks({ r, blocks, depth }: { r: Render; blocks: Block[]; depth: number }): SafeHtml {
  return (
    <>
      {blocks.map((block) => (
        <BlockView r={r} block={block} depth={depth} />
      ))}
    </>
  );
}

function Heading({ depth, id, children }: { depth: number; id?: string; children?: Child }): SafeHtml {
  if (depth <= 3) return <h3 id={id}>{children}</h3>;
  if (depth === 4) return <h4 id={id}>{children}</h4>;
  return <h5 id={id}>{children}</h5>;
}

function BlockView({ r, block, depth }: { r: Render; block: Block; depth: number }): SafeHtml {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <InlineContent r={r} content={block.content} />
        </p>
      );
    case 'heading':
      return (
        <Heading depth={depth}>
          <InlineContent r={r} content={block.content} />
        </Heading>
      );
    case 'markdown':
      return (
        <div class="narrative" lang={block.lang} dir={block.lang ? directionOf(block.lang) : undefined}>
          <Blocks r={r} blocks={markdownBlocks(block.markdown)} depth={depth} />
        </div>
      );
    case 'list': {
      const items = block.items.map((item) => (
        <li>
          <InlineContent r={r} content={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return <Table r={r} caption={block.caption} columns={block.columns} rows={block.rows} />;
    case 'claim':
      return (
        <p class="claim">
          <InlineContent r={r} content={block.content} />
          {block.sources.length > 0 ? (
            <>
              {' '}
              <span class="claim-sources">
                {'('}
                {block.sources.map((source, index) => (
                  <>
                    {index > 0 ? '; ' : ''}
                    <a href={href(r, source.href)}>{source.label}</a>
                  </>
                ))}
                {')'}
              </span>
            </>
          ) : null}
        </p>
      );
    case 'figure': {
      const figure = findFigure(r.model, block.figureId);
      return figure ? <Figure r={r} figure={figure} /> : <></>;
    }
    case 'figure-data': {
      const figure = findFigure(r.model, block.figureId);
      if (!figure) return <></>;
      const { table, note } = printedTable(figure);
      return (
        <>
          <Table r={r} id={`data-${figure.id}`} caption={`${figureLabel(r.model, figure)}. ${figure.caption}`} columns={table.columns} rows={table.rows} />
          {note ? <p class="report-note">{note}</p> : null}
        </>
      );
    }
    case 'empty':
      return <p class="report-empty">{block.text}</p>;
    case 'note':
      return <p class="report-note">{block.text}</p>;
    case 'subsection':
      return (
        <section class="report-subsection" aria-labelledby={`${block.id}-title`}>
          <Heading depth={depth} id={`${block.id}-title`}>
            {block.title}
          </Heading>
          <Blocks r={{ ...r, headingId: `${block.id}-title` }} blocks={block.blocks} depth={depth + 1} />
        </section>
      );
  }
}

function Section({ r, section }: { r: Render; section: ReportSection }): SafeHtml {
  return (
    <section class={`report-section report-${section.kind}`} id={section.id} aria-labelledby={`${section.id}-title`}>
      <h2 id={`${section.id}-title`}>
        <span class="section-number">{section.number}</span> {section.title}
      </h2>
      <Blocks r={{ ...r, headingId: `${section.id}-title` }} blocks={section.blocks} depth={3} />
    </section>
  );
}

function Cover({ r }: { r: Render }): SafeHtml {
  const { meta, labels } = r.model;
  return (
    <header class="report-cover">
      <p class="report-group">{meta.groupName}</p>
      <h1>{meta.title}</h1>
      <p class="report-subtitle">{meta.subtitle}</p>
      {meta.cochairs.length === 0 ? (
        labels.noTerm ? (
          <p class="report-cochairs">{labels.noTerm}</p>
        ) : null
      ) : (
        <p class="report-cochairs">
          {labels.cochairs}:{' '}
          {meta.cochairs.map((cochair, index) => (
            <>
              {index > 0 ? ', ' : ''}
              <a href={href(r, cochair.href)}>{cochair.name}</a> ({cochair.acronym})
            </>
          ))}
        </p>
      )}
      <p class="report-moment">{fillTemplate(labels.dataAsOf, { moment: labels.dataAsOfText })}</p>
      <p class={`report-status status-${meta.status}`}>
        {labels.status}: {labels.statusName}
      </p>
      {meta.sampleNotice ? <p class="report-sample">{meta.sampleNotice}</p> : null}
    </header>
  );
}

/** The page number of a contents line, when printing. */
function TocPage({ r, id }: { r: Render; id: string }): SafeHtml {
  const pages = r.options.pageNumbers;
  if (!pages) return <></>;
  return <span class="toc-page">{pages[id] === undefined ? '' : String(pages[id])}</span>;
}

function Contents({ r }: { r: Render }): SafeHtml {
  const { model } = r;
  return (
    <nav class="report-toc" aria-labelledby="report-contents-title">
      <h2 id="report-contents-title">{model.labels.contents}</h2>
      <ol class="toc-list">
        {model.sections.map((section) => (
          <li class={`toc-${section.kind}`}>
            <a href={`#${section.id}`}>
              <span class="toc-number">{section.number}</span> {section.title}
              <TocPage r={r} id={section.id} />
            </a>
          </li>
        ))}
      </ol>
      {model.figures.length > 0 ? (
        <>
          <h2 id="report-figures-title">{model.labels.listOfFigures}</h2>
          <ol class="toc-list" aria-labelledby="report-figures-title">
            {model.figures.map((figure) => (
              <li>
                <a href={`#${figure.id}`}>
                  <span class="toc-number">{figureLabel(model, figure)}.</span> {figure.caption}
                  <TocPage r={r} id={figure.id} />
                </a>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </nav>
  );
}

/** The report without a page around it: the cover, the contents, the sections and the annexes. */
export function ReportBody({ model, svgs, options, afterCover }: { model: ReportModel; svgs: Map<string, string>; options: HtmlOptions; afterCover?: SafeHtml }): SafeHtml {
  const r: Render = { model, svgs, options, resolve: (target) => (options.links === 'absolute' ? absoluteHref(model, target) : target), nextTableId: tableIds('report-table') };
  return (
    <article class="report" lang={model.meta.locale} dir={model.meta.dir}>
      <Cover r={r} />
      {afterCover ?? null}
      <Contents r={r} />
      {model.sections.map((section) => (
        <Section r={r} section={section} />
      ))}
    </article>
  );
}

/** The co-chairs' Markdown as the report shows it: the live preview of the workspace. */
export function NarrativeHtml({ markdown }: { markdown: string }): SafeHtml {
  const r = { resolve: (target: string) => target, nextTableId: tableIds('narrative-table') } as Render;
  return (
    <div class="narrative">
      <Blocks r={r} blocks={markdownBlocks(markdown)} depth={3} />
    </div>
  );
}

let stylesheet: string | null = null;

function reportStylesheet(): string {
  stylesheet ??= readFileSync(reportStylesheetPath, 'utf8');
  return stylesheet;
}

/** The standalone document: one file that shows and prints the whole report, links made absolute. */
export async function renderHtmlDocument(model: ReportModel, pageNumbers?: Record<string, number>): Promise<string> {
  const svgs = await renderFigureSvgs(model);
  const page: SafeHtml = (
    <html lang={model.meta.locale} dir={model.meta.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${model.meta.title} · ${model.meta.groupName}`}</title>
        <meta name="description" content={model.meta.subtitle} />
        <meta name="author" content={model.meta.groupName} />
        <style>{trustedHtml(reportStylesheet())}</style>
      </head>
      <body class="report-document">
        <main>
          <ReportBody model={model} svgs={svgs} options={pageNumbers ? { links: 'absolute', pageNumbers } : { links: 'absolute' }} />
        </main>
      </body>
    </html>
  );
  return `<!doctype html>\n${page.value}\n`;
}
