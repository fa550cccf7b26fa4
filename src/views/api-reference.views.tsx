/** The JSON API's reference (/api): every route, who may call it, its parameters and the fields it answers with. */
import type { SafeHtml } from '../lib/html';
import type { ViewContext } from './context';
import { ScrollTable } from './components/scroll-region';
import { Layout } from './layout';

export interface ApiReferenceField {
  /** `items[].entity.acronym`: `[]` marks the entries of a list. */
  path: string;
  type: string;
  required: boolean;
}

export interface ApiReferenceRoute {
  id: string;
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  access: string;
  parameters: { name: string; in: 'path' | 'query'; type: string; required: boolean }[];
  body: ApiReferenceField[] | null;
  status: number;
  response: ApiReferenceField[];
  conflict: ApiReferenceField[] | null;
  errors: { status: number; text: string }[];
}

export interface ApiReferenceSection {
  tag: string;
  title: string;
  routes: ApiReferenceRoute[];
}

function FieldTable({ ctx, id, caption, fields }: { ctx: ViewContext; id: string; caption: string; fields: ApiReferenceField[] }): SafeHtml {
  const { t } = ctx;
  return (
    <ScrollTable id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('api.docs.column.name')}</th>
          <th scope="col">{t('api.docs.column.type')}</th>
          <th scope="col">{t('api.docs.column.required')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr>
            <th scope="row">
              <code dir="ltr">{field.path}</code>
            </th>
            <td dir="ltr">
              <code>{field.type}</code>
            </td>
            <td>{field.required ? t('api.docs.yes') : t('api.docs.no')}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function Parameters({ ctx, route }: { ctx: ViewContext; route: ApiReferenceRoute }): SafeHtml {
  const { t } = ctx;
  if (route.parameters.length === 0) return <p>{t('api.docs.noParameters')}</p>;
  return (
    <ScrollTable id={`${route.id}-parameters`} caption={t('api.docs.parameters')}>
      <thead>
        <tr>
          <th scope="col">{t('api.docs.column.name')}</th>
          <th scope="col">{t('api.docs.column.in')}</th>
          <th scope="col">{t('api.docs.column.type')}</th>
          <th scope="col">{t('api.docs.column.required')}</th>
        </tr>
      </thead>
      <tbody>
        {route.parameters.map((parameter) => (
          <tr>
            <th scope="row">
              <code dir="ltr">{parameter.name}</code>
            </th>
            <td>{t(parameter.in === 'path' ? 'api.docs.in.path' : 'api.docs.in.query')}</td>
            <td dir="ltr">
              <code>{parameter.type}</code>
            </td>
            <td>{parameter.required ? t('api.docs.yes') : t('api.docs.no')}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function Route({ ctx, route }: { ctx: ViewContext; route: ApiReferenceRoute }): SafeHtml {
  const { t } = ctx;
  return (
    <section class="api-route" id={route.id} aria-labelledby={`${route.id}-title`}>
      <h3 id={`${route.id}-title`}>
        <code dir="ltr">{`${route.method} ${route.path}`}</code>
      </h3>
      <p>{route.summary}</p>
      <p>
        <strong>{t('api.docs.whoMay')}:</strong> {route.access}
      </p>
      <Parameters ctx={ctx} route={route} />
      {route.body ? <FieldTable ctx={ctx} id={`${route.id}-body`} caption={t('api.docs.body')} fields={route.body} /> : null}
      <FieldTable ctx={ctx} id={`${route.id}-response`} caption={t('api.docs.response', { status: String(route.status) })} fields={route.response} />
      {route.conflict ? <FieldTable ctx={ctx} id={`${route.id}-conflict`} caption={t('api.docs.conflict')} fields={route.conflict} /> : null}
      <h4>{t('api.docs.errors')}</h4>
      <ul>
        {route.errors.map((error) => (
          <li>
            <code>{String(error.status)}</code> {error.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ApiReferencePage({ ctx, sections, openApiUrl }: { ctx: ViewContext; sections: ApiReferenceSection[]; openApiUrl: string }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('api.docs.title')} description={t('api.docs.intro')}>
      <h1>{t('api.docs.title')}</h1>
      <p class="lead">{t('api.docs.intro')}</p>
      <p>{t('api.docs.auth')}</p>
      <p>
        <a href={openApiUrl} dir="ltr">
          {t('api.docs.openapi')}
        </a>
      </p>
      <p>{t('api.docs.errorShape', { shape: '{ "error": { "code", "message" } }', fields: '"fields": [{ "field", "message" }]' })}</p>
      <nav aria-labelledby="api-contents">
        <h2 id="api-contents">{t('api.docs.contents')}</h2>
        <ul>
          {sections.map((section) => (
            <li>
              <a href={`#${section.tag}`}>{section.title}</a>
              <ul>
                {section.routes.map((route) => (
                  <li>
                    <a href={`#${route.id}`}>
                      <code dir="ltr">{`${route.method} ${route.path}`}</code>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section id={section.tag} aria-labelledby={`${section.tag}-title`}>
          <h2 id={`${section.tag}-title`}>{section.title}</h2>
          {section.routes.map((route) => (
            <Route ctx={ctx} route={route} />
          ))}
        </section>
      ))}
    </Layout>
  );
}
