import type { FastifyPluginAsync } from 'fastify';
import { groupSlug } from '../../lib/group';
import type { Deps } from '../../deps';
import { toCsv } from '../../lib/csv';
import { renderFigures } from '../../lib/figures';
import { sendCsv, sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { mappingFigures, mappingPanels } from './mapping.figures';
import * as mapping from './mapping.service';
import { mappingQueryString, MappingPage } from './mapping.views';
import { cachedForVisitors } from '../../http/page-cache';
import { apiRoute } from '../../http/api-route';
import { mappingAnswerSchema, mappingApiQuery } from './members.schemas';

export function mappingRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/mapping', cachedForVisitors, async (request, reply) => {
      const ctx = viewContext(request);
      const data = await mapping.getMapping(deps, request.query);
      const query = mappingQueryString(data.filter);
      const panels = mappingPanels(ctx, data);
      const rendered = await renderFigures(
        panels.flatMap((panel) => ('figure' in panel ? [panel.figure] : [])),
        (figure) => `/mapping/${figure.id}.csv${query}`,
      );
      const shown = panels.map((panel) => ('figure' in panel ? { figure: rendered.find((figure) => figure.id === panel.figure.id) ?? null } : panel));
      return sendHtml(reply, MappingPage({ ctx, data, panels: shown }));
    });

    app.get('/mapping.csv', async (request, reply) => {
      const data = await mapping.getMapping(deps, request.query, 'all');
      // One column per dimension of the group, in its order: the columns `icat import-profiles` reads back.
      const header = ['acronym', 'name', 'as_of', 'sample', ...data.dimensions.map((dimension) => dimension.code)];
      const rows = data.entities.map(({ acronym, name, profile }) => [
        acronym,
        name,
        profile.asOf,
        profile.isSample ? 'yes' : 'no',
        ...data.dimensions.map((dimension) => (profile.values[dimension.code] ?? []).join(';')),
      ]);
      return sendCsv(reply, `${groupSlug()}-mapping.csv`, toCsv(header, rows));
    });

    app.get('/mapping/:figure.csv', async (request, reply) => {
      const ctx = viewContext(request);
      const data = await mapping.getMapping(deps, request.query);
      const { figure: id } = request.params as { figure: string };
      const figure = mappingFigures(ctx, data).find((candidate) => candidate.id === id);
      if (!figure) return reply.callNotFound();
      return sendCsv(reply, `${groupSlug()}-${figure.id}.csv`, toCsv(figure.table.columns, figure.table.rows));
    });

    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/mapping', operationId: 'getMapping', summary: 'api.op.getMapping', tag: 'members', access: 'everyone', query: mappingApiQuery, response: mappingAnswerSchema },
      async ({ query }) => mapping.getMapping(deps, query, 'all'),
    );
  };
}
