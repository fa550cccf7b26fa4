/** Signing in and out, the second factor, and setting a password from a link. */
import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, PostForm, TextField } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { FormState } from './accounts.views';
import { PasskeySignIn } from './passkeys.views';

/** A way to sign in through an identity provider, as the sign-in page offers it. */
export interface SignInChoice {
  id: number;
  name: string;
}

export function SignInPage({ ctx, form, next, notice, providers = [] }: { ctx: ViewContext; form: FormState; next: string; notice?: string | null; providers?: SignInChoice[] }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('signIn.title')} description={t('signIn.description')}>
      <h1>{t('signIn.title')}</h1>
      <Flash message={notice} />
      <ErrorSummary ctx={ctx} errors={{}} message={form.message} />
      <ProviderButtons ctx={ctx} choices={providers} next={next} />
      <PostForm ctx={ctx} action="/login" class="stacked">
        <input type="hidden" name="next" value={next} />
        <TextField name="email" label={t('signIn.email')} type="email" value={form.values.email} autocomplete="username" required />
        <TextField name="password" label={t('signIn.password')} type="password" autocomplete="current-password" required />
        <div class="actions">
          <button type="submit">{t('signIn.submit')}</button>
          <a href="/password/forgot">{t('signIn.forgot')}</a>
        </div>
      </PostForm>
      <PasskeySignIn ctx={ctx} next={next} />
    </Layout>
  );
}

/** The sign-in page's buttons, one per identity provider. */
export function ProviderButtons({ ctx, choices, next }: { ctx: ViewContext; choices: SignInChoice[]; next: string }): SafeHtml {
  if (choices.length === 0) return <></>;
  return (
    <>
      <ul class="provider-buttons">
        {choices.map((choice) => (
          <li>
            <a class="button" href={`/login/provider/${choice.id}?next=${encodeURIComponent(next)}`}>
              {ctx.t('provider.signInWith', { name: choice.name })}
            </a>
          </li>
        ))}
      </ul>
      <p>{ctx.t('provider.or')}</p>
    </>
  );
}

/** After signing out of a session a provider opened: the way to sign out there too. */
export function SignedOutPage({ ctx, provider }: { ctx: ViewContext; provider: { name: string; url: string } }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('provider.signedOut')} description={t('provider.signedOut')}>
      <h1>{t('provider.signedOut')}</h1>
      <p>
        <a class="button" href={provider.url}>
          {t('provider.signOutThere', { name: provider.name })}
        </a>
      </p>
    </Layout>
  );
}

export function SecondFactorPage({ ctx, form }: { ctx: ViewContext; form: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('signIn.secondFactor.title')} description={t('signIn.secondFactor.intro')}>
      <h1>{t('signIn.secondFactor.title')}</h1>
      <p>{t('signIn.secondFactor.intro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} message={form.message} />
      <PostForm ctx={ctx} action="/login/second-factor" class="stacked">
        <TextField name="code" label={t('signIn.secondFactor.code')} autocomplete="one-time-code" errors={form.errors} required maxlength={11} />
        <div class="actions">
          <button type="submit">{t('signIn.secondFactor.submit')}</button>
        </div>
      </PostForm>
    </Layout>
  );
}

export function ForgotPasswordPage({ ctx, form, sent }: { ctx: ViewContext; form: FormState; sent: boolean }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('password.forgot.title')} description={t('password.forgot.intro')}>
      <h1>{t('password.forgot.title')}</h1>
      {sent ? (
        <p class="flash" role="status">
          {t('password.forgot.sent')}
        </p>
      ) : (
        <>
          <p>{t('password.forgot.intro')}</p>
          <ErrorSummary ctx={ctx} errors={form.errors} message={form.message} />
          <PostForm ctx={ctx} action="/password/forgot" class="stacked">
            <TextField name="email" label={t('signIn.email')} type="email" value={form.values.email} errors={form.errors} autocomplete="username" required />
            <div class="actions">
              <button type="submit">{t('password.forgot.submit')}</button>
            </div>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

export function SetPasswordPage({ ctx, email, token, form }: { ctx: ViewContext; email: string; token: string; form: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('password.set.title')} description={t('password.set.title')}>
      <h1>{t('password.set.title')}</h1>
      <p>{t('password.set.intro', { email })}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} message={form.message} />
      <PostForm ctx={ctx} action={`/account/set-password/${token}`} class="stacked">
        <input type="hidden" name="username" value={email} autocomplete="username" />
        <TextField name="password" label={t('password.set.password')} type="password" autocomplete="new-password" errors={form.errors} required />
        <TextField name="confirm" label={t('password.set.confirm')} type="password" autocomplete="new-password" errors={form.errors} required />
        <div class="actions">
          <button type="submit">{t('password.set.submit')}</button>
        </div>
      </PostForm>
    </Layout>
  );
}
