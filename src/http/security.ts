/**
 * Security headers, the same on every answer:
 * - a CSP with no inline script or style, no plugins, and no framing (`frame-ancestors 'none'`, and
 *   the matching `X-Frame-Options: DENY` for older browsers: one policy, said twice);
 * - HSTS only on answers sent over HTTPS (over plain HTTP the header is meaningless, and pins nothing);
 * - `Cache-Control: no-store` on every answer to a signed-in person, a token, or a sign-in step, so
 *   that no browser or proxy keeps a private page or file.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookie } from './auth';

export const hstsHeader = 'max-age=31536000; includeSubDomains';

function setsSessionCookie(reply: FastifyReply): boolean {
  const cookies = reply.getHeader('set-cookie');
  return [cookies].flat().some((cookie) => typeof cookie === 'string' && cookie.startsWith(`${sessionCookie}=`));
}

/** An answer meant for one person only: never stored by a browser or a shared cache. */
export function isPrivateAnswer(request: FastifyRequest, reply: FastifyReply): boolean {
  return Boolean(request.actor || request.secondFactorPending || request.headers.authorization || request.cookies?.[sessionCookie] || setsSessionCookie(reply));
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', hstsHeader);
    if (isPrivateAnswer(request, reply)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
