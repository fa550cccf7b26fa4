/**
 * ETags and 304: an answer to GET with a body in memory gets a weak ETag from a hash of that body
 * (weak, because the same content is sent plain, gzipped or in brotli), and a client that already has
 * it (If-None-Match) gets 304 with no body. Streamed answers get none: their body is not in hand.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export function weakEtagOf(body: Buffer | string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether the client's If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function clientHas(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Turns the answer into a 304 with no body. */
export function notModified(reply: FastifyReply): null {
  reply.code(304).removeHeader('content-length').removeHeader('content-type');
  return null;
}

export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200 || reply.hasHeader('content-encoding')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const existing = reply.getHeader('etag');
    const etag = typeof existing === 'string' ? existing : weakEtagOf(payload);
    reply.header('etag', etag);
    return clientHas(request, etag) ? notModified(reply) : payload;
  });
}
