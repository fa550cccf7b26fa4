import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { AppError, isAppError } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import * as plans from './plan.service';
import { planAnswerSchema, planApiQuery, planEditForm, planQuery } from './progress.schemas';
import { apiRoute } from '../../http/api-route';
import { PlanEditPage, PlanPage, type PlanEditState } from './plan.views';
import { localized } from '../../lib/i18n';
import { cachedForVisitors } from '../../http/page-cache';

export function planRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/plan', cachedForVisitors, async (request, reply) => {
      const query = parseInput(planQuery, request.query);
      const ctx = viewContext(request);
      const page = await plans.getPlanPage(deps, request.actor, query);
      const notice = query.notice === 'saved' && page.plan ? ctx.t('plan.saved', { version: page.plan.version }) : null;
      return sendHtml(reply, PlanPage({ ctx, page, notice }));
    });

    app.get('/plan/edit', async (request, reply) => {
      const query = parseInput(planQuery, request.query);
      const current = await plans.findCurrentPlan(deps, deps.clock.now().getUTCFullYear());
      const key = query.plan ?? current?.key;
      if (!key) throw new AppError('NOT_FOUND', localized('raised.plan.noneToEdit'));
      const { plan, source } = await plans.planSource(deps, request.actor, key);
      const state: PlanEditState = { source, note: '', version: plan.version, issues: [], message: null };
      return sendHtml(reply, PlanEditPage({ ctx: viewContext(request), plan, state }));
    });

    app.post('/plan/edit', async (request, reply) => {
      const query = parseInput(planQuery, request.query);
      const { plan } = await plans.planSource(deps, request.actor, query.plan ?? '');
      const ctx = viewContext(request);
      const body = (request.body ?? {}) as Record<string, string>;
      try {
        const form = parseInput(planEditForm, request.body);
        const result = await plans.importPlan(deps, request.actor, { source: form.source, sourceName: 'plan', note: form.note ?? null, expectedKey: plan.key, expectedVersion: form.version });
        if (!result.changed) {
          const state: PlanEditState = { source: form.source, note: form.note ?? '', version: plan.version, issues: [], message: ctx.t('plan.edit.unchanged') };
          return sendHtml(reply, PlanEditPage({ ctx, plan, state }));
        }
        return redirectAfterPost(reply, `/plan?plan=${encodeURIComponent(plan.key)}&notice=saved`);
      } catch (error) {
        const issues = error instanceof plans.PlanImportError ? error.issues : [];
        const { message } = issues.length > 0 ? { message: null } : formErrors(error);
        const fresh = isAppError(error, 'STALE_VERSION') ? await plans.planSource(deps, request.actor, plan.key) : null;
        const state: PlanEditState = {
          source: body.source ?? '',
          note: body.note ?? '',
          version: fresh?.plan.version ?? Number(body.version ?? plan.version),
          issues,
          message: fresh ? ctx.t('form.stale') : message,
        };
        return sendHtml(reply, PlanEditPage({ ctx, plan, state }), statusOf(error));
      }
    });

    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/plan', operationId: 'getPlan', summary: 'api.op.getPlan', tag: 'progress', access: 'everyone', query: planApiQuery, response: planAnswerSchema, notFound: true },
      async ({ query }) => {
        const plan = await plans.selectPlan(deps, query);
        if (!plan) throw new AppError('NOT_FOUND', localized('raised.plan.none'));
        return plan;
      },
    );
  };
}
