import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendCsv, sendDownload, sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import { trustedHtml, type SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import * as jobs from './report-jobs.service';
import { renderFigureSvgs } from './report.html';
import { reportListIds, type NarrativeKey } from './report.model';
import {
  figureParams,
  formatParams,
  generateForm,
  jobParams,
  lifecycleForm,
  narrativeForm,
  narrativeParams,
  previewForm,
  reportAnswerSchema,
  reportLanguageQuery,
  reportListAnswerSchema,
  reportYearParams,
} from './reports.schemas';
import { apiRoute } from '../../http/api-route';
import * as library from '../library/library.service';
import * as reports from './reports.service';
import { ReportPage, ReportsListPage, WorkspacePage, workspaceHref, type NarrativeState } from './reports.views';
import { cachedForVisitors } from '../../http/page-cache';

const notices: Record<string, MessageKey> = {
  saved: 'reports.notice.saved',
  generating: 'reports.notice.generating',
  finalized: 'reports.notice.finalized',
  published: 'reports.notice.published',
  reopened: 'reports.notice.reopened',
};

/** Seconds between reloads of the workspace while a job runs (the page works without JavaScript). */
const reloadSeconds = 3;

export function reportsRoutes(deps: Deps): FastifyPluginAsync {
  async function renderWorkspace(
    request: FastifyRequest,
    reply: FastifyReply,
    year: number,
    extra: { state?: NarrativeState | null; errors?: Record<string, string>; message?: string | null; status?: number } = {},
  ): Promise<FastifyReply> {
    const ctx = viewContext(request);
    const workspace = await reports.getWorkspace(deps, request.actor, year);
    const state = extra.state ?? null;
    const previews = Object.fromEntries(
      workspace.narratives.map((narrative) => {
        const markdown = state?.key === narrative.key ? state.markdown : narrative.markdown;
        const html = markdown.trim() ? reports.narrativePreview(markdown) : `<p class="report-empty">${ctx.t('reports.narrative.empty')}</p>`;
        return [narrative.key, trustedHtml(html)];
      }),
    ) as Record<NarrativeKey, SafeHtml>;
    const notice = noticeKey(notices, (request.query as Record<string, unknown>).notice);
    const running = workspace.job && (workspace.job.status === 'queued' || workspace.job.status === 'running');
    if (running) reply.header('refresh', String(reloadSeconds));
    const page = WorkspacePage({ ctx, workspace, state, previews, notice: notice ? ctx.t(notice) : null, errors: extra.errors, message: extra.message });
    return sendHtml(reply, page, extra.status ?? 200);
  }

  /** Finalize, publish and reopen: the same form, the same answers. */
  function lifecycleRoute(change: typeof reports.finalizeReport, notice: string) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const { year } = parseInput(reportYearParams, request.params);
      reports.authorizeWorkspace(request.actor, year);
      try {
        const { version } = parseInput(lifecycleForm, request.body);
        await change(deps, request.actor, year, version);
        return redirectAfterPost(reply, `${workspaceHref(year)}?notice=${notice}#lifecycle`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderWorkspace(request, reply, year, { errors, message, status: statusOf(error) });
      }
    };
  }

  return async (app) => {
    app.get('/reports', cachedForVisitors, async (request, reply) => {
      const [published, workspaces, earlier] = await Promise.all([
        reports.listPublishedReports(deps),
        reports.workspaceYears(deps, request.actor),
        library.latestPublications(deps, 100, 'annual_report'),
      ]);
      return sendHtml(reply, ReportsListPage({ ctx: viewContext(request), reports: published, workspaces, earlier }));
    });

    app.get('/reports/:year', cachedForVisitors, async (request, reply) => {
      const { year } = parseInput(reportYearParams, request.params);
      const { lang } = parseInput(reportLanguageQuery, request.query);
      const report = await reports.getReport(deps, request.actor, year, lang);
      const svgs = await renderFigureSvgs(report.model);
      return sendHtml(reply, ReportPage({ ctx: viewContext(request), report, svgs }));
    });

    app.get('/reports/:year/report.:format', async (request, reply) => {
      const { year, format } = parseInput(formatParams, request.params);
      const { lang } = parseInput(reportLanguageQuery, request.query);
      const file = await reports.getReportDocument(deps, request.actor, year, format, lang);
      return sendDownload(reply, file.fileName, file.contentType, file.body);
    });

    app.get('/reports/:year/figures/:figure.csv', async (request, reply) => {
      const { year, figure } = parseInput(figureParams, request.params);
      const { lang } = parseInput(reportLanguageQuery, request.query);
      const file = await reports.getFigureCsv(deps, request.actor, year, figure, lang);
      return sendCsv(reply, file.fileName, file.csv);
    });

    app.get('/reports/:year/updates.csv', async (request, reply) => {
      const { year } = parseInput(reportYearParams, request.params);
      const { lang } = parseInput(reportLanguageQuery, request.query);
      const file = await reports.getUpdatesCsv(deps, request.actor, year, lang);
      return sendCsv(reply, file.fileName, file.csv);
    });

    // The full lists a large group's report summarises: /reports/2022/members.csv, /reports/2022/decisions.csv.
    for (const list of reportListIds) {
      app.get(`/reports/:year/${list}.csv`, async (request, reply) => {
        const { year } = parseInput(reportYearParams, request.params);
        const { lang } = parseInput(reportLanguageQuery, request.query);
        const file = await reports.getListCsv(deps, request.actor, year, list, lang);
        return sendCsv(reply, file.fileName, file.csv);
      });
    }

    app.get('/reports/:year/edit', async (request, reply) => {
      const { year } = parseInput(reportYearParams, request.params);
      return renderWorkspace(request, reply, year);
    });

    app.post('/reports/:year/narratives/:key', async (request, reply) => {
      const { year, key } = parseInput(narrativeParams, request.params);
      reports.authorizeWorkspace(request.actor, year);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const typed = typeof body.markdown === 'string' ? body.markdown : '';
      const typedVersion = Number(body.version) || 0;
      try {
        const input = parseInput(narrativeForm, body);
        if (input.action === 'preview') {
          reports.previewNarrative(request.actor, year, input.markdown);
          const message = viewContext(request).t('reports.narrative.previewing');
          return renderWorkspace(request, reply, year, { state: { key, markdown: input.markdown, version: input.version, errors: {}, message, newer: null } });
        }
        await reports.saveNarrative(deps, request.actor, year, key, input);
        return redirectAfterPost(reply, `${workspaceHref(year)}?notice=saved#narrative-${key}`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const ctx = viewContext(request);
        const stale = isStale(error, reports.staleNarrative) ? error.current : null;
        const state: NarrativeState = {
          key,
          markdown: typed,
          // After a stale save, the form carries the newer version: saving again overwrites it knowingly.
          version: stale ? stale.version : typedVersion,
          errors,
          message: isAppError(error, 'STALE_VERSION') ? ctx.t('form.stale') : message,
          newer: stale,
        };
        return renderWorkspace(request, reply, year, { state, status: statusOf(error) });
      }
    });

    app.post('/reports/:year/preview', async (request, reply) => {
      const { year } = parseInput(reportYearParams, request.params);
      reports.authorizeWorkspace(request.actor, year);
      const { markdown } = parseInput(previewForm, request.body);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(reports.previewNarrative(request.actor, year, markdown));
    });

    app.post('/reports/:year/generate', async (request, reply) => {
      const { year } = parseInput(reportYearParams, request.params);
      reports.authorizeWorkspace(request.actor, year);
      try {
        const { formats, language } = parseInput(generateForm, request.body);
        await jobs.requestGeneration(deps, request.actor, year, formats, language);
        return redirectAfterPost(reply, `${workspaceHref(year)}?notice=generating#generate`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderWorkspace(request, reply, year, { errors, message, status: statusOf(error) });
      }
    });

    app.get('/reports/:year/jobs/:id', async (request) => {
      const { year, id } = parseInput(jobParams, request.params);
      return jobs.getJob(deps, request.actor, year, id);
    });

    app.post('/reports/:year/finalize', lifecycleRoute(reports.finalizeReport, 'finalized'));
    app.post('/reports/:year/publish', lifecycleRoute(reports.publishReport, 'published'));
    app.post('/reports/:year/reopen', lifecycleRoute(reports.reopenReport, 'reopened'));

    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/reports', operationId: 'listReports', summary: 'api.op.listReports', tag: 'reports', access: 'everyone', response: reportListAnswerSchema },
      async () => ({ items: await reports.listPublishedReports(deps) }),
    );

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/reports/:year',
        operationId: 'getReport',
        summary: 'api.op.getReport',
        tag: 'reports',
        access: 'reportReaders',
        params: reportYearParams,
        query: reportLanguageQuery,
        response: reportAnswerSchema,
      },
      async ({ params: { year }, query: { lang } }, request) => {
        const report = await reports.getReport(deps, request.actor, year, lang);
        // Every update of the year, and the full lists, are CSVs (/reports/:year/updates.csv, members.csv, …): the answer's schema leaves them out.
        return { ...report.summary, model: report.model };
      },
    );
  };
}
