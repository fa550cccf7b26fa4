import type { Child } from '#jsx/jsx-runtime';
import type { SafeHtml } from '../../lib/html';

interface ScrollTableProps {
  /** Unique on the page; the caption gets `${id}-caption`. */
  id: string;
  class?: string;
  caption?: Child;
  /** The id of the heading that names a table without a caption. */
  labelledBy?: string | undefined;
  children?: Child;
}

/**
 * Every data table: it scrolls sideways inside its own frame on a narrow screen, and that frame is a
 * region a keyboard can reach (to scroll it with the arrow keys) and a screen reader names after the
 * table's caption, or after the heading given by `labelledBy` when the table has no caption.
 */
export function ScrollTable(props: ScrollTableProps): SafeHtml {
  const hasCaption = props.caption !== undefined && props.caption !== null && props.caption !== '';
  const labelId = hasCaption ? `${props.id}-caption` : props.labelledBy;
  const table = (
    <table class={props.class ?? 'data-table'} id={props.id} aria-labelledby={hasCaption ? undefined : props.labelledBy}>
      {hasCaption ? <caption id={`${props.id}-caption`}>{props.caption}</caption> : null}
      {props.children}
    </table>
  );
  // Without a name (a caption-less table in a bare Markdown preview) it only scrolls: an unnamed region helps nobody.
  if (!labelId) return <div class="table-scroll">{table}</div>;
  return (
    <div class="table-scroll" role="region" aria-labelledby={labelId} tabindex="0">
      {table}
    </div>
  );
}
