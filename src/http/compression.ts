/**
 * Text answers above a kilobyte are compressed with brotli or gzip, whichever the client accepts
 * (brotli first). Files that are compressed already (PDF, XLSX, DOCX, images, ZIP) are sent as they
 * are. Compression runs on libuv's thread pool, not the thread that answers requests.
 */
import { promisify } from 'node:util';
import { pipeline, Readable } from 'node:stream';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type Encoding = 'br' | 'gzip';

export const compressFromBytes = 1024;

const compressible = /^(text\/|application\/(json|xml|atom\+xml|javascript|manifest\+json|xhtml\+xml)|image\/svg\+xml)/;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to answer in: brotli, else gzip, if the client accepts it (q > 0); else none. */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of [acceptEncoding].flat().join(',').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*') ?? 0;
  const acceptable = (name: Encoding) => (accepted.get(name) ?? wildcard) > 0;
  if (acceptable('br')) return 'br';
  if (acceptable('gzip')) return 'gzip';
  return null;
}

export function isCompressibleType(contentType: unknown): boolean {
  return typeof contentType === 'string' && compressible.test(contentType);
}

/** `quality` 'stored' spends more time once (a cached page), 'live' less on every answer. */
export function compress(body: Buffer, encoding: Encoding, quality: 'stored' | 'live'): Promise<Buffer> {
  if (encoding === 'br') {
    const level = quality === 'stored' ? 9 : 4;
    return brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: level, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  return gzipAsync(body, { level: quality === 'stored' ? 9 : 6 });
}

/** Adds a header name to Vary unless it is there already. */
export function addVary(reply: FastifyReply, name: string): void {
  const current = reply.getHeader('vary');
  const names =
    typeof current === 'string'
      ? current
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [];
  if (names.some((existing) => existing.toLowerCase() === name.toLowerCase() || existing === '*')) return;
  reply.header('vary', [...names, name].join(', '));
}

function shouldCompress(request: FastifyRequest, reply: FastifyReply): boolean {
  return request.method !== 'HEAD' && reply.statusCode !== 204 && reply.statusCode !== 304 && !reply.hasHeader('content-encoding') && isCompressibleType(reply.getHeader('content-type'));
}

export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!shouldCompress(request, reply)) return payload;
    addVary(reply, 'Accept-Encoding');
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    if (payload instanceof Readable) {
      reply.header('content-encoding', encoding).removeHeader('content-length');
      const compressor = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip();
      // A failure reading the source ends the compressed stream too, so the answer is cut short, not left hanging.
      return pipeline(payload, compressor, () => undefined);
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = Buffer.from(payload);
    if (body.length < compressFromBytes) return payload;
    reply.header('content-encoding', encoding).removeHeader('content-length');
    return compress(body, encoding, 'live');
  });
}
