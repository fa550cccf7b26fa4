import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import * as notifications from '../notifications/notifications.service';
import * as work from './work.service';
import { MyWorkPage } from './work.views';

export function workRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/work', async (request, reply) => {
      return sendHtml(reply, MyWorkPage({ ctx: viewContext(request), work: await work.getMyWork(deps, request.actor) }));
    });
  };
}

/** Paths that never render a page with the navigation: no need to count work for them. */
const noPage = /^\/(api|assets)\/|\.(csv|ics|xlsx|docx|pdf|json|atom|xml|txt)(\?|$)/;

/**
 * Counts what waits for a signed-in person, and their unread notifications, before a page is rendered:
 * the counts in the navigation. A failure to count leaves the counts out; it never fails the page.
 */
export function registerNavCounts(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('navCounts', null);
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'GET' || !request.actor || noPage.test(request.url)) return;
    try {
      const [waiting, unread] = await Promise.all([work.countMyWork(deps, request.actor), notifications.countUnread(deps, request.actor)]);
      request.navCounts = { '/work': waiting, '/notifications': unread };
    } catch (error) {
      deps.log.warn({ err: error }, 'counting the work of a person failed');
    }
  });
}
