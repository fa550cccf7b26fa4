import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, PostForm, TextArea, TextField, type FieldErrors } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { Provider } from './identity-providers.service';
import { ScrollTable } from '../../views/components/scroll-region';

export interface ProviderFormState {
  values: Record<string, string>;
  errors: FieldErrors;
  message?: string | null;
}

export interface AdminSignInData {
  providers: Provider[];
  /** The provider being edited, or null to add one. */
  editing: Provider | null;
  approvalRequired: boolean;
  redirectUri: string;
  notice: string | null;
  form: ProviderFormState;
}

function valuesOf(provider: Provider | null): Record<string, string> {
  if (!provider) return { passwordsAllowed: 'true' };
  return {
    name: provider.name,
    issuer: provider.issuer,
    clientId: provider.clientId,
    entities: provider.entities.join('\n'),
    domains: provider.domains.join('\n'),
    passwordsAllowed: provider.passwordsAllowed ? 'true' : '',
    version: String(provider.version),
  };
}

export function AdminSignInPage({ ctx, data }: { ctx: ViewContext; data: AdminSignInData }): SafeHtml {
  const { t } = ctx;
  const values = { ...valuesOf(data.editing), ...data.form.values };
  const action = data.editing ? `/admin/sign-in/providers/${data.editing.id}` : '/admin/sign-in/providers';
  return (
    <Layout ctx={ctx} title={t('admin.signIn.title')} description={t('admin.signIn.intro')}>
      <h1>{t('admin.signIn.title')}</h1>
      <p>{t('admin.signIn.intro')}</p>
      <Flash message={data.notice} />
      <p>
        {t('admin.signIn.redirect')}{' '}
        <code class="secret" id="redirect-uri">
          {data.redirectUri}
        </code>
      </p>
      <h2>{t('admin.signIn.providers')}</h2>
      {data.providers.length === 0 ? (
        <p>{t('admin.signIn.none')}</p>
      ) : (
        <ScrollTable id="providers" caption={t('admin.signIn.providers')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.signIn.name')}</th>
              <th scope="col">{t('admin.signIn.issuer')}</th>
              <th scope="col">{t('admin.signIn.entities')}</th>
              <th scope="col">{t('admin.signIn.domains')}</th>
              <th scope="col">{t('admin.signIn.passwordsAllowed')}</th>
              <th scope="col">{t('admin.signIn.remove')}</th>
            </tr>
          </thead>
          <tbody>
            {data.providers.map((provider) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/sign-in?edit=${provider.id}`}>{provider.name}</a>
                </th>
                <td>{provider.issuer}</td>
                <td>{provider.entities.join(', ') || '—'}</td>
                <td>{provider.domains.join(', ')}</td>
                <td>{provider.passwordsAllowed ? '✓' : '✗'}</td>
                <td>
                  <PostForm ctx={ctx} action={`/admin/sign-in/providers/${provider.id}/remove`} class="inline" confirm={t('admin.signIn.confirmRemove')}>
                    <button type="submit" class="link-button">
                      {t('admin.signIn.remove')} <span class="visually-hidden">{provider.name}</span>
                    </button>
                  </PostForm>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h2 id="provider-form">{data.editing ? data.editing.name : t('admin.signIn.add')}</h2>
      <ErrorSummary ctx={ctx} errors={data.form.errors} message={data.form.message} />
      <PostForm ctx={ctx} action={action} class="stacked">
        {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
        <TextField name="name" label={t('admin.signIn.name')} value={values.name} errors={data.form.errors} required maxlength={80} />
        <TextField name="issuer" label={t('admin.signIn.issuer')} value={values.issuer} errors={data.form.errors} required hint={t('admin.signIn.issuer.hint')} type="url" />
        <TextField name="clientId" label={t('admin.signIn.clientId')} value={values.clientId} errors={data.form.errors} required maxlength={300} />
        <TextField
          name="clientSecret"
          label={t('admin.signIn.clientSecret')}
          type="password"
          autocomplete="off"
          errors={data.form.errors}
          required={!data.editing}
          hint={data.editing ? t('admin.signIn.clientSecret.keep', { end: data.editing.secretEnd ? `…${data.editing.secretEnd}` : '…' }) : undefined}
        />
        <TextArea name="entities" label={t('admin.signIn.entities')} value={values.entities} errors={data.form.errors} rows={3} />
        <TextArea name="domains" label={t('admin.signIn.domains')} value={values.domains} errors={data.form.errors} rows={3} />
        <label class="checkbox">
          <input type="checkbox" name="passwordsAllowed" value="true" checked={values.passwordsAllowed === 'true'} /> {t('admin.signIn.passwordsAllowed')}
        </label>
        <div class="actions">
          <button type="submit">{t('admin.signIn.save')}</button>
          {data.editing ? <a href="/admin/sign-in">{t('form.cancel')}</a> : null}
        </div>
      </PostForm>

      <h2 id="approval">{t('admin.signIn.approval')}</h2>
      <PostForm ctx={ctx} action="/admin/sign-in/approval">
        <input type="hidden" name="required" value="false" />
        <label class="checkbox">
          <input type="checkbox" name="required" value="true" checked={data.approvalRequired} /> {t('admin.signIn.approvalRequired')}
        </label>{' '}
        <button type="submit" class="secondary">
          {t('form.save')}
        </button>
      </PostForm>
    </Layout>
  );
}

/** Back from a provider without a session: why, and the way back to the sign-in page. */
export function SignInOutcomePage({ ctx, message, waiting }: { ctx: ViewContext; message: string; waiting: boolean }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('signIn.title')} description={message}>
      <h1>{t('signIn.title')}</h1>
      <p class={waiting ? 'flash' : 'notice'} role={waiting ? 'status' : 'alert'} id="sign-in-outcome">
        {message}
      </p>
      <p>
        <a href="/login">{t('provider.backToSignIn')}</a>
      </p>
    </Layout>
  );
}
