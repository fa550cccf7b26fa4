import type { SafeHtml } from '../lib/html';
import type { MessageKey } from '../lib/i18n';
import type { ViewContext } from './context';
import { Layout } from './layout';

export interface ErrorView {
  code: string;
  message: string;
  /** `inAddress`: the field is a part of the address (`item=0`), written as the address bar shows it. */
  fields: { field: string; message: string; inAddress?: string }[];
}

/**
 * The page of a refused request, in plain words: a refusal says what the person can do about it, and
 * a bad value in the address (`?item=0`) is shown as the person sees it in the address bar.
 */
export function ErrorPage({ ctx, error }: { ctx: ViewContext; error: ErrorView }): SafeHtml {
  const known = `error.${error.code}` as MessageKey;
  const inAddress = error.code === 'VALIDATION' && error.fields.length > 0 && error.fields.every((issue) => issue.inAddress !== undefined);
  const headline = inAddress ? ctx.t('error.address') : ctx.t(known) === known ? ctx.t('error.INTERNAL') : ctx.t(known);
  const detail = error.code === 'INTERNAL' ? null : error.code === 'FORBIDDEN' ? ctx.t('error.FORBIDDEN.detail') : inAddress ? ctx.t('error.address.detail') : error.message;
  return (
    <Layout ctx={ctx} title={ctx.t('error.title')} description={headline}>
      <h1>{headline}</h1>
      {detail ? <p>{detail}</p> : null}
      {error.fields.length > 0 ? (
        <ul class="error-list">
          {error.fields.map((issue) => (
            <li>
              <strong>{issue.inAddress !== undefined ? <code>{issue.inAddress}</code> : issue.field}</strong>: {issue.message}
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
