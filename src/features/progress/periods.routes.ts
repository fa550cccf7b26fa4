/** Editing a reporting period: thin, the service decides. */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import type { FormState } from '../../views/components/forms';
import * as periods from './periods.editing.service';
import { newerPeriod, PeriodEditPage, periodFormValues } from './periods.edit.views';
import { idParams } from './progress.schemas';

export function periodEditingRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/progress/periods/:id/edit', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const period = await periods.periodForEditing(deps, request.actor, id);
      return sendHtml(reply, PeriodEditPage({ ctx: viewContext(request), period, state: { values: periodFormValues(period), errors: {}, message: null } }));
    });

    app.post('/progress/periods/:id/edit', async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const period = await periods.periodForEditing(deps, request.actor, id);
      try {
        await periods.updateReportingPeriod(deps, request.actor, id, request.body);
        return redirectAfterPost(reply, `/progress/periods/${id}?notice=saved`);
      } catch (error) {
        const ctx = viewContext(request);
        const { errors, message } = formErrors(error);
        const state: FormState = { values: formValues(request), errors, message: isAppError(error, 'STALE_VERSION') ? ctx.t('form.stale') : message };
        if (isStale(error, periods.stalePeriod)) {
          state.values.version = String(error.current.version);
          state.newer = newerPeriod(ctx, error.current);
        }
        return sendHtml(reply, PeriodEditPage({ ctx, period, state }), statusOf(error));
      }
    });
  };
}
