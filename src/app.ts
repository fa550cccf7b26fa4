/** buildApp: the whole web application, without listening. Tests, the CLI and the server build the same app. */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from './db/database';
import { migrationLevel } from './db/migrate';
import type { Deps } from './deps';
import { registerErrorHandling } from './http/error-handler';
import { registerSecurityHeaders } from './http/security';
import { registerStaticFiles } from './http/static';
import { mappingRoutes } from './features/members/mapping.routes';
import { membersRoutes } from './features/members/members.routes';
import { siteRoutes } from './features/site/site.routes';

export interface AppOptions extends Omit<Deps, 'log'> {
  database: Database;
  /** Log requests (the server does; tests do not). */
  logRequests?: boolean;
}

export const bodyLimitBytes = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database, config, clock, db } = options;
  const app = Fastify({
    logger: options.logRequests ? { level: config.logLevel } : false,
    bodyLimit: bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { caseSensitive: true, ignoreTrailingSlash: true },
  });
  const deps: Deps = { db, config, clock, log: app.log };

  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: bodyLimitBytes });
  await registerStaticFiles(app);
  registerErrorHandling(app);

  app.get('/healthz', async () => ({
    status: 'ok',
    database: database.kind,
    access: database.access,
    migration: await migrationLevel(db),
  }));

  await app.register(siteRoutes(deps));
  await app.register(membersRoutes(deps));
  await app.register(mappingRoutes(deps));
  return app;
}
