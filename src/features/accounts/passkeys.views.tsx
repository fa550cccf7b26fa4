import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { CsrfField, ErrorSummary, PostForm, TextField, type FieldErrors } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { Passkey } from './passkeys.service';

/** The output where the script says what went wrong; read out when it changes. */
function PasskeyMessage(): SafeHtml {
  return <p class="notice" role="alert" data-passkey-message hidden></p>;
}

export function PasskeysPage({ ctx, passkeys, notice, form }: { ctx: ViewContext; passkeys: Passkey[]; notice: string | null; form: { errors: FieldErrors; message?: string | null } }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('passkeys.title')} description={t('passkeys.intro')}>
      <h1>{t('passkeys.title')}</h1>
      <p>{t('passkeys.intro')}</p>
      <Flash message={notice} />
      <ErrorSummary ctx={ctx} errors={form.errors} message={form.message} />
      {passkeys.length === 0 ? (
        <p>{t('passkeys.none')}</p>
      ) : (
        <ul class="passkeys" id="passkeys">
          {passkeys.map((passkey) => (
            <li>
              <strong>{passkey.name}</strong> · {t('passkeys.created', { date: ctx.fmt.moment(passkey.createdAt) })} ·{' '}
              {passkey.lastUsedAt ? t('passkeys.lastUsed', { date: ctx.fmt.moment(passkey.lastUsedAt) }) : t('passkeys.neverUsed')}
              <PostForm ctx={ctx} action={`/account/passkeys/${passkey.id}/name`} class="filters">
                <label for={`passkey-${passkey.id}-name`}>{t('passkeys.name')}</label>
                <input id={`passkey-${passkey.id}-name`} name="name" value={passkey.name} maxlength={80} required />
                <button type="submit" class="secondary">
                  {t('passkeys.rename')}
                </button>
              </PostForm>
              <PostForm ctx={ctx} action={`/account/passkeys/${passkey.id}/remove`} class="inline" confirm={t('passkeys.confirmRemove')}>
                <button type="submit" class="link-button">
                  {t('passkeys.remove')} <span class="visually-hidden">{passkey.name}</span>
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('passkeys.add')}</h2>
      <p data-passkey-noscript>{t('passkeys.needsScript')}</p>
      <p data-passkey-unsupported hidden>
        {t('passkeys.unsupported')}
      </p>
      <form method="post" action="/account/passkeys" class="filters" data-passkey="add" data-options="/account/passkeys/options" data-cancelled={t('passkeys.cancelled')} hidden>
        <CsrfField ctx={ctx} />
        <TextField name="name" label={t('passkeys.name')} maxlength={80} required />
        <button type="submit">{t('passkeys.add')}</button>
        <PasskeyMessage />
      </form>
      <script src="/assets/passkeys.js" defer></script>
    </Layout>
  );
}

/** On the sign-in page: shown by the script where the browser can use passkeys. */
export function PasskeySignIn({ ctx, next }: { ctx: ViewContext; next: string }): SafeHtml {
  const { t } = ctx;
  return (
    <>
      <form method="post" action="/login/passkey" class="stacked" data-passkey="sign-in" data-options="/login/passkey/options" data-cancelled={t('passkeys.cancelled')} hidden>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="next" value={next} />
        <div class="actions">
          <button type="submit" class="secondary">
            {t('passkeys.signIn')}
          </button>
        </div>
        <PasskeyMessage />
      </form>
      <script src="/assets/passkeys.js" defer></script>
    </>
  );
}
