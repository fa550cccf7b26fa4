/** Helpers for routes that answer HTML forms: turning an error back into the form, redirects. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../lib/errors';
import { statusFor, type Answering } from './error-handler';

export interface FormErrors {
  errors: Record<string, string>;
  message: string | null;
}

/** A user error becomes messages beside the fields; anything else is rethrown to the error handler. */
export function formErrors(error: unknown): FormErrors {
  if (!(error instanceof AppError) || (['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CSRF'].includes(error.code) && !error.details.fields)) {
    throw error;
  }
  const fields = error.details.fields ?? [];
  return { errors: Object.fromEntries(fields.map((issue) => [issue.field, issue.message])), message: fields.length > 0 ? null : error.message };
}

/** The status of a form answered again with its problems: the error handler's table decides. */
export function statusOf(error: unknown, answering: Answering = 'request'): number {
  return isAppError(error) ? statusFor(error.code, answering) : 400;
}

const siteOrigin = 'http://icat.invalid';
const unsafeInPath = /[\u0000-\u001F\u007F-\u009F\\]/u;

/** Percent-decodes until nothing changes (at most a few rounds); null if the encoding is broken. */
function fullyDecoded(text: string): string | null {
  let current = text;
  for (let round = 0; round < 4 && /%[0-9a-f]{2}/i.test(current); round++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return null;
    }
  }
  return current;
}

/**
 * Where to go after signing in: only a path on this site. The target is checked as given and after
 * decoding (no control characters, no backslash, no "//" host), resolved as a browser would, and
 * must stay on this origin; it is returned normalised and percent-encoded. Anything else: `fallback`.
 */
export function safeNext(next: unknown, fallback = '/work'): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return fallback;
  const decoded = fullyDecoded(next);
  if (decoded === null || [next, decoded].some((form) => unsafeInPath.test(form) || /^\/\//.test(form))) return fallback;
  let url: URL;
  try {
    url = new URL(next, siteOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== siteOrigin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A Location header value: characters outside printable ASCII are percent-encoded, so no header can break. */
export function headerSafeLocation(location: string): string {
  return location.replace(/[^\x21-\x7e]+/gu, (run) => encodeURIComponent(run));
}

export function redirectAfterPost(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(headerSafeLocation(location), 303);
}

/**
 * The message key of a `?notice=` value, if it is one of `notices`' own: never a property every
 * object has ("constructor", "__proto__"), which would reach the translator as a function.
 */
export function noticeKey<V>(notices: Record<string, V>, value: unknown): V | null {
  return typeof value === 'string' && Object.hasOwn(notices, value) ? (notices[value] as V) : null;
}

export function formValues(request: FastifyRequest): Record<string, string> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body)
      .filter(([key]) => key !== '_csrf' && !/password|confirm/.test(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value ?? '')]),
  );
}
