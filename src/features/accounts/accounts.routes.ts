import { languageCookie, rememberLanguage } from '../../http/language';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../../http/auth';
import { rotateCsrfToken } from '../../http/csrf';
import { formErrors, formValues, noticeKey, redirectAfterPost, safeNext, statusOf } from '../../http/forms';
import { statusFor } from '../../http/error-handler';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { parseInput } from '../../lib/validation';
import type { ViewContext } from '../../views/context';
import { apiTokenForm, approveForm, forgotPasswordForm, idParam, inviteForm, requireSecondFactorForm, secondFactorForm, signInCodeForm, signInForm } from './accounts.schemas';
import * as accounts from './accounts.service';
import { getAccountPage } from './accounts.page.service';
import { requestPasswordReset } from './password-reset.service';
import * as secondFactor from './second-factor.service';
import { completeSecondFactor, signIn } from './sign-in.service';
import { AccountPage, emptyForm, type AccountPageData, type FormState } from './accounts.views';
import { InvitePage, PeoplePage } from './people.views';
import { ForgotPasswordPage, SecondFactorPage, SetPasswordPage, SignedOutPage, SignInPage, type SignInChoice } from './sign-in.views';

const notices = {
  'sessions-ended': 'account.sessions.ended',
  'second-factor-on': 'account.secondFactor.enabled',
  'second-factor-off': 'account.secondFactor.disabled',
  'password-set': 'password.set.done',
  'password-changed': 'account.password.changed',
  'language-saved': 'account.language.saved',
} as const;

function requestInfo(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}

/**
 * What the sign-in pages need of the identity providers. That feature signs people in to accounts
 * (it uses this one), so it provides these for this feature's need (accountsNeeds in index.ts)
 * rather than this feature importing it.
 */
export interface SignInProviders {
  listSignInChoices(deps: Deps): Promise<SignInChoice[]>;
  /** Why a password may not be used for this address (its domain signs in through a provider), or null. */
  passwordSignInRefusal(deps: Deps, email: string): Promise<string | null>;
  /** Where to end the session at the provider too, when it offers that. */
  providerSignOut(deps: Deps, providerId: number): Promise<{ name: string; url: string } | null>;
}

export function accountsRoutes(deps: Deps, identityProviders: SignInProviders): FastifyPluginAsync {
  async function renderAccount(request: FastifyRequest, reply: FastifyReply, extra: Partial<AccountPageData> = {}, status = 200) {
    const ctx = viewContext(request);
    const page = await getAccountPage(deps, request.actor);
    const data: AccountPageData = {
      ...page,
      totpSetup: null,
      recoveryCodes: null,
      newToken: null,
      notice: noticeText(ctx, request),
      form: emptyForm,
      ...extra,
    };
    return sendHtml(reply, AccountPage({ ctx, data }), status);
  }

  function noticeText(ctx: ViewContext, request: FastifyRequest): string | null {
    const key = noticeKey(notices, (request.query as Record<string, unknown>).notice);
    if (!key) return null;
    const count = Number((request.query as Record<string, string>).count ?? 0);
    return ctx.t(key, { count });
  }

  return async (app) => {
    app.get('/login', async (request, reply) => {
      const next = safeNext((request.query as Record<string, unknown>).next);
      if (request.actor) return reply.redirect(next, 303);
      const ctx = viewContext(request);
      const providers = await identityProviders.listSignInChoices(deps);
      return sendHtml(reply, SignInPage({ ctx, form: emptyForm, next, notice: noticeText(ctx, request), providers }));
    });

    app.post('/login', async (request, reply) => {
      const form = parseInput(signInForm, request.body);
      const next = safeNext(form.next);
      const providers = await identityProviders.listSignInChoices(deps);
      const passwordsOff = await identityProviders.passwordSignInRefusal(deps, form.email);
      if (passwordsOff)
        return sendHtml(
          reply,
          SignInPage({ ctx: viewContext(request), form: { values: { email: form.email }, errors: {}, message: passwordsOff }, next, providers }),
          statusFor('UNAUTHENTICATED', 'signInForm'),
        );
      try {
        const signedIn = await signIn(deps, { email: form.email, password: form.password, ...requestInfo(request) });
        setSessionCookie(request, reply, signedIn.sessionToken);
        rotateCsrfToken(request, reply);
        return redirectAfterPost(reply, signedIn.secondFactorPending ? `/login/second-factor?next=${encodeURIComponent(next)}` : next);
      } catch (error) {
        const state: FormState = { values: { email: form.email }, errors: {}, message: (error as Error).message };
        formErrors(error);
        return sendHtml(reply, SignInPage({ ctx: viewContext(request), form: state, next, providers }), statusOf(error, 'signInForm'));
      }
    });

    app.get('/login/second-factor', async (request, reply) => {
      if (!request.secondFactorPending) return reply.redirect('/login', 303);
      return sendHtml(reply, SecondFactorPage({ ctx: viewContext(request), form: emptyForm }));
    });

    app.post('/login/second-factor', async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (!token || !request.secondFactorPending) return redirectAfterPost(reply, '/login');
      try {
        const { code } = parseInput(signInCodeForm, request.body);
        const sessionToken = await completeSecondFactor(deps, token, code, requestInfo(request));
        setSessionCookie(request, reply, sessionToken);
        rotateCsrfToken(request, reply);
        return redirectAfterPost(reply, safeNext((request.query as Record<string, unknown>).next));
      } catch (error) {
        const { errors, message } = formErrors(error);
        return sendHtml(reply, SecondFactorPage({ ctx: viewContext(request), form: { values: {}, errors, message } }), statusOf(error));
      }
    });

    app.post('/logout', async (request, reply) => {
      const token = request.cookies[sessionCookie];
      const ended = token ? await accounts.signOut(deps, token) : { identityProviderId: null };
      clearSessionCookie(request, reply);
      rotateCsrfToken(request, reply);
      // A session an identity provider opened: offer to sign out there too.
      const provider = ended.identityProviderId !== null ? await identityProviders.providerSignOut(deps, ended.identityProviderId) : null;
      if (provider) {
        request.actor = null;
        return sendHtml(reply, SignedOutPage({ ctx: viewContext(request), provider }));
      }
      return redirectAfterPost(reply, '/');
    });

    app.get('/password/forgot', async (request, reply) => sendHtml(reply, ForgotPasswordPage({ ctx: viewContext(request), form: emptyForm, sent: false })));

    app.post('/password/forgot', async (request, reply) => {
      try {
        const { email } = parseInput(forgotPasswordForm, request.body);
        await requestPasswordReset(deps, { email, ip: request.ip });
        return sendHtml(reply, ForgotPasswordPage({ ctx: viewContext(request), form: emptyForm, sent: true }));
      } catch (error) {
        const { errors, message } = formErrors(error);
        return sendHtml(reply, ForgotPasswordPage({ ctx: viewContext(request), form: { values: formValues(request), errors, message }, sent: false }), statusOf(error));
      }
    });

    app.get('/account/set-password/:token', async (request, reply) => {
      const { token } = request.params as { token: string };
      const link = await accounts.readLink(deps, token);
      return sendHtml(reply, SetPasswordPage({ ctx: viewContext(request), email: link.account.email, token, form: emptyForm }));
    });

    app.post('/account/set-password/:token', async (request, reply) => {
      const { token } = request.params as { token: string };
      const link = await accounts.readLink(deps, token);
      try {
        await accounts.setPasswordWithLink(deps, token, request.body as { password: string; confirm: string });
        return redirectAfterPost(reply, '/login?notice=password-set');
      } catch (error) {
        const { errors, message } = formErrors(error);
        return sendHtml(reply, SetPasswordPage({ ctx: viewContext(request), email: link.account.email, token, form: { values: {}, errors, message } }), statusOf(error));
      }
    });

    app.get('/account', async (request, reply) => renderAccount(request, reply));

    app.post('/account/password', async (request, reply) => {
      try {
        await accounts.changePassword(deps, request.actor, request.body as { current: string; password: string; confirm: string });
        return redirectAfterPost(reply, '/account?notice=password-changed');
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderAccount(request, reply, { form: { values: {}, errors, message } }, statusOf(error));
      }
    });

    app.post('/account/language', async (request, reply) => {
      try {
        const locale = await accounts.setLanguage(deps, request.actor, (request.body as Record<string, unknown>).locale);
        if (locale) rememberLanguage(request, reply, locale);
        else reply.clearCookie(languageCookie, { path: '/' });
        return redirectAfterPost(reply, `/account?notice=language-saved${locale ? `&lang=${locale}` : ''}`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderAccount(request, reply, { form: { values: {}, errors, message } }, statusOf(error));
      }
    });

    app.post('/account/sessions/end-others', async (request, reply) => {
      const ended = await accounts.endOtherSessions(deps, request.actor);
      return redirectAfterPost(reply, `/account?notice=sessions-ended&count=${ended}`);
    });

    app.post('/account/second-factor/start', async (request, reply) => {
      const totpSetup = await secondFactor.beginSecondFactor(deps, request.actor);
      return renderAccount(request, reply, { totpSetup });
    });

    app.post('/account/second-factor/confirm', async (request, reply) => {
      try {
        const { code } = parseInput(secondFactorForm, request.body);
        const recoveryCodes = await secondFactor.confirmSecondFactor(deps, request.actor, code);
        // The recovery codes are on this answer only: they are not kept in a form anyone can read back.
        return renderAccount(request, reply, { recoveryCodes, notice: viewContext(request).t('account.secondFactor.enabled') });
      } catch (error) {
        const { errors, message } = formErrors(error);
        // A refused code changes nothing: the set-up begun is shown again, none is begun here.
        const totpSetup = await secondFactor.pendingSecondFactorSetup(deps, request.actor);
        return renderAccount(request, reply, { totpSetup, form: { values: {}, errors, message } }, statusOf(error));
      }
    });

    app.post('/account/second-factor/disable', async (request, reply) => {
      try {
        const { code } = parseInput(secondFactorForm, request.body);
        await secondFactor.disableSecondFactor(deps, request.actor, code);
        return redirectAfterPost(reply, '/account?notice=second-factor-off#second-factor');
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderAccount(request, reply, { form: { values: {}, errors, message } }, statusOf(error));
      }
    });

    app.post('/account/recovery-codes', async (request, reply) => {
      const recoveryCodes = await secondFactor.renewRecoveryCodes(deps, request.actor);
      return renderAccount(request, reply, { recoveryCodes });
    });

    app.post('/admin/second-factor', async (request, reply) => {
      const { required } = parseInput(requireSecondFactorForm, request.body);
      await secondFactor.setSecondFactorRequiredForAdmins(deps, request.actor, required === 'true');
      return redirectAfterPost(reply, '/account#second-factor');
    });

    app.post('/account/tokens', async (request, reply) => {
      try {
        const { name } = parseInput(apiTokenForm, request.body);
        const created = await accounts.createApiToken(deps, request.actor, name);
        return renderAccount(request, reply, { newToken: created.token });
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderAccount(request, reply, { form: { values: formValues(request), errors, message } }, statusOf(error));
      }
    });

    app.post('/account/tokens/:id/revoke', async (request, reply) => {
      const { id } = parseInput(idParam, request.params);
      await accounts.revokeApiToken(deps, request.actor, id);
      return redirectAfterPost(reply, '/account#tokens');
    });

    app.get('/account/invite', async (request, reply) => {
      const form = await accounts.getInviteForm(deps, request.actor);
      return sendHtml(reply, InvitePage({ ctx: viewContext(request), state: emptyForm, form }));
    });

    app.post('/account/invite', async (request, reply) => {
      const form = await accounts.getInviteForm(deps, request.actor);
      try {
        const input = parseInput(inviteForm, request.body);
        const created = await accounts.createAccount(deps, request.actor, input);
        return redirectAfterPost(reply, `/admin/accounts?invited=${encodeURIComponent(created.account.email)}`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return sendHtml(reply, InvitePage({ ctx: viewContext(request), state: { values: formValues(request), errors, message }, form }), statusOf(error));
      }
    });

    app.post('/admin/accounts/:id/approve', async (request, reply) => {
      const { id } = parseInput(idParam, request.params);
      const { entity } = parseInput(approveForm, request.body ?? {});
      await accounts.approveAccount(deps, request.actor, id, entity);
      return redirectAfterPost(reply, '/admin/accounts');
    });

    app.get('/admin/accounts', async (request, reply) => {
      const list = await accounts.listAccountsOf(deps, request.actor);
      const ctx = viewContext(request);
      const invited = (request.query as Record<string, string>).invited;
      return sendHtml(reply, PeoplePage({ ctx, accounts: list, notice: invited ? ctx.t('invite.sent', { email: invited }) : null }));
    });
  };
}
