/** Helpers for routes that answer HTML forms: turning an error back into the form, redirects. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../lib/errors';

export interface FormErrors {
  errors: Record<string, string>;
  message: string | null;
}

/** A user error becomes messages beside the fields; anything else is rethrown to the error handler. */
export function formErrors(error: unknown): FormErrors {
  if (!(error instanceof AppError) || ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CSRF'].includes(error.code) && !error.details.fields) {
    throw error;
  }
  const fields = error.details.fields ?? [];
  return { errors: Object.fromEntries(fields.map((issue) => [issue.field, issue.message])), message: fields.length > 0 ? null : error.message };
}

export function statusOf(error: unknown): number {
  if (isAppError(error, 'RATE_LIMITED')) return 429;
  if (isAppError(error, 'UNAUTHENTICATED')) return 401;
  if (isAppError(error, 'STALE_VERSION') || isAppError(error, 'CONFLICT')) return 409;
  return 400;
}

/** Only a path on this site: never an absolute URL or a protocol-relative one. */
export function safeNext(next: unknown, fallback = '/account'): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : fallback;
}

export function redirectAfterPost(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}

export function formValues(request: FastifyRequest): Record<string, string> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body)
      .filter(([key]) => key !== '_csrf' && !/password|confirm/.test(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value ?? '')]),
  );
}
