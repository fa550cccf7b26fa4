import type { FastifyReply } from 'fastify';
import { renderDocument, type SafeHtml } from '../lib/html';
import { labelErrorSummaries } from '../views/components/forms';

export function sendHtml(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(labelErrorSummaries(renderDocument(page)));
}

/** A download with a file name that cannot break out of its header. */
export function sendDownload(reply: FastifyReply, fileName: string, contentType: string, body: string | Buffer): FastifyReply {
  const safeName = fileName.replace(/[^\w.-]+/g, '_');
  return reply
    .type(contentType)
    .header('content-disposition', `attachment; filename="${safeName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}

export function sendCsv(reply: FastifyReply, fileName: string, csv: string): FastifyReply {
  return sendDownload(reply, fileName, 'text/csv; charset=utf-8', csv);
}

/** JSON API and machine clients get JSON; people get pages. */
export function wantsJson(url: string, accept: string | undefined): boolean {
  if (url.startsWith('/api/')) return true;
  return Boolean(accept?.includes('application/json') && !accept.includes('text/html'));
}
