import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { AppError, isAppError } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import { can } from '../../policy/policy';
import * as plans from './plan.service';
import { planAnswerSchema, planApiQuery, planEditForm, planQuery, type PlanQuery } from './progress.schemas';
import { apiRoute } from '../../http/api-route';
import { PlanEditPage, PlanPage, type PlanEditState } from './plan.views';
import { localized } from '../../lib/i18n';
import { cachedForVisitors } from '../../http/page-cache';

export function planRoutes(deps: Deps): FastifyPluginAsync {
  async function selectedPlan(query: PlanQuery): Promise<plans.Plan | null> {
    if (query.plan) return plans.getPlan(deps, query.plan);
    return plans.findCurrentPlan(deps, query.year ?? deps.clock.now().getUTCFullYear());
  }

  return async (app) => {
    app.get('/plan', cachedForVisitors, async (request, reply) => {
      const query = parseInput(planQuery, request.query);
      const ctx = viewContext(request);
      const plan = await selectedPlan(query);
      const [all, versions] = await Promise.all([plans.listPlans(deps), plan ? plans.listPlanVersions(deps, plan.id) : Promise.resolve([])]);
      const notice = query.notice === 'saved' && plan ? ctx.t('plan.saved', { version: plan.version }) : null;
      return sendHtml(reply, PlanPage({ ctx, plan, others: all.filter((other) => other.id !== plan?.id), versions, canEdit: can(request.actor, 'plan.edit'), notice }));
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
        const plan = await selectedPlan(query);
        if (!plan) throw new AppError('NOT_FOUND', localized('raised.plan.none'));
        return plan;
      },
    );
  };
}
