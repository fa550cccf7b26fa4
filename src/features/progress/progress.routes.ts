import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { groupSlug } from '../../lib/group';
import type { Deps } from '../../deps';
import type { SafeHtml } from '../../lib/html';
import type { Actor } from '../../policy/actor';
import { formErrors, formValues, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendCsv, sendCsvStream, sendHtml, sendStream, xlsxType } from '../../http/reply';
import { readMultipartForm, sendStoredFile, uploadFormStatus } from '../../http/uploads';
import { viewContext } from '../../http/view-context';
import { toCsv } from '../../lib/csv';
import { isAppError, isStale } from '../../lib/errors';
import { renderFigures, topCategories, type Figure } from '../../lib/figures';
import { parseInput } from '../../lib/validation';
import { can } from '../../policy/policy';
import type { ViewContext } from '../../views/context';
import { indicatorFigures, statusFigure, topStatusRows } from './progress.figures';
import { registerProgressImportRoutes } from './progress-import.routes';
import { progressWorkbook, updatesCsv, valuesCsv } from './progress.export';
import { dashboardAnswerSchema, dashboardQuery, idParams, newUpdateQuery, pledgeListAnswerSchema, yearQuery } from './progress.schemas';
import { apiRoute } from '../../http/api-route';
import * as progress from './progress.service';
import * as updates from './updates.service';
import { DashboardPage, FilingPage, PeriodPage, PeriodsPage, PledgesPage, type PledgesData } from './progress.views';
import { ContributionsSection } from './member-contributions.views';
import { UpdateFormPage, updateFormValues, UpdatePage, type UpdateFormState, type UpdatePageState } from './updates.views';

const updateNotices = {
  saved: 'update.saved',
  submitted: 'update.submittedNotice',
  accepted: 'update.acceptedNotice',
  returned: 'update.returnedNotice',
  files: 'update.filesNotice',
  removed: 'update.removedNotice',
  exists: 'update.exists',
} as const;

function noticeOf<T extends Record<string, Parameters<ViewContext['t']>[0]>>(ctx: ViewContext, request: FastifyRequest, notices: T): string | null {
  const key = noticeKey<Parameters<ViewContext['t']>[0]>(notices, (request.query as Record<string, unknown>).notice);
  return key ? ctx.t(key) : null;
}

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

function targetQuery(query: Record<string, unknown>): Record<string, unknown> {
  const target = typeof query.target === 'string' ? /^(item|pledge):(\d+)$/.exec(query.target) : null;
  return target ? { ...query, [target[1] as string]: target[2] } : query;
}

export function progressRoutes(deps: Deps): FastifyPluginAsync {
  async function renderUpdate(request: FastifyRequest, reply: FastifyReply, id: number, state: Partial<UpdatePageState> = {}, status = 200) {
    const ctx = viewContext(request);
    const detail = await updates.getUpdate(deps, request.actor, id);
    const full: UpdatePageState = { errors: {}, message: null, comment: '', notice: noticeOf(ctx, request, updateNotices), ...state };
    return sendHtml(reply, UpdatePage({ ctx, detail, state: full }), status);
  }

  async function renderPledges(request: FastifyRequest, reply: FastifyReply, year: number, failed: PledgesData['failed'] = null, status = 200) {
    const ctx = viewContext(request);
    const data = await progress.pledgesForReading(deps, request.actor, year);
    const canFile = can(request.actor, 'progress.file', { entityId: request.actor?.entityId });
    const notice = noticeOf(ctx, request, { saved: 'pledges.saved' });
    const canManage = can(request.actor, 'progress.pledge.manage', { year });
    return sendHtml(reply, PledgesPage({ ctx, data: { year, ...data, canManage, canFile, failed, notice } }), status);
  }

  async function renderPeriods(
    request: FastifyRequest,
    reply: FastifyReply,
    failed: { values: Record<string, string>; errors: Record<string, string>; message: string | null } | null = null,
    status = 200,
  ) {
    const ctx = viewContext(request);
    const periods = await progress.periodsForReading(deps, request.actor);
    const year = deps.clock.now().getUTCFullYear();
    const canCreate = can(request.actor, 'progress.period.manage', { year }) || can(request.actor, 'progress.period.manage', { year: year + 1 });
    return sendHtml(reply, PeriodsPage({ ctx, data: { periods, canCreate, defaultYear: year, failed, notice: noticeOf(ctx, request, { saved: 'periods.saved' }) } }), status);
  }

  async function renderPeriod(request: FastifyRequest, reply: FastifyReply, id: number, error: string | null = null, status = 200) {
    const ctx = viewContext(request);
    const overview = await progress.periodOverview(deps, request.actor, id);
    const period = overview.completeness.period;
    const canLock = period.phase !== 'locked' && can(request.actor, 'progress.period.manage', { year: period.year });
    const canReopen = period.phase === 'locked' && can(request.actor, 'progress.period.reopen', { year: period.year });
    const canImport = period.phase !== 'locked' && period.phase !== 'upcoming' && can(request.actor, 'progress.import');
    const notice = noticeOf(ctx, request, { saved: 'periods.saved', locked: 'period.lockedNotice', reopened: 'period.reopenedNotice' });
    return sendHtml(reply, PeriodPage({ ctx, data: { ...overview, canLock, canReopen, canImport, notice, error } }), status);
  }

  async function renderUpdateForm(
    request: FastifyRequest,
    reply: FastifyReply,
    context: { period: progress.Period; target: updates.FilingContext['target']; indicators: updates.FilingContext['indicators'] },
    state: UpdateFormState,
    status: number,
    update?: progress.ProgressUpdate,
  ) {
    const ctx = viewContext(request);
    const entity = update?.entity.acronym ?? request.actor?.entityAcronym ?? '';
    return sendHtml(reply, UpdateFormPage({ ctx, mode: update ? 'edit' : 'new', ...context, entity, state, ...(update ? { update } : {}) }), status);
  }

  return async (app) => {
    // ---- the dashboard, its figures and exports ----

    app.get('/progress', async (request, reply) => {
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
            canFile: can(request.actor, 'progress.file', { entityId: request.actor?.entityId }),
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

    // ---- filing, reviewing ----

    app.get('/progress/report', async (request, reply) => {
      const lists = await updates.reportingLists(deps, request.actor);
      return sendHtml(reply, FilingPage({ ctx: viewContext(request), entity: request.actor?.entityAcronym ?? '', lists }));
    });

    app.get('/progress/updates/new', async (request, reply) => {
      const query = parseInput(newUpdateQuery, targetQuery(request.query as Record<string, unknown>));
      const context = await updates.filingContext(deps, request.actor, query);
      if (context.existingId !== null) return reply.redirect(`/progress/updates/${context.existingId}?notice=exists`, 303);
      return renderUpdateForm(request, reply, context, { values: {}, errors: {}, message: null }, 200);
    });

    app.post('/progress/updates', async (request, reply) => {
      try {
        const created = await updates.createUpdate(deps, request.actor, request.body);
        return redirectAfterPost(reply, `/progress/updates/${created.id}?notice=${created.state === 'submitted' ? 'submitted' : 'saved'}`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const body = formValues(request);
        const context = await updates.filingContext(deps, request.actor, parseInput(newUpdateQuery, body)).catch(() => {
          throw error;
        });
        return renderUpdateForm(request, reply, context, { values: body, errors, message }, statusOf(error));
      }
    });

    app.get('/progress/updates/:id', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return renderUpdate(request, reply, id);
    });

    app.get('/progress/updates/:id/edit', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const detail = await updates.updateForEditing(deps, request.actor, id);
      const { update } = detail;
      return renderUpdateForm(
        request,
        reply,
        { period: update.period, target: update.target, indicators: detail.indicators },
        { values: updateFormValues(update), errors: {}, message: null },
        200,
        update,
      );
    });

    app.post('/progress/updates/:id', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      try {
        const saved = await updates.saveUpdate(deps, request.actor, id, request.body);
        return redirectAfterPost(reply, `/progress/updates/${id}?notice=${saved.state === 'submitted' ? 'submitted' : 'saved'}`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const detail = await updates.getUpdate(deps, request.actor, id);
        const values = formValues(request);
        const stale = isStale(error, updates.staleUpdate) ? error.current : null;
        if (stale) values.version = String(stale.version);
        const ctx = viewContext(request);
        const state: UpdateFormState = { values, errors, message: stale ? ctx.t('form.stale') : message, newer: stale };
        const { update } = detail;
        return renderUpdateForm(request, reply, { period: update.period, target: update.target, indicators: detail.indicators }, state, statusOf(error), update);
      }
    });

    const transitions = {
      submit: { run: updates.submitUpdate, notice: 'submitted' },
      accept: { run: updates.acceptUpdate, notice: 'accepted' },
      return: { run: updates.returnUpdate, notice: 'returned' },
    } as const;
    for (const [name, transition] of Object.entries(transitions)) {
      app.post(`/progress/updates/:id/${name}`, async (request, reply) => {
        const { id } = parseInput(idParams, request.params);
        try {
          await transition.run(deps, request.actor, id, request.body);
          return redirectAfterPost(reply, `/progress/updates/${id}?notice=${transition.notice}`);
        } catch (error) {
          const { errors, message } = formErrors(error);
          const comment = String((request.body as Record<string, unknown> | undefined)?.comment ?? '');
          const shown = isAppError(error, 'STALE_VERSION') ? viewContext(request).t('form.stale') : message;
          return renderUpdate(request, reply, id, { errors, message: shown, comment }, statusOf(error));
        }
      });
    }

    app.post('/progress/updates/:id/files', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await updates.assertMayAttach(deps, request.actor, id);
      try {
        const form = await readMultipartForm(request);
        await updates.attachFiles(
          deps,
          request.actor,
          id,
          form.files.map((file) => ({ fileName: file.fileName, bytes: file.bytes })),
        );
        return redirectAfterPost(reply, `/progress/updates/${id}?notice=files`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderUpdate(request, reply, id, { errors: Object.keys(errors).length > 0 ? errors : { files: message ?? '' }, message }, uploadFormStatus(error));
      }
    });

    app.get('/progress/evidence/:id', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const file = await updates.evidenceFile(deps, request.actor, id);
      return sendStoredFile(reply, file);
    });

    app.post('/progress/evidence/:id/delete', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const update = await updates.removeEvidence(deps, request.actor, id);
      return redirectAfterPost(reply, `/progress/updates/${update.id}?notice=removed`);
    });

    // ---- pledges ----

    app.get('/progress/pledges', async (request, reply) => {
      const { year } = parseInput(yearQuery, request.query);
      return renderPledges(request, reply, year ?? (await progress.defaultYear(deps)));
    });

    app.post('/progress/pledges', async (request, reply) => {
      try {
        const pledge = await progress.createPledge(deps, request.actor, request.body);
        return redirectAfterPost(reply, `/progress/pledges?year=${pledge.year}&notice=saved#pledge-${pledge.id}`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const values = formValues(request);
        const year = Number(values.year) || deps.clock.now().getUTCFullYear();
        return renderPledges(request, reply, year, { form: 'add', values, errors, message }, statusOf(error));
      }
    });

    app.post('/progress/pledges/:id', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      try {
        const pledge = await progress.updatePledgeProgress(deps, request.actor, id, request.body);
        return redirectAfterPost(reply, `/progress/pledges?year=${pledge.year}&notice=saved#pledge-${pledge.id}`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const current = await progress.getPledge(deps, id);
        const values = formValues(request);
        if (isStale(error, progress.stalePledge)) values.version = String(error.current.version);
        const shown = isAppError(error, 'STALE_VERSION') ? viewContext(request).t('form.stale') : message;
        return renderPledges(request, reply, current.year, { form: `pledge-${id}`, values, errors, message: shown }, statusOf(error));
      }
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
