import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { cookieOptions, setSessionCookie } from '../../http/auth';
import { rotateCsrfToken } from '../../http/csrf';
import { statusByCode } from '../../http/error-handler';
import { formErrors, formValues, noticeKey, redirectAfterPost, safeNext, statusOf } from '../../http/forms';
import { AppError } from '../../lib/errors';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { parseInput } from '../../lib/validation';
import { approvalForm, callbackQuery, providerIdParam } from './identity-providers.schemas';
import * as providers from './identity-providers.service';
import { AdminSignInPage, SignInOutcomePage, type ProviderFormState } from './identity-providers.views';

/** The state of the sign-in under way, bound to this browser; sent back only to the callback. */
const stateCookie = 'icat_oidc_state';
const stateCookiePath = '/login/provider';
const notices = { saved: 'admin.signIn.saved', removed: 'admin.signIn.removed', approval: 'admin.signIn.approvalSaved' } as const;

/** A sign-in that did not end in a session: the page says why (or that the account waits for approval). */
function showOutcome(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  if (!(error instanceof AppError)) throw error;
  return sendHtml(reply, SignInOutcomePage({ ctx: viewContext(request), message: error.message, waiting: false }), statusByCode[error.code]);
}

export function identityProvidersRoutes(deps: Deps): FastifyPluginAsync {
  async function renderAdmin(request: FastifyRequest, reply: FastifyReply, form: ProviderFormState = { values: {}, errors: {} }, status = 200) {
    const list = await providers.listProviders(deps, request.actor);
    const query = request.query as Record<string, unknown>;
    const editId = Number(query.edit ?? (request.params as { id?: string }).id ?? NaN);
    const ctx = viewContext(request);
    const key = noticeKey(notices, query.notice);
    const data = {
      providers: list,
      editing: list.find((provider) => provider.id === editId) ?? null,
      approvalRequired: await providers.approvalRequired(deps),
      redirectUri: providers.redirectUri(deps),
      notice: key ? ctx.t(key) : null,
      form,
    };
    return sendHtml(reply, AdminSignInPage({ ctx, data }), status);
  }

  async function saveProvider(request: FastifyRequest, reply: FastifyReply, id: number | null) {
    try {
      await providers.saveProvider(deps, request.actor, id, request.body);
      return redirectAfterPost(reply, '/admin/sign-in?notice=saved');
    } catch (error) {
      const { errors, message } = formErrors(error);
      // The secret typed is not sent back into the page.
      const { clientSecret: _secret, ...values } = formValues(request);
      return renderAdmin(request, reply, { values, errors, message }, statusOf(error));
    }
  }

  return async (app) => {
    app.get('/admin/sign-in', async (request, reply) => renderAdmin(request, reply));
    app.post('/admin/sign-in/providers', async (request, reply) => saveProvider(request, reply, null));
    app.post('/admin/sign-in/providers/:id', async (request, reply) => saveProvider(request, reply, parseInput(providerIdParam, request.params).id));

    app.post('/admin/sign-in/providers/:id/remove', async (request, reply) => {
      await providers.removeProvider(deps, request.actor, parseInput(providerIdParam, request.params).id);
      return redirectAfterPost(reply, '/admin/sign-in?notice=removed');
    });

    app.post('/admin/sign-in/approval', async (request, reply) => {
      const body = request.body as Record<string, unknown> | undefined;
      // The checkbox comes after the hidden "false": when it is ticked, the last value wins.
      const sent = Array.isArray(body?.required) ? body.required.at(-1) : body?.required;
      const { required } = parseInput(approvalForm, { required: sent });
      await providers.setApprovalRequired(deps, request.actor, required === 'true');
      return redirectAfterPost(reply, '/admin/sign-in?notice=approval');
    });

    app.get('/login/provider/callback', async (request, reply) => {
      const query = parseInput(callbackQuery, request.query);
      const browserState = request.cookies[stateCookie];
      reply.clearCookie(stateCookie, { ...cookieOptions(request), path: stateCookiePath });
      try {
        const done = await providers.completeSignIn(deps, { path: request.url, state: query.state, browserState, error: query.error }, { ip: request.ip, userAgent: request.headers['user-agent'] });
        if (!done.signedIn) {
          const ctx = viewContext(request);
          return sendHtml(reply, SignInOutcomePage({ ctx, message: ctx.t('provider.signIn.pending'), waiting: true }));
        }
        setSessionCookie(request, reply, done.sessionToken);
        rotateCsrfToken(request, reply);
        return reply.redirect(safeNext(done.next), 303);
      } catch (error) {
        return showOutcome(request, reply, error);
      }
    });

    app.get('/login/provider/:id', async (request, reply) => {
      const { id } = parseInput(providerIdParam, request.params);
      const next = safeNext((request.query as Record<string, unknown>).next);
      try {
        const { url, state } = await providers.beginSignIn(deps, id, next);
        reply.setCookie(stateCookie, state, { ...cookieOptions(request, 10 * 60), path: stateCookiePath });
        return reply.redirect(url, 303);
      } catch (error) {
        return showOutcome(request, reply, error);
      }
    });
  };
}
