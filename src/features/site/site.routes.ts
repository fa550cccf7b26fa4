import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import * as governance from '../governance/governance.service';
import { HomePage } from './site.views';

export function siteRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (request, reply) => {
      const term = await governance.latestTermUpTo(deps, deps.clock.now().getUTCFullYear());
      return sendHtml(reply, HomePage({ ctx: viewContext(request), term }));
    });
  };
}
