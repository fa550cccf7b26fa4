import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { formatters, textDirection, translator } from '../lib/i18n';
import { csrfTokenFor } from './csrf';
import { navRightsOf } from './navigation';
import type { ViewContext } from '../views/context';

declare module 'fastify' {
  interface FastifyRequest {
    /** Counts the navigation shows beside its links (what waits, unread notifications), by link, when counted. */
    navCounts: Record<string, number> | null;
  }
}

/** The view context of a request, in the request's language (src/http/language.ts). */
export function viewContext(request: FastifyRequest): ViewContext {
  const locale = request.locale;
  const url = new URL(request.url, 'http://localhost');
  return {
    t: translator(locale),
    fmt: formatters(locale),
    locale,
    dir: textDirection(locale),
    path: url.pathname,
    publicUrl: request.server.publicUrl,
    query: Object.fromEntries([...url.searchParams.entries()]),
    actor: request.actor
      ? {
          name: request.actor.name,
          entityAcronym: request.actor.entityAcronym,
          roles: request.actor.roles,
          cochairYears: request.actor.cochairYears,
          navRights: navRightsOf(request.actor),
          navCounts: request.navCounts ?? null,
        }
      : null,
    // Read only by a page that shows a form: the token's cookie is set then, and only then.
    get csrfToken() {
      return csrfTokenFor(request) || null;
    },
  };
}
