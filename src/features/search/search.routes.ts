import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { parseInput } from '../../lib/validation';
import { searchAnswerSchema, searchQuery } from './search.schemas';
import { apiRoute } from '../../http/api-route';
import { searchSite, type ReadableGroups } from './site-search.service';
import { SearchPage } from './search.views';
import { cachedForVisitors } from '../../http/page-cache';

/** `readableGroups` comes from the groups feature (which uses search, so search does not import it). */
export function searchRoutes(deps: Deps, readableGroups: ReadableGroups): FastifyPluginAsync {
  return async (app) => {
    app.get('/search', cachedForVisitors, async (request, reply) => {
      const results = await searchSite(deps, request.actor, parseInput(searchQuery, request.query), readableGroups);
      return sendHtml(reply, SearchPage({ ctx: viewContext(request), results }));
    });

    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/search', operationId: 'search', summary: 'api.op.search', tag: 'search', access: 'everyone', query: searchQuery, response: searchAnswerSchema },
      async ({ query }, request) => {
        const results = await searchSite(deps, request.actor, query, readableGroups);
        const plain = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');
        return {
          ...results,
          items: results.items.map((item) => ({ ...item, title: plain(item.title), snippet: plain(item.snippet), highlights: { title: item.title, snippet: item.snippet } })),
        };
      },
    );
  };
}
