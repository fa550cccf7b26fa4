import type { SafeHtml } from '../../lib/html';
import { availableLocales, languageNames, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, PostForm, SelectField, TextField, type FieldErrors } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import { qrCodeSvg } from '../../lib/qr';
import type { AccountPageFacts } from './accounts.page.service';
import type { TotpSetup } from './second-factor.service';
import { roleLabelKey } from '../../policy/advisory-role';

export function roleLabel(ctx: ViewContext, role: string): string {
  return ctx.t(roleLabelKey(role) as MessageKey);
}

export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
  message?: string | null;
}

export const emptyForm: FormState = { values: {}, errors: {} };

/** The account page: what the service read, with the viewer's rights, and what this answer adds. */
export interface AccountPageData extends AccountPageFacts {
  totpSetup: TotpSetup | null;
  /** Recovery codes just made: shown on this page once. */
  recoveryCodes: string[] | null;
  newToken: string | null;
  notice: string | null;
  form: FormState;
}

export function AccountPage({ ctx, data }: { ctx: ViewContext; data: AccountPageData }): SafeHtml {
  const { t } = ctx;
  const { account } = data;
  return (
    <Layout ctx={ctx} title={t('account.title')} description={t('account.title')}>
      <h1>{t('account.title')}</h1>
      <Flash message={data.notice} />
      <ErrorSummary ctx={ctx} errors={data.form.errors} message={data.form.message} />
      {data.adminNeedsSecondFactor ? <p class="notice">{t('account.adminNeedsSecondFactor')}</p> : null}
      <h2>{t('account.details')}</h2>
      <dl class="facts">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{account.name}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{account.email}</dd>
        </div>
        <div>
          <dt>{t('account.entity')}</dt>
          <dd>{account.entityAcronym ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('account.roles')}</dt>
          <dd>{account.roles.map((role) => roleLabel(ctx, role)).join(', ')}</dd>
        </div>
      </dl>
      {data.cochairYears.length > 0 ? <p>{t('account.cochair', { years: data.cochairYears.join(', ') })}</p> : null}
      {data.rights.invite ? (
        <p>
          <a href="/account/invite">{t('account.invite')}</a>
        </p>
      ) : null}

      <h2 id="language">{t('account.language')}</h2>
      <PostForm ctx={ctx} action="/account/language" class="stacked">
        <SelectField
          name="locale"
          label={t('account.language')}
          hint={t('account.language.hint')}
          blank={t('account.language.browser')}
          options={availableLocales().map((locale) => ({ value: locale, label: languageNames[locale] }))}
          selected={account.locale}
          errors={data.form.errors}
        />
        <button type="submit">{t('account.language.save')}</button>
      </PostForm>

      <h2 id="password">{t('account.password')}</h2>
      <PostForm ctx={ctx} action="/account/password" class="stacked">
        <input type="hidden" name="username" value={account.email} autocomplete="username" />
        <TextField name="current" label={t('account.password.current')} type="password" autocomplete="current-password" errors={data.form.errors} />
        <TextField name="password" label={t('password.set.password')} type="password" autocomplete="new-password" errors={data.form.errors} />
        <TextField name="confirm" label={t('password.set.confirm')} type="password" autocomplete="new-password" errors={data.form.errors} />
        <div class="actions">
          <button type="submit">{t('account.password.change')}</button>
        </div>
      </PostForm>

      <h2>{t('account.sessions')}</h2>
      <ul>
        {data.sessions.map((session) => (
          <li>
            {session.userAgent ?? '?'} · {session.ip ?? '?'} · {t('account.session.started', { date: ctx.fmt.moment(session.createdAt) })},{' '}
            {t('account.session.lastSeen', { date: ctx.fmt.moment(session.lastSeenAt) })}
            {session.current ? <strong> ({t('account.session.current')})</strong> : null}
          </li>
        ))}
      </ul>
      {data.sessions.length > 1 ? (
        <PostForm ctx={ctx} action="/account/sessions/end-others">
          <button type="submit" class="secondary">
            {t('account.sessions.endOthers')}
          </button>
        </PostForm>
      ) : null}

      <h2 id="passkeys">{t('passkeys.title')}</h2>
      <p>
        {t('passkeys.count', { count: data.passkeyCount })} <a href="/account/passkeys">{t('passkeys.link')}</a>
      </p>

      <h2 id="second-factor">{t('account.secondFactor')}</h2>
      {account.totpEnabled ? (
        <>
          <p>{t('account.secondFactor.on')}</p>
          <RecoveryCodes ctx={ctx} codes={data.recoveryCodes} left={data.recoveryCodesLeft} />
          <PostForm ctx={ctx} action="/account/second-factor/disable" class="filters">
            <TextField name="code" label={t('signIn.secondFactor.code')} autocomplete="one-time-code" maxlength={6} />
            <button type="submit" class="secondary">
              {t('account.secondFactor.disable')}
            </button>
          </PostForm>
        </>
      ) : data.totpSetup ? (
        <>
          <p>{t('account.secondFactor.setup')}</p>
          <div class="totp-setup">
            <figure>
              {qrCodeSvg(data.totpSetup.uri, t('account.secondFactor.qr'))}
              <figcaption>{t('account.secondFactor.qr')}</figcaption>
            </figure>
            <div>
              <p>
                {t('account.secondFactor.key')}:{' '}
                <code class="secret" id="totp-secret">
                  {data.totpSetup.secret}
                </code>
              </p>
              <p>
                <a href={data.totpSetup.uri}>{t('account.secondFactor.link')}</a>
              </p>
            </div>
          </div>
          <PostForm ctx={ctx} action="/account/second-factor/confirm" class="filters">
            <TextField name="code" label={t('signIn.secondFactor.code')} autocomplete="one-time-code" maxlength={6} errors={data.form.errors} />
            <button type="submit">{t('account.secondFactor.confirm')}</button>
          </PostForm>
        </>
      ) : (
        <>
          <p>{t('account.secondFactor.off')}</p>
          <PostForm ctx={ctx} action="/account/second-factor/start">
            <button type="submit">{t('account.secondFactor.start')}</button>
          </PostForm>
        </>
      )}
      {data.rights.requireSecondFactor ? (
        <PostForm ctx={ctx} action="/admin/second-factor">
          <input type="hidden" name="required" value={data.secondFactorRequiredForAdmins ? 'false' : 'true'} />
          <p>
            {data.secondFactorRequiredForAdmins ? t('account.secondFactor.requiredAdmins') : null}{' '}
            <label class="checkbox">
              <input type="checkbox" disabled checked={data.secondFactorRequiredForAdmins} /> {t('account.secondFactor.requireAdmins')}
            </label>{' '}
            <button type="submit" class="secondary">
              {data.secondFactorRequiredForAdmins ? t('account.secondFactor.disable') : t('account.secondFactor.requireAdmins')}
            </button>
          </p>
        </PostForm>
      ) : null}

      <h2 id="tokens">{t('account.tokens')}</h2>
      <p>{t('account.tokens.intro')}</p>
      {data.newToken ? (
        <div class="flash" role="status">
          <p>{t('account.tokens.created')}</p>
          <p>
            <code class="secret" id="new-token">
              {data.newToken}
            </code>
          </p>
        </div>
      ) : null}
      {data.tokens.length === 0 ? (
        <p>{t('account.tokens.none')}</p>
      ) : (
        <ul>
          {data.tokens.map((token) => (
            <li>
              {token.name} · {token.lastUsedAt ? t('account.tokens.lastUsed', { date: ctx.fmt.moment(token.lastUsedAt) }) : t('account.tokens.neverUsed')}{' '}
              <PostForm ctx={ctx} action={`/account/tokens/${token.id}/revoke`} class="inline">
                <button type="submit" class="link-button">
                  {t('account.tokens.revoke')}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      <PostForm ctx={ctx} action="/account/tokens" class="filters">
        <TextField name="name" label={t('account.tokens.name')} value={data.form.values.name} errors={data.form.errors} maxlength={80} />
        <button type="submit">{t('account.tokens.create')}</button>
      </PostForm>
    </Layout>
  );
}

function RecoveryCodes({ ctx, codes, left }: { ctx: ViewContext; codes: string[] | null; left: number }): SafeHtml {
  const { t } = ctx;
  if (codes) {
    return (
      <div class="flash" role="status" id="recovery-codes">
        <p>{t('account.recoveryCodes.shown')}</p>
        <ol class="recovery-codes">
          {codes.map((code) => (
            <li>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <>
      <p>{t('account.recoveryCodes.left', { count: left })}</p>
      <PostForm ctx={ctx} action="/account/recovery-codes">
        <button type="submit" class="secondary">
          {t('account.recoveryCodes.renew')}
        </button>
      </PostForm>
    </>
  );
}
