/**
 * Who is asking: a session cookie (people in the browser) or a bearer token (the JSON API).
 * The actor is put on the request; what it may do is decided by the policy in the services.
 * Sessions and tokens resolved recently are kept for a short time (src/http/session-cache.ts).
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps';
import * as accounts from '../features/accounts/accounts.service';
import type { Actor } from '../policy/actor';
import { localized } from '../lib/i18n';
import { hashToken } from '../lib/tokens';
import { defaultSessionCacheOptions, SessionCache, type SessionCacheOptions } from './session-cache';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The password was right and the second factor is still to come. */
    secondFactorPending: boolean;
    authenticatedBy: 'session' | 'token' | null;
  }
  interface FastifyInstance {
    sessionCache: SessionCache;
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

export function registerAuthentication(app: FastifyInstance, deps: Deps, options: SessionCacheOptions = defaultSessionCacheOptions): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('secondFactorPending', false);
  app.decorateRequest('authenticatedBy', null);
  const resolve = keptResolution(app, deps, options);
  app.addHook('onRequest', async (request, reply) => {
    // Static files and the liveness probe need nobody's identity, and must answer when the database cannot.
    if (request.url.startsWith('/assets/') || request.url === '/healthz') return;
    const bearer = bearerToken(request);
    if (bearer !== null) {
      request.actor = bearer ? await resolve.token(bearer) : null;
      if (!request.actor) {
        return reply.status(401).send({ error: { code: 'UNAUTHENTICATED', message: localized('raised.apiToken') } });
      }
      request.authenticatedBy = 'token';
      return;
    }
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const { actor, secondFactorPending } = await resolve.session(token);
    request.actor = actor;
    request.secondFactorPending = secondFactorPending;
    request.authenticatedBy = actor ? 'session' : null;
    if (!actor && !secondFactorPending) clearSessionCookie(request, reply);
  });
}

/**
 * Resolves sessions and tokens through the session cache (src/http/session-cache.ts) when the app
 * follows the content stamp, straight from the database when it does not.
 */
function keptResolution(app: FastifyInstance, deps: Deps, options: SessionCacheOptions) {
  const follower = app.contentFollower;
  const cache = new SessionCache(options);
  app.decorate('sessionCache', cache);
  if (follower) {
    const stopListening = follower.onChange(() => cache.clear());
    app.addHook('onClose', async () => stopListening());
  }

  /** The kept actor for `key`, or else the one `read` resolves (kept when it is live and nothing moved meanwhile). */
  async function throughCache<T extends { actor: Actor | null }>(
    key: string,
    read: () => Promise<T>,
    usableUntil: (resolved: T) => number | null,
  ): Promise<T | { actor: Actor; secondFactorPending: false }> {
    const generation = follower ? await follower.current() : null;
    const now = deps.clock.now().getTime();
    const kept = generation === null ? undefined : cache.find(key, generation, now);
    if (kept) return { actor: kept, secondFactorPending: false };
    const resolved = await read();
    const until = resolved.actor ? usableUntil(resolved) : null;
    if (resolved.actor && until !== null && generation !== null && follower?.stillAt(generation)) cache.store(key, resolved.actor, generation, now, until);
    return resolved;
  }

  return {
    session: async (token: string) =>
      throughCache(
        `session ${hashToken(token)}`,
        () => accounts.resolveSession(deps, token),
        ({ lastSeenAt, expiresAt }) => (lastSeenAt && expiresAt ? Math.min(expiresAt.getTime(), lastSeenAt.getTime() + accounts.sessionTouchMs) : null),
      ),
    token: async (bearer: string) =>
      (
        await throughCache(
          `token ${hashToken(bearer)}`,
          () => accounts.resolveApiToken(deps, bearer),
          ({ lastUsedAt }) => (lastUsedAt ? lastUsedAt.getTime() + accounts.tokenMarkMs : null),
        )
      ).actor,
  };
}
