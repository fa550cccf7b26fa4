import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../context';

export function SourceList({ ctx, sources }: { ctx: ViewContext; sources: string[] }): SafeHtml {
  if (sources.length === 0) return <></>;
  return (
    <details class="sources">
      <summary>{ctx.t('sources.label')}</summary>
      <ul>
        {sources.map((url) => (
          <li>
            <a href={url} rel="noopener noreferrer external">
              {url}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
