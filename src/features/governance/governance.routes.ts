import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { termAnswerSchema, termListAnswerSchema, termYearParams } from './governance.schemas';
import { apiRoute } from '../../http/api-route';
import * as meetings from '../meetings/meetings.service';
import * as governance from './governance.service';
import { GovernancePage } from './governance.views';
import { cachedForVisitors } from '../../http/page-cache';

/** The terms as JSON: a year without known chairs says so with chairsKnown: false. */
function termJson(entry: governance.TermYear) {
  const term = entry.term;
  return {
    year: entry.year,
    chairsKnown: Boolean(term && term.chairs.length > 0),
    chairs: term?.chairs ?? [],
    endorsedOn: term?.endorsedOn ?? null,
    endorsedByDecisionId: term?.endorsedByDecisionId ?? null,
    note: term?.note ?? null,
    uncertain: term?.uncertain ?? true,
    priorities: term?.priorities ?? [],
    sources: term?.sources ?? [],
  };
}

export function governanceRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/governance', cachedForVisitors, async (request, reply) => {
      const years = await governance.listTermYears(deps);
      const decisionIds = years.flatMap((entry) => (entry.term?.endorsedByDecisionId ? [entry.term.endorsedByDecisionId] : []));
      const decisions = await meetings.decisionLinks(deps, decisionIds);
      return sendHtml(reply, GovernancePage({ ctx: viewContext(request), years, decisions, currentYear: deps.clock.now().getUTCFullYear() }));
    });

    apiRoute(app, { method: 'GET', url: '/api/v1/terms', operationId: 'listTerms', summary: 'api.op.listTerms', tag: 'governance', access: 'everyone', response: termListAnswerSchema }, async () => ({
      items: (await governance.listTermYears(deps)).map(termJson),
    }));

    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/terms/:year', operationId: 'getTerm', summary: 'api.op.getTerm', tag: 'governance', access: 'everyone', params: termYearParams, response: termAnswerSchema },
      async ({ params: { year } }) => termJson(await governance.getTermYear(deps, year)),
    );
  };
}
