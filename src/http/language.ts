/**
 * The language of a request: `?lang=` (a link a person can share, and the switcher), then the
 * language cookie (the choice remembered), then the account's language, then Accept-Language.
 * Everything said while serving the request, by views and by services, is in that language.
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { availableLocales, inLocale, negotiateLocale, type Locale } from '../lib/i18n';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
  interface FastifyInstance {
    publicUrl: string;
  }
}

export const languageCookie = 'lang';
const rememberedForSeconds = 365 * 24 * 60 * 60;

export function registerLanguage(app: FastifyInstance, publicUrl: string): void {
  app.decorate('publicUrl', publicUrl);
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (request, reply) => {
    const asked = askedLanguage(request);
    request.locale = negotiateLocale(asked ?? request.cookies[languageCookie] ?? request.actor?.locale ?? undefined, request.headers['accept-language']);
    if (asked && request.cookies[languageCookie] !== asked) rememberLanguage(request, reply, asked);
    if (!request.url.startsWith('/assets/')) reply.header('vary', 'Accept-Language, Cookie');
  });
  // Entered again right before the handler: reading a body runs on the socket's callbacks, outside it.
  app.addHook('onRequest', (request, _reply, done) => inLocale(request.locale, done));
  app.addHook('preHandler', (request, _reply, done) => inLocale(request.locale, done));
}

/** The language named in the address, if it is one the platform speaks. */
function askedLanguage(request: FastifyRequest): Locale | undefined {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  return availableLocales().find((locale) => locale === asked);
}

export function rememberLanguage(request: FastifyRequest, reply: FastifyReply, locale: Locale): void {
  reply.setCookie(languageCookie, locale, { path: '/', sameSite: 'lax', secure: request.protocol === 'https', maxAge: rememberedForSeconds });
}
