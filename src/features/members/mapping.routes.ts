import type { FastifyPluginAsync } from 'fastify';
import { groupSlug } from '../../lib/group';
import type { Deps } from '../../deps';
import { toCsv } from '../../lib/csv';
import { renderFigures } from '../../lib/figures';
import { parseInput } from '../../lib/validation';
import { sendCsv, sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { mappingFigures } from './mapping.figures';
import * as mapping from './mapping.service';
import { mappingQueryString, MappingPage } from './mapping.views';
import { mappingQuery } from './members.schemas';

export function mappingRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/mapping', async (request, reply) => {
      const ctx = viewContext(request);
      const data = await mapping.getMapping(deps, parseInput(mappingQuery, request.query));
      const query = mappingQueryString(data.filter);
      const figures = await renderFigures(mappingFigures(ctx, data), (figure) => `/mapping/${figure.id}.csv${query}`);
      return sendHtml(reply, MappingPage({ ctx, data, figures }));
    });

    app.get('/mapping.csv', async (request, reply) => {
      const data = await mapping.getMapping(deps, parseInput(mappingQuery, request.query));
      const header = ['acronym', 'name', 'as_of', 'sample', 'regions', 'forms', 'interventions', 'levels', 'target_groups'];
      const rows = data.entities.map(({ acronym, name, profile }) => [
        acronym,
        name,
        profile.asOf,
        profile.isSample ? 'yes' : 'no',
        profile.regions.join(';'),
        profile.forms.join(';'),
        profile.interventions.join(';'),
        profile.levels.join(';'),
        profile.targetGroups.join(';'),
      ]);
      return sendCsv(reply, `${groupSlug()}-mapping.csv`, toCsv(header, rows));
    });

    app.get('/mapping/:figure.csv', async (request, reply) => {
      const ctx = viewContext(request);
      const data = await mapping.getMapping(deps, parseInput(mappingQuery, request.query));
      const { figure: id } = request.params as { figure: string };
      const figure = mappingFigures(ctx, data).find((candidate) => candidate.id === id);
      if (!figure) return reply.callNotFound();
      return sendCsv(reply, `${groupSlug()}-${figure.id}.csv`, toCsv(figure.table.columns, figure.table.rows));
    });

    app.get('/api/v1/mapping', async (request) => mapping.getMapping(deps, parseInput(mappingQuery, request.query)));
  };
}
