import type { SafeHtml } from '../../lib/html';
import { availableLocales, languageNames, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { CheckboxGroup, ErrorSummary, FormActions, PostForm, SelectField, TextField, type FieldErrors, type SelectOption } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import { qrCodeSvg } from '../../lib/qr';
import type { Account, ApiToken, SessionInfo } from './accounts.service';
import type { TotpSetup } from './second-factor.service';
import { PasskeySignIn } from './passkeys.views';
import { roles, type Role } from './accounts.table';
import { offeredRoles, roleLabelKey } from '../../policy/advisory-role';
import { ScrollTable } from '../../views/components/scroll-region';

export function roleLabel(ctx: ViewContext, role: string): string {
  return ctx.t(roleLabelKey(role) as MessageKey);
}

export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
  message?: string | null;
}

export const emptyForm: FormState = { values: {}, errors: {} };

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

export interface AccountPageData {
  account: Account;
  cochairYears: number[];
  sessions: SessionInfo[];
  tokens: ApiToken[];
  adminNeedsSecondFactor: boolean;
  secondFactorRequiredForAdmins: boolean;
  canInvite: boolean;
  canRequireSecondFactor: boolean;
  totpSetup: TotpSetup | null;
  /** Recovery codes just made: shown on this page once. */
  recoveryCodes: string[] | null;
  recoveryCodesLeft: number;
  passkeyCount: number;
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
      {data.canInvite ? (
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
      {data.canRequireSecondFactor ? (
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

export function InvitePage({
  ctx,
  form,
  ownEntity,
  isAdmin,
  organizations,
}: {
  ctx: ViewContext;
  form: FormState;
  ownEntity: string | null;
  isAdmin: boolean;
  organizations: SelectOption[];
}): SafeHtml {
  const { t } = ctx;
  const allowed: readonly Role[] = isAdmin ? offeredRoles(roles) : ['member', 'focal_point'];
  const selected = (form.values.roles ?? 'member').split(',');
  return (
    <Layout ctx={ctx} title={t('invite.title')} description={t('invite.intro')}>
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.intro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} message={form.message} />
      <PostForm ctx={ctx} action="/account/invite" class="stacked">
        <TextField name="name" label={t('invite.name')} value={form.values.name} errors={form.errors} required maxlength={120} />
        <TextField name="email" label={t('invite.email')} type="email" value={form.values.email} errors={form.errors} required />
        {isAdmin ? (
          <SelectField name="entity" label={t('invite.entity')} options={organizations} selected={form.values.entity} blank={t('invite.entity.none')} errors={form.errors} />
        ) : (
          <p>{t('invite.entity.own', { entity: ownEntity ?? '—' })}</p>
        )}
        <CheckboxGroup name="roles" legend={t('invite.roles')} options={allowed.map((role) => ({ value: role, label: roleLabel(ctx, role) }))} selected={selected} errors={form.errors} />
        <FormActions ctx={ctx} submit={t('invite.submit')} cancel="/account" />
      </PostForm>
    </Layout>
  );
}

/** A provider serving several organizations leaves the choice of the person's to whoever approves. */
function ApprovalChoice({ ctx, account }: { ctx: ViewContext; account: Account }) {
  const id = `entity-${account.id}`;
  return (
    <>
      <label for={id}>{ctx.t('people.entity')}</label>{' '}
      <select id={id} name="entity" required>
        {account.approvalChoices.map((choice) => (
          <option value={choice.acronym}>{choice.acronym}</option>
        ))}
      </select>{' '}
    </>
  );
}

export function PeoplePage({ ctx, accounts, notice }: { ctx: ViewContext; accounts: Account[]; notice: string | null }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('people.title')} description={t('people.intro')}>
      <h1>{t('people.title')}</h1>
      <Flash message={notice} />
      <p>
        <a class="button" href="/account/invite">
          {t('account.invite')}
        </a>
      </p>
      <ScrollTable id="people-table" caption={t('people.intro')}>
        <thead>
          <tr>
            <th scope="col">{t('account.name')}</th>
            <th scope="col">{t('account.email')}</th>
            <th scope="col">{t('account.entity')}</th>
            <th scope="col">{t('account.roles')}</th>
            <th scope="col">{t('people.lastSignIn')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr>
              <th scope="row">{account.name}</th>
              <td>{account.email}</td>
              <td>{account.entityAcronym ?? '—'}</td>
              <td>{account.roles.map((role) => roleLabel(ctx, role)).join(', ')}</td>
              <td>
                {account.approvalPending ? (
                  <PostForm ctx={ctx} action={`/admin/accounts/${account.id}/approve`} class="inline">
                    {t('people.waiting')} {account.approvalChoices.length > 0 ? <ApprovalChoice ctx={ctx} account={account} /> : null}
                    <button type="submit" class="secondary">
                      {t('people.approve')} <span class="visually-hidden">{account.email}</span>
                    </button>
                  </PostForm>
                ) : account.lastSignInAt ? (
                  ctx.fmt.moment(account.lastSignInAt)
                ) : account.hasPassword ? (
                  t('people.never')
                ) : (
                  t('people.pending')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Layout>
  );
}
