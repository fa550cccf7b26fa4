import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { renderFigures } from '../../lib/figures';
import { parseInput } from '../../lib/validation';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import * as governance from '../governance/governance.service';
import { membershipFigure } from './mapping.figures';
import { memberKeyParams, memberListQuery } from './members.schemas';
import * as members from './members.service';
import { AboutPage, MemberPage, MembersPage } from './members.views';

export function membersRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/members', async (request, reply) => {
      const query = parseInput(memberListQuery, request.query);
      const [page, others, coverage] = await Promise.all([
        members.listMembers(deps, query),
        members.listOtherOrganizations(deps),
        members.getDirectoryCoverage(deps),
      ]);
      return sendHtml(reply, MembersPage({ ctx: viewContext(request), query, page, others, coverage }));
    });

    app.get('/members/:acronym', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const member = await members.getMember(deps, acronym);
      const cochairYears = await governance.cochairYears(deps, member.id);
      return sendHtml(reply, MemberPage({ ctx: viewContext(request), member, cochairYears }));
    });

    app.get('/about', async (request, reply) => {
      const ctx = viewContext(request);
      const about = await members.getAbout(deps);
      const figure = membershipFigure(ctx, about);
      const [rendered = null] = figure ? await renderFigures([figure]) : [];
      return sendHtml(reply, AboutPage({ ctx, about, figure: rendered }));
    });

    app.get('/api/v1/members', async (request) => {
      const query = parseInput(memberListQuery, request.query);
      return members.listMembers(deps, query);
    });

    app.get('/api/v1/members/:acronym', async (request) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const member = await members.getMember(deps, acronym);
      return { ...member, cochairYears: await governance.cochairYears(deps, member.id) };
    });
  };
}
