import type { SafeHtml } from '../lib/html';
import type { MessageKey } from '../lib/i18n';
import type { ViewContext } from './context';
import { Layout } from './layout';

export interface ErrorView {
  code: string;
  message: string;
  fields: { field: string; message: string }[];
}

export function ErrorPage({ ctx, error }: { ctx: ViewContext; error: ErrorView }): SafeHtml {
  const known = `error.${error.code}` as MessageKey;
  const headline = ctx.t(known) === known ? ctx.t('error.INTERNAL') : ctx.t(known);
  return (
    <Layout ctx={ctx} title={ctx.t('error.title')} description={headline}>
      <h1>{headline}</h1>
      {error.code === 'INTERNAL' ? null : <p>{error.message}</p>}
      {error.fields.length > 0 ? (
        <ul class="error-list">
          {error.fields.map((issue) => (
            <li>
              <strong>{issue.field}</strong>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href="/">{ctx.t('error.home')}</a>
      </p>
    </Layout>
  );
}
