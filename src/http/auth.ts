/**
 * Who is asking: a session cookie (people in the browser) or a bearer token (the JSON API).
 * The actor is put on the request; what it may do is decided by the policy in the services.
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps';
import * as accounts from '../features/accounts/accounts.service';
import type { Actor } from '../policy/actor';
import { localized } from '../lib/i18n';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The password was right and the second factor is still to come. */
    secondFactorPending: boolean;
    authenticatedBy: 'session' | 'token' | null;
  }
}

export const sessionCookie = 'icat_session';

export function cookieOptions(request: FastifyRequest, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookie, token, cookieOptions(request, accounts.sessionMaxMs / 1000));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, cookieOptions(request));
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? '';
}

export function registerAuthentication(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('secondFactorPending', false);
  app.decorateRequest('authenticatedBy', null);
  app.addHook('onRequest', async (request, reply) => {
    // Static files and the liveness probe need nobody's identity, and must answer when the database cannot.
    if (request.url.startsWith('/assets/') || request.url === '/healthz') return;
    const bearer = bearerToken(request);
    if (bearer !== null) {
      request.actor = bearer ? await accounts.resolveApiToken(deps, bearer) : null;
      if (!request.actor) {
        return reply.status(401).send({ error: { code: 'UNAUTHENTICATED', message: localized('raised.apiToken') } });
      }
      request.authenticatedBy = 'token';
      return;
    }
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const { actor, secondFactorPending } = await accounts.resolveSession(deps, token);
    request.actor = actor;
    request.secondFactorPending = secondFactorPending;
    request.authenticatedBy = actor ? 'session' : null;
    if (!actor && !secondFactorPending) clearSessionCookie(request, reply);
  });
}
