/** Errors to HTTP, in one table: an AppError's code decides the status; anything else is a 500, logged. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable, retryAfterSeconds } from '../db/errors';
import { AppError, type ErrorCode } from '../lib/errors';
import { localized } from '../lib/i18n';
import { ErrorPage, type ErrorView } from '../views/error.views';
import { sendHtml, wantsJson } from './reply';
import { viewContext } from './view-context';

/**
 * Each code's HTTP status, in one table for the error handler and for routes that answer a form
 * again. One documented exception: the sign-in form answers a refused sign-in with 422 rather than
 * 401, because the page itself is not refused, only the credentials; a browser or proxy that sees
 * 401 expects an authentication challenge.
 */
const statuses: Record<ErrorCode, { status: number; signInForm?: number }> = {
  VALIDATION: { status: 400, signInForm: 422 },
  IMPORT_INVALID: { status: 400 },
  UNAUTHENTICATED: { status: 401, signInForm: 422 },
  FORBIDDEN: { status: 403 },
  CSRF: { status: 403 },
  NOT_FOUND: { status: 404 },
  CONFLICT: { status: 409 },
  STALE_VERSION: { status: 409 },
  PAYLOAD_TOO_LARGE: { status: 413 },
  UNSUPPORTED_MEDIA_TYPE: { status: 415 },
  RATE_LIMITED: { status: 429 },
  CONFIG_INVALID: { status: 500 },
  DATABASE_UNREACHABLE: { status: 503 },
  DATABASE_LOCKED: { status: 503 },
  DATABASE_BUSY: { status: 503 },
  MIGRATION_FAILED: { status: 500 },
  PROVIDER_UNAVAILABLE: { status: 502 },
};

/** Who answers: any request, or the sign-in form (see the exception above). */
export type Answering = 'request' | 'signInForm';

export function statusFor(code: ErrorCode, answering: Answering = 'request'): number {
  const entry = statuses[code];
  return (answering === 'signInForm' ? entry.signInForm : undefined) ?? entry.status;
}

export const statusByCode = Object.fromEntries(Object.entries(statuses).map(([code, entry]) => [code, entry.status])) as Record<ErrorCode, number>;

/** Errors fastify raises itself, before our code runs. */
const frameworkErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION',
  FST_ERR_VALIDATION: 'VALIDATION',
};

function toAppError(error: FastifyError | Error): AppError | null {
  if (error instanceof AppError) return error;
  const code = 'code' in error && typeof error.code === 'string' ? frameworkErrors[error.code] : undefined;
  if (code) return new AppError(code, error.message);
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 0;
  // The static file server refuses a path that climbs out of its folder with 403: to the asker it is just not there.
  if (status === 403 || status === 404) return new AppError('NOT_FOUND', localized('error.NOT_FOUND'));
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', error.message);
  if (status >= 400 && status < 500) return new AppError('VALIDATION', error.message);
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_BUSY', localized('raised.databaseBusy'));
  return null;
}

export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, view: ErrorView): FastifyReply {
  if (wantsJson(request.url, request.headers.accept)) {
    const fields = view.fields.length > 0 ? { fields: view.fields.map(({ field, message }) => ({ field, message })) } : {};
    return reply.status(status).send({ error: { code: view.code, message: view.message, ...fields } });
  }
  return sendHtml(reply, ErrorPage({ ctx: viewContext(request), error: view }), status);
}

/** A problem with a GET request's query is a problem of the address: name it as `name=value`. */
function inAddress(request: FastifyRequest, fields: ErrorView['fields']): ErrorView['fields'] {
  if (request.method !== 'GET' || fields.length === 0) return fields;
  const query = (request.query ?? {}) as Record<string, unknown>;
  if (!fields.every((issue) => Object.hasOwn(query, issue.field.split('.')[0] ?? ''))) return fields;
  // A character that cannot be shown (a control character) is written percent-encoded, as in the address.
  const shown = (value: unknown) => String(value ?? '').replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu, (char) => encodeURIComponent(char));
  return fields.map((issue) => ({ ...issue, inAddress: `${issue.field}=${shown(query[issue.field.split('.')[0] ?? ''])}`.slice(0, 200) }));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const known = toAppError(error);
    if (!known) {
      request.log.error({ err: error }, 'unexpected error');
      return sendError(request, reply, 500, { code: 'INTERNAL', message: localized('raised.internal'), fields: [] });
    }
    if (known.code === 'DATABASE_BUSY') {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', String(retryAfterSeconds));
    }
    if (known.code === 'UNAUTHENTICATED' && request.method === 'GET' && !wantsJson(request.url, request.headers.accept)) {
      return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    }
    const fields = inAddress(request, (known.details.fields ?? []) as ErrorView['fields']);
    return sendError(request, reply, statusFor(known.code), { code: known.code, message: known.message, fields });
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, { code: 'NOT_FOUND', message: localized('error.notFound.path', { path: request.url.split('?')[0] ?? '' }), fields: [] }));
}
