import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { groupSlug } from '../../lib/group';
import type { Deps } from '../../deps';
import type { SafeHtml } from '../../lib/html';
import type { Actor } from '../../policy/actor';
import { formErrors, formValues, redirectAfterPost, statusOf } from '../../http/forms';
import { sendCsv, sendCsvStream, sendHtml, sendStream, xlsxType } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { toCsv } from '../../lib/csv';
import { renderFigures, topCategories, type Figure } from '../../lib/figures';
import { parseInput } from '../../lib/validation';
import type { ViewContext } from '../../views/context';
import { indicatorFigures, statusFigure, topStatusRows } from './progress.figures';
import { registerProgressImportRoutes } from './progress-import.routes';
import { registerPledgeRoutes } from './pledges.routes';
import { noticeOf, registerUpdateRoutes } from './updates.routes';
import { progressWorkbook, updatesCsv, valuesCsv } from './progress.export';
import { dashboardAnswerSchema, dashboardQuery, idParams, pledgeListAnswerSchema, yearQuery } from './progress.schemas';
import { apiRoute } from '../../http/api-route';
import * as progress from './progress.service';
import { DashboardPage } from './progress.views';
import { PeriodPage, PeriodsPage } from './periods.views';
import { ContributionsSection } from './member-contributions.views';
import { keptForPerson } from '../../http/page-cache';

/** ?year=…&entity=…&priority=… for the export and figure links, so they carry the page's filters. */
function filterQuery(filter: progress.DashboardFilter): string {
  const params = new URLSearchParams({ year: String(filter.year) });
  if (filter.entity) params.set('entity', filter.entity.slug);
  if (filter.priority) params.set('priority', String(filter.priority.id));
  return `?${params.toString()}`;
}

/**
 * The dashboard's figures. On the page (`bounded`) each draws at most a dozen rows or indicators, so
 * that a group with hundreds of priority areas or indicators gets a page that reads and loads; the
 * figures' CSV files (not bounded) hold every row.
 */
function dashboardFigures(ctx: ViewContext, dashboard: Pick<progress.Dashboard, 'filter' | 'status' | 'indicators'>, bounded: boolean): Figure[] {
  const { year } = dashboard.filter;
  const rows = (all: progress.StatusRow[]) => (bounded ? topStatusRows(ctx, all) : all);
  const figures: Figure[] = [];
  if (dashboard.status.byPriority.length > 0) {
    figures.push(statusFigure(ctx, 'figure-priorities', rows(dashboard.status.byPriority), ctx.t('progress.figure.byPriority', { year: String(year) }), ctx.t('progress.figure.priorityAxis')));
  }
  if (dashboard.status.byObjective.length > 0) {
    figures.push(statusFigure(ctx, 'figure-objectives', rows(dashboard.status.byObjective), ctx.t('progress.figure.byObjective', { year: String(year) }), ctx.t('progress.figure.objectiveAxis')));
  }
  figures.push(...indicatorFigures(ctx, dashboard.indicators, year, bounded ? topCategories : undefined));
  return figures;
}

export function progressRoutes(deps: Deps): FastifyPluginAsync {
  async function renderPeriods(
    request: FastifyRequest,
    reply: FastifyReply,
    failed: { values: Record<string, string>; errors: Record<string, string>; message: string | null } | null = null,
    status = 200,
  ) {
    const ctx = viewContext(request);
    const page = await progress.periodsForReading(deps, request.actor);
    return sendHtml(reply, PeriodsPage({ ctx, data: { ...page, failed, notice: noticeOf(ctx, request, { saved: 'periods.saved' }) } }), status);
  }

  async function renderPeriod(request: FastifyRequest, reply: FastifyReply, id: number, error: string | null = null, status = 200) {
    const ctx = viewContext(request);
    const overview = await progress.periodOverview(deps, request.actor, id);
    const notice = noticeOf(ctx, request, { saved: 'periods.saved', locked: 'period.lockedNotice', reopened: 'period.reopenedNotice' });
    return sendHtml(reply, PeriodPage({ ctx, data: { ...overview, notice, error } }), status);
  }

  return async (app) => {
    // ---- the dashboard, its figures and exports ----

    app.get('/progress', keptForPerson, async (request, reply) => {
      const query = parseInput(dashboardQuery, request.query);
      const dashboard = await progress.loadDashboard(deps, request.actor, query);
      const ctx = viewContext(request);
      const exportQuery = filterQuery(dashboard.filter);
      const figures = await renderFigures(dashboardFigures(ctx, dashboard, true), (figure) => `/progress/figures/${figure.id}.csv${exportQuery}`);
      return sendHtml(
        reply,
        DashboardPage({
          ctx,
          data: {
            year: dashboard.filter.year,
            years: dashboard.years,
            entity: dashboard.filter.entity?.slug,
            priority: dashboard.filter.priority?.id,
            entities: dashboard.entities,
            pledges: dashboard.pledges,
            plan: dashboard.plan,
            figures,
            updates: { items: dashboard.updates.items, total: dashboard.updates.total, page: query.page, pageSize: progress.dashboardPageSize },
            exportQuery,
            rights: dashboard.rights,
          },
        }),
      );
    });

    app.get('/progress/figures/:figure.csv', async (request, reply) => {
      const query = parseInput(dashboardQuery, request.query);
      const filter = await progress.resolveFilter(deps, request.actor, query);
      const { status, indicators } = await progress.figureData(deps, filter);
      const { figure: id } = request.params as { figure: string };
      const figure = dashboardFigures(viewContext(request), { filter, status, indicators }, false).find((candidate) => candidate.id === id);
      if (!figure) return reply.callNotFound();
      return sendCsv(reply, `${groupSlug()}-progress-${filter.year}-${figure.id}.csv`, toCsv(figure.table.columns, figure.table.rows));
    });

    app.get('/progress/updates.csv', async (request, reply) => {
      const data = await progress.exportData(deps, request.actor, parseInput(dashboardQuery, request.query));
      return sendCsvStream(reply, `${groupSlug()}-progress-updates-${data.filter.year}.csv`, updatesCsv(data.updates()));
    });

    app.get('/progress/indicator-values.csv', async (request, reply) => {
      const data = await progress.exportData(deps, request.actor, parseInput(dashboardQuery, request.query));
      return sendCsvStream(reply, `${groupSlug()}-indicator-values-${data.filter.year}.csv`, valuesCsv(data.updates()));
    });

    app.get('/progress/export.xlsx', async (request, reply) => {
      const data = await progress.exportData(deps, request.actor, parseInput(dashboardQuery, request.query));
      const series = await progress.indicatorSeries(deps, data.filter);
      return sendStream(reply, `${groupSlug()}-progress-${data.filter.year}.xlsx`, xlsxType, progressWorkbook(data.updates, series));
    });

    // ---- reporting periods ----

    app.get('/progress/periods', async (request, reply) => renderPeriods(request, reply));

    app.post('/progress/periods', async (request, reply) => {
      try {
        const period = await progress.createPeriod(deps, request.actor, request.body);
        return redirectAfterPost(reply, `/progress/periods/${period.id}?notice=saved`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderPeriods(request, reply, { values: formValues(request), errors, message }, statusOf(error));
      }
    });

    app.get('/progress/periods/:id', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return renderPeriod(request, reply, id);
    });

    for (const [name, change] of [
      ['lock', progress.lockPeriod],
      ['reopen', progress.reopenPeriod],
    ] as const) {
      app.post(`/progress/periods/:id/${name}`, async (request, reply) => {
        const { id } = parseInput(idParams, request.params);
        try {
          await change(deps, request.actor, id, request.body);
          return redirectAfterPost(reply, `/progress/periods/${id}?notice=${name === 'lock' ? 'locked' : 'reopened'}`);
        } catch (error) {
          const { errors, message } = formErrors(error);
          return renderPeriod(request, reply, id, message ?? Object.values(errors).join(' '), statusOf(error));
        }
      });
    }

    // ---- importing a period's updates, and the JSON API's writes ----

    registerProgressImportRoutes(app, deps);
    registerUpdateRoutes(app, deps);
    registerPledgeRoutes(app, deps);

    // ---- JSON ----

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/progress',
        operationId: 'getProgress',
        summary: 'api.op.getProgress',
        tag: 'progress',
        access: 'signedIn',
        query: dashboardQuery,
        response: dashboardAnswerSchema,
      },
      async ({ query }, request) => {
        const dashboard = await progress.loadDashboard(deps, request.actor, query);
        return {
          filter: { year: dashboard.filter.year, entity: dashboard.filter.entity?.acronym ?? null, priority: dashboard.filter.priority?.id ?? null },
          plan: dashboard.plan,
          status: dashboard.status,
          indicators: dashboard.indicators,
          updates: { items: dashboard.updates.items, total: dashboard.updates.total, page: query.page, pageSize: progress.dashboardPageSize },
        };
      },
    );

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/progress/pledges',
        operationId: 'listPledges',
        summary: 'api.op.listPledges',
        tag: 'progress',
        access: 'signedIn',
        query: yearQuery,
        response: pledgeListAnswerSchema,
      },
      async ({ query: { year } }, request) => {
        const data = await progress.pledgesForReading(deps, request.actor, year ?? (await progress.defaultYear(deps)));
        return { items: data.pledges };
      },
    );
  };
}

/** An organization's part in the year's Plan of Action, for its page in the members' directory (provided for the members feature's need in index.ts). */
export async function memberContributions(deps: Deps, actor: Actor | null, entityId: number, cochairYears: number[], ctx: ViewContext): Promise<SafeHtml> {
  const contributions = await progress.memberContributions(deps, actor, entityId, cochairYears);
  return ContributionsSection({ ctx, contributions });
}
