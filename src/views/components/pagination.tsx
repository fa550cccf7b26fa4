import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../context';

export interface PageInfo {
  page: number;
  pageSize: number;
  total: number;
}

export function pageCount(info: PageInfo): number {
  return Math.max(1, Math.ceil(info.total / info.pageSize));
}

function hrefFor(ctx: ViewContext, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(ctx.query)) if (value && key !== 'page') params.set(key, value);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${ctx.path}?${query}` : ctx.path;
}

export function Pagination({ ctx, info }: { ctx: ViewContext; info: PageInfo }): SafeHtml {
  const pages = pageCount(info);
  if (pages <= 1) return <></>;
  return (
    <nav class="pagination" aria-label={ctx.t('pagination.label')}>
      {info.page > 1 ? (
        <a href={hrefFor(ctx, info.page - 1)} rel="prev">
          {ctx.t('pagination.previous')}
        </a>
      ) : null}
      <span>{ctx.t('pagination.status', { page: info.page, pages })}</span>
      {info.page < pages ? (
        <a href={hrefFor(ctx, info.page + 1)} rel="next">
          {ctx.t('pagination.next')}
        </a>
      ) : null}
    </nav>
  );
}
