/**
 * CSRF protection for every state-changing request made with cookies: the form carries the token of
 * the `icat_csrf` cookie (a hidden `_csrf` field, an `x-csrf-token` header, or `?_csrf=` for file
 * uploads, whose body is read later). Requests without it get 403 and change nothing. Requests
 * with a bearer token carry no cookies and need no token.
 *
 * The token and its cookie are given when a page first shows a form that needs them
 * (`csrfTokenFor`), not on every answer: a public page without such a form sets no cookie, so the
 * same page can be kept and served to every visitor (src/http/page-cache.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors';
import { newToken, sameSecret } from '../lib/tokens';
import { cookieOptions } from './auth';
import { localized } from '../lib/i18n';

declare module 'fastify' {
  interface FastifyRequest {
    csrfToken: string;
    /** Where to set the cookie of a token given while this request is served (GET and HEAD only). */
    csrfReply: FastifyReply | null;
  }
}

export const csrfCookie = 'icat_csrf';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The request's token; one is given (with its cookie) the first time a page asks for it. */
export function csrfTokenFor(request: FastifyRequest): string {
  if (!request.csrfToken && request.csrfReply) rotateCsrfToken(request, request.csrfReply);
  return request.csrfToken;
}

/** A new token, after sign-in and sign-out, so one from before cannot be replayed. */
export function rotateCsrfToken(request: FastifyRequest, reply: FastifyReply): void {
  request.csrfToken = newToken();
  reply.setCookie(csrfCookie, request.csrfToken, cookieOptions(request));
}

function submittedToken(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body._csrf === 'string') return body._csrf;
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const query = request.query as Record<string, unknown> | undefined;
  if (query && typeof query._csrf === 'string') return query._csrf;
  return undefined;
}

export function registerCsrfProtection(app: FastifyInstance): void {
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('csrfReply', null);
  app.addHook('onRequest', async (request, reply) => {
    const existing = request.cookies[csrfCookie];
    if (existing && /^[\w-]{43}$/.test(existing)) request.csrfToken = existing;
    else if (!unsafeMethods.has(request.method)) request.csrfReply = reply;
  });
  app.addHook('preHandler', async (request) => {
    if (!unsafeMethods.has(request.method) || request.authenticatedBy === 'token') return;
    const submitted = submittedToken(request);
    if (!request.csrfToken || !submitted || !sameSecret(submitted, request.csrfToken)) {
      throw new AppError('CSRF', localized('raised.csrf'));
    }
  });
}
