import type { Child } from '#jsx/jsx-runtime';
import type { SafeHtml } from '../../lib/html';

/** A wide table that scrolls sideways on a narrow screen; focusable, so keyboards can scroll it too. */
export function ScrollRegion({ label, children }: { label: string; children?: Child }): SafeHtml {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabindex="0">
      {children}
    </div>
  );
}
