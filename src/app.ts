/** buildApp: the whole web application, without listening. Tests, the CLI and the server build the same app. */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Database } from './db/database';
import type { Deps } from './deps';
import { registerAuthentication } from './http/auth';
import { registerContentFollowing } from './http/content-following';
import { registerLanguage } from './http/language';
import { registerCsrfProtection } from './http/csrf';
import { registerErrorHandling } from './http/error-handler';
import { registerInputNormalisation } from './http/input';
import { registerProbes } from './http/probes';
import { registerSecurityHeaders } from './http/security';
import { registerStaticFiles } from './http/static';
import { registerCompression } from './http/compression';
import { registerEtags } from './http/etag';
import { defaultPageCacheOptions, registerPageCache, type PageCacheOptions } from './http/page-cache';
import { BufferedLogStream } from './lib/logger';
import { registerUploads } from './http/uploads';
import { registerApiContract } from './http/api-contract';
import { providedBy } from './features/feature';
import { features } from './features/features';
import { registerNavCounts } from './features/work/work.routes';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as "METHOD /path", in registration order: the access test walks them all. */
    registeredRoutes: string[];
    /** The feature that registered each route ("METHOD /path" -> the feature's name); the app's own routes have none. */
    routeFeatures: Map<string, string>;
  }
}

export interface AppOptions extends Omit<Deps, 'log'> {
  database: Database;
  /** Log requests (the server does; tests do not). */
  logRequests?: boolean;
  /** Tests read the content stamp before every use of what is kept (`pollMs: 0`) instead of polling it. */
  pageCache?: Partial<PageCacheOptions>;
}

export const bodyLimitBytes = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database, config, clock, db, jobs } = options;
  const logStream = options.logRequests ? new BufferedLogStream() : null;
  const app = Fastify({
    logger: logStream ? { level: config.logLevel, stream: logStream } : false,
    logController: new OneLinePerRequest(),
    bodyLimit: bodyLimitBytes,
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    routerOptions: { caseSensitive: true, ignoreTrailingSlash: true },
  });
  const deps: Deps = { db, config, clock, log: app.log, jobs };
  const routes: string[] = [];
  const routeFeatures = new Map<string, string>();
  let registeringFeature: string | null = null;
  app.decorate('registeredRoutes', routes);
  app.decorate('routeFeatures', routeFeatures);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routes.push(`${method} ${route.url}`);
      if (registeringFeature) routeFeatures.set(`${method} ${route.url}`, registeringFeature);
    }
  });

  if (logStream) app.addHook('onClose', async () => logStream.flushSync());

  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: bodyLimitBytes });
  await registerUploads(app);
  registerErrorHandling(app);
  registerInputNormalisation(app);
  const pageCache = { ...defaultPageCacheOptions, ...options.pageCache };
  // First: a write is marked under way before anything of its request is read.
  registerContentFollowing(app, deps, pageCache);
  registerAuthentication(app, deps);
  registerLanguage(app, config.publicUrl);
  registerCsrfProtection(app);
  // In this order on the way out: keep a page, then ETag/304, then compress. A person's kept page is
  // found before the navigation's counts are read for it.
  registerPageCache(app, deps, pageCache);
  registerNavCounts(app, deps);
  registerEtags(app);
  registerCompression(app);
  await registerStaticFiles(app);

  registerProbes(app, database);
  registerApiContract(app);

  const provided = providedBy(features);
  for (const feature of features) {
    registeringFeature = feature.name;
    for (const plugin of feature.routes ?? []) await app.register(plugin(deps, provided));
  }
  registeringFeature = null;
  return app;
}

/** Link tokens in a path and a provider's code and state in a query open accounts: the log keeps them out. */
function loggedUrl(request: FastifyRequest): string {
  const token = (request.params as Record<string, unknown> | undefined)?.token;
  const url = typeof token === 'string' && token ? request.url.replace(token, '***') : request.url;
  return url.replace(/([?&](?:code|state|token)=)[^&#]*/g, '$1***');
}

/** One line per request, written when it is answered, instead of Fastify's two (incoming, completed). */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, url: loggedUrl(request), status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, err: error }, 'request');
    else reply.log.info(line, 'request');
  }
}
