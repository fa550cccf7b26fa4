/** The co-chairs' pledges of a year and their progress: thin, the services decide. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import { idParams, yearQuery } from './progress.schemas';
import * as progress from './progress.service';
import { noticeOf } from './updates.routes';
import { PledgesPage, type PledgesData } from './pledges.views';
import { keptForPerson } from '../../http/page-cache';

export function registerPledgeRoutes(app: FastifyInstance, deps: Deps): void {
  async function renderPledges(request: FastifyRequest, reply: FastifyReply, year: number, failed: PledgesData['failed'] = null, status = 200) {
    const ctx = viewContext(request);
    const page = await progress.pledgesForReading(deps, request.actor, year);
    const notice = noticeOf(ctx, request, { saved: 'pledges.saved' });
    return sendHtml(reply, PledgesPage({ ctx, data: { year, ...page, failed, notice } }), status);
  }

  app.get('/progress/pledges', keptForPerson, async (request, reply) => {
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
}
