import { trustedHtml, type SafeHtml } from '../../lib/html';
import type { FigureTable, RenderedFigure } from '../../lib/figures';
import type { ViewContext } from '../context';
import { ScrollTable } from './scroll-region';

export type { RenderedFigure };

export function DataTable({ id, table, caption }: { id: string; table: FigureTable; caption: string }): SafeHtml {
  return (
    <ScrollTable id={id} caption={caption}>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th scope="col">{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr>{row.map((cell, index) => (index === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** A numbered figure: the SVG (described by its text alternative), its caption and its data. */
export function FigureBlock({ ctx, figure }: { ctx: ViewContext; figure: RenderedFigure }): SafeHtml {
  const label = ctx.t('figure.label', { number: figure.number });
  return (
    <figure class="figure" id={figure.id} aria-labelledby={`${figure.id}-caption`}>
      <div class="figure-graphic" role="img" aria-label={figure.alt}>
        {trustedHtml(figure.svg)}
      </div>
      <figcaption id={`${figure.id}-caption`}>
        <span class="figure-number">{label}.</span> {figure.caption}
      </figcaption>
      <details class="figure-data" open>
        <summary>{ctx.t('figure.data', { number: figure.number })}</summary>
        <DataTable id={`${figure.id}-data`} table={figure.table} caption={`${label}. ${figure.caption}`} />
        {figure.csvHref ? (
          <p>
            <a href={figure.csvHref} download>
              {ctx.t('figure.csv')}
            </a>
          </p>
        ) : null}
      </details>
    </figure>
  );
}
