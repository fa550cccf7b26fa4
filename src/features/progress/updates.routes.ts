/** Filing a progress update, reviewing it (submit, accept, return) and its evidence: thin, the services decide. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import type { ViewContext } from '../../views/context';
import { readMultipartForm, sendStoredFile, uploadFormStatus } from '../../http/uploads';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import { idParams, newUpdateQuery } from './progress.schemas';
import type * as progress from './progress.service';
import * as updates from './updates.service';
import { FilingPage } from './progress.views';
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

function targetQuery(query: Record<string, unknown>): Record<string, unknown> {
  const target = typeof query.target === 'string' ? /^(item|pledge):(\d+)$/.exec(query.target) : null;
  return target ? { ...query, [target[1] as string]: target[2] } : query;
}

/** The notice a page shows after a change, named by ?notice= among the ones it knows. */
export function noticeOf<T extends Record<string, Parameters<ViewContext['t']>[0]>>(ctx: ViewContext, request: FastifyRequest, notices: T): string | null {
  const key = noticeKey<Parameters<ViewContext['t']>[0]>(notices, (request.query as Record<string, unknown>).notice);
  return key ? ctx.t(key) : null;
}

export function registerUpdateRoutes(app: FastifyInstance, deps: Deps): void {
  async function renderUpdate(request: FastifyRequest, reply: FastifyReply, id: number, state: Partial<UpdatePageState> = {}, status = 200) {
    const ctx = viewContext(request);
    const detail = await updates.getUpdate(deps, request.actor, id);
    const full: UpdatePageState = { errors: {}, message: null, comment: '', notice: noticeOf(ctx, request, updateNotices), ...state };
    return sendHtml(reply, UpdatePage({ ctx, detail, state: full }), status);
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
}
