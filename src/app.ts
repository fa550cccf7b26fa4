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
import { accountsRoutes } from './features/accounts/accounts.routes';
import { passkeysRoutes } from './features/accounts/passkeys.routes';
import { identityProvidersRoutes } from './features/identity-providers/identity-providers.routes';
import * as identityProviders from './features/identity-providers/identity-providers.service';
import { groupSettingsRoutes } from './features/group-settings/group-settings.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { jobsRoutes } from './features/jobs/jobs.routes';
import { governanceRoutes } from './features/governance/governance.routes';
import { termsAdminRoutes } from './features/governance/terms.routes';
import { mappingRoutes } from './features/members/mapping.routes';
import { membersRoutes } from './features/members/members.routes';
import { referenceMembersRoutes } from './features/members/admin.routes';
import { meetingsRoutes } from './features/meetings/meetings.routes';
import { planRoutes } from './features/progress/plan.routes';
import { memberContributions, progressRoutes } from './features/progress/progress.routes';
import { cochairYears } from './features/governance/governance.service';
import { periodEditingRoutes } from './features/progress/periods.routes';
import { statementsRoutes } from './features/statements/statements.routes';
import { translationsRoutes } from './features/translations/translations.routes';
import { reportsRoutes } from './features/reports/reports.routes';
import { siteRoutes } from './features/site/site.routes';
import { groupsRoutes } from './features/groups/groups.routes';
import { readableGroupIds } from './features/groups/groups.service';
import { libraryRoutes } from './features/library/library.routes';
import { searchRoutes } from './features/search/search.routes';
import { registerNavCounts, workRoutes } from './features/work/work.routes';
import { notificationsRoutes } from './features/notifications/notifications.routes';
import { vocabulariesRoutes } from './features/vocabularies/vocabularies.routes';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as "METHOD /path", in registration order: the access test walks them all. */
    registeredRoutes: string[];
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
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });

  if (logStream) app.addHook('onClose', async () => logStream.flushSync());

  await registerSecurityHeaders(app);
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
  registerNavCounts(app, deps);
  // In this order on the way out: keep a public page, then ETag/304, then compress.
  registerPageCache(app, deps, pageCache);
  registerEtags(app);
  registerCompression(app);
  await registerStaticFiles(app);

  registerProbes(app, database);
  registerApiContract(app);

  await app.register(siteRoutes(deps));
  await app.register(groupsRoutes(deps));
  await app.register(libraryRoutes(deps));
  await app.register(searchRoutes(deps, readableGroupIds));
  await app.register(membersRoutes(deps, { cochairYears, contributions: memberContributions }));
  await app.register(mappingRoutes(deps));
  await app.register(referenceMembersRoutes(deps));
  await app.register(accountsRoutes(deps, identityProviders));
  await app.register(passkeysRoutes(deps));
  await app.register(identityProvidersRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(jobsRoutes(deps));
  await app.register(groupSettingsRoutes(deps));
  await app.register(governanceRoutes(deps));
  await app.register(termsAdminRoutes(deps));
  await app.register(planRoutes(deps));
  await app.register(progressRoutes(deps));
  await app.register(periodEditingRoutes(deps));
  await app.register(meetingsRoutes(deps));
  await app.register(statementsRoutes(deps));
  await app.register(translationsRoutes(deps));
  await app.register(reportsRoutes(deps));
  await app.register(workRoutes(deps));
  await app.register(notificationsRoutes(deps));
  await app.register(vocabulariesRoutes(deps));
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
