import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { renderDocument, type SafeHtml } from '../lib/html';
import { labelErrorSummaries } from '../views/components/forms';

export function sendHtml(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(labelErrorSummaries(renderDocument(page)));
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const csvType = 'text/csv; charset=utf-8';

/** A download with a file name that cannot break out of its header. */
export function sendDownload(reply: FastifyReply, fileName: string, contentType: string, body: string | Buffer | Readable): FastifyReply {
  const safeName = fileName.replace(/[^\w.-]+/g, '_');
  return reply
    .type(contentType)
    .header('content-disposition', `attachment; filename="${safeName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}

export function sendCsv(reply: FastifyReply, fileName: string, csv: string): FastifyReply {
  return sendDownload(reply, fileName, csvType, csv);
}

/**
 * A download written as it is made (chunked, no Content-Length), so its size never sits in memory.
 * The first chunk is awaited before any header goes out: the rights check and the first read run
 * there, and a refusal or failure still answers with the proper error page. A failure after the
 * first byte can only cut the connection, so the file arrives visibly incomplete.
 */
export async function sendStream(reply: FastifyReply, fileName: string, contentType: string, chunks: AsyncIterable<string | Buffer>): Promise<FastifyReply> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* rest(): AsyncGenerator<string | Buffer> {
    try {
      for (let next = first; !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.(); // a download cut short stops reading the database
    }
  }
  return sendDownload(reply, fileName, contentType, Readable.from(rest(), { objectMode: false }));
}

export function sendCsvStream(reply: FastifyReply, fileName: string, chunks: AsyncIterable<string>): Promise<FastifyReply> {
  return sendStream(reply, fileName, csvType, chunks);
}

/** JSON API and machine clients get JSON; people get pages. */
export function wantsJson(url: string, accept: string | undefined): boolean {
  if (url.startsWith('/api/')) return true;
  return Boolean(accept?.includes('application/json') && !accept.includes('text/html'));
}
