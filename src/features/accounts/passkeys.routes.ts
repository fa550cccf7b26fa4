import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { setSessionCookie } from '../../http/auth';
import { rotateCsrfToken } from '../../http/csrf';
import { formErrors, noticeKey, redirectAfterPost, safeNext, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { parseInput } from '../../lib/validation';
import { idParam, passkeyNameForm, passkeySignInBody } from './accounts.schemas';
import { emptyForm, type FormState } from './accounts.views';
import * as passkeys from './passkeys.service';
import { PasskeysPage } from './passkeys.views';

const notices = { added: 'passkeys.added', renamed: 'passkeys.renamed', removed: 'passkeys.removed' } as const;

export function passkeysRoutes(deps: Deps): FastifyPluginAsync {
  async function renderPage(request: FastifyRequest, reply: FastifyReply, form: FormState = emptyForm, status = 200) {
    const list = await passkeys.listPasskeys(deps, request.actor);
    const ctx = viewContext(request);
    const key = noticeKey(notices, (request.query as Record<string, unknown>).notice);
    return sendHtml(reply, PasskeysPage({ ctx, passkeys: list, notice: key ? ctx.t(key) : null, form }), status);
  }

  return async (app) => {
    app.get('/account/passkeys', async (request, reply) => renderPage(request, reply));

    // The two steps of adding a passkey, called by the page's script with JSON.
    app.post('/account/passkeys/options', async (request) => passkeys.registrationOptions(deps, request.actor));

    app.post('/account/passkeys', async (request) => {
      await passkeys.addPasskey(deps, request.actor, request.body);
      return { redirect: '/account/passkeys?notice=added' };
    });

    app.post('/account/passkeys/:id/name', async (request, reply) => {
      const { id } = parseInput(idParam, request.params);
      try {
        const { name } = parseInput(passkeyNameForm, request.body);
        await passkeys.renamePasskey(deps, request.actor, id, name);
        return redirectAfterPost(reply, '/account/passkeys?notice=renamed');
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderPage(request, reply, { values: {}, errors, message }, statusOf(error));
      }
    });

    app.post('/account/passkeys/:id/remove', async (request, reply) => {
      const { id } = parseInput(idParam, request.params);
      await passkeys.removePasskey(deps, request.actor, id);
      return redirectAfterPost(reply, '/account/passkeys?notice=removed');
    });

    // Signing in with a passkey: the options (a fresh challenge), then the signed answer.
    app.post('/login/passkey/options', async () => passkeys.signInOptions(deps));

    app.post('/login/passkey', async (request, reply) => {
      const body = parseInput(passkeySignInBody, request.body);
      const token = await passkeys.signInWithPasskey(deps, body.response as Parameters<typeof passkeys.signInWithPasskey>[1], { ip: request.ip, userAgent: request.headers['user-agent'] });
      setSessionCookie(request, reply, token);
      rotateCsrfToken(request, reply);
      return { redirect: safeNext(body.next) };
    });
  };
}
