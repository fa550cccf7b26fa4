import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import * as work from './work.service';
import { MyWorkPage } from './work.views';
import { keptForPerson } from '../../http/page-cache';

export function workRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/work', keptForPerson, async (request, reply) => {
      return sendHtml(reply, MyWorkPage({ ctx: viewContext(request), work: await work.getMyWork(deps, request.actor) }));
    });
  };
}

/**
 * Routes that never render a page with the navigation (the API, files, downloads, feeds, the group's
 * style sheet and logo, probes, a job's progress): no need to count work for them. Matched on the
 * route's pattern, so a URL's query string or an id cannot change the answer.
 */
const noPage = [
  /^\/(api|assets)\//,
  /\.(csv|ics|xlsx|docx|pdf|json|atom|xml|txt|css|:format)$/,
  /\/(file|files\/:fileId|logo)$/,
  /^\/progress\/evidence\/:id$/,
  /\/jobs\/:id$/,
  /^\/(healthz|readyz)$/,
];

function rendersNavigation(request: FastifyRequest): boolean {
  const route = request.routeOptions.url ?? request.url.split('?')[0]!;
  return !noPage.some((pattern) => pattern.test(route));
}

/**
 * Counts what waits for a signed-in person, and their unread notifications, before a page is rendered:
 * the counts in the navigation. A failure to count leaves the counts out; it never fails the page.
 */
export function registerNavCounts(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('navCounts', null);
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'GET' || !request.actor || !rendersNavigation(request)) return;
    try {
      const { waiting, unread } = await work.countForNavigation(deps, request.actor);
      request.navCounts = { '/work': waiting, '/notifications': unread };
    } catch (error) {
      deps.log.warn({ err: error }, 'counting the work of a person failed');
    }
  });
}
