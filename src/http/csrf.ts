/**
 * CSRF protection for every state-changing request made with cookies: the form carries the token of
 * the `icat_csrf` cookie (a hidden `_csrf` field, an `x-csrf-token` header, or `?_csrf=` for file
 * uploads, whose body is read later). Requests without it get 403 and change nothing. Requests
 * with a bearer token carry no cookies and need no token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors';
import { newToken, sameSecret } from '../lib/tokens';
import { cookieOptions } from './auth';
import { localized } from '../lib/i18n';

declare module 'fastify' {
  interface FastifyRequest {
    csrfToken: string;
  }
}

export const csrfCookie = 'icat_csrf';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

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
  app.addHook('onRequest', async (request, reply) => {
    const existing = request.cookies[csrfCookie];
    if (existing && /^[\w-]{43}$/.test(existing)) request.csrfToken = existing;
    else if (!unsafeMethods.has(request.method)) rotateCsrfToken(request, reply);
  });
  app.addHook('preHandler', async (request) => {
    if (!unsafeMethods.has(request.method) || request.authenticatedBy === 'token') return;
    const submitted = submittedToken(request);
    if (!request.csrfToken || !submitted || !sameSecret(submitted, request.csrfToken)) {
      throw new AppError('CSRF', localized('raised.csrf'));
    }
  });
}
