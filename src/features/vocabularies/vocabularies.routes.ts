import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import { emptyForm, type FormState } from '../../views/components/forms';
import { dimensionAddForm, dimensionEditForm, valueAddForm, valueEditForm, valueParams, vocabularyParams } from './vocabularies.schemas';
import * as vocabularies from './vocabularies.service';
import { newerLabels, valueFormValues, ValuePage, VocabulariesPage, vocabularyFormValues, vocabularyHref, vocabularyNotices, VocabularyPage } from './vocabularies.views';

function notice(request: FastifyRequest): string | null {
  const key = noticeKey(vocabularyNotices, (request.query as Record<string, unknown>).notice);
  return key ? viewContext(request).t(key) : null;
}

/** The vocabulary with `code` and its 1-based place in its list, for a person allowed to edit it. */
async function vocabularyFor(deps: Deps, request: FastifyRequest, code: string) {
  const set = await vocabularies.vocabulariesForEditing(deps, request.actor);
  const vocabulary = await vocabularies.getVocabulary(deps, code);
  const position = vocabulary.purpose === 'mapping' ? set.dimensions.findIndex((dimension) => dimension.code === code) + 1 : 1;
  return { vocabulary, position };
}

export function vocabulariesRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin/vocabularies', async (request, reply) => {
      const set = await vocabularies.vocabulariesForEditing(deps, request.actor);
      return sendHtml(reply, VocabulariesPage({ ctx: viewContext(request), vocabularies: set, state: { ...emptyForm, values: { charted: 'on' } }, notice: notice(request) }));
    });

    app.post('/admin/vocabularies', async (request, reply) => {
      await vocabularies.vocabulariesForEditing(deps, request.actor);
      try {
        const added = await vocabularies.addDimension(deps, request.actor, parseInput(dimensionAddForm, request.body));
        return redirectAfterPost(reply, `${vocabularyHref(added)}?notice=added`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const set = await vocabularies.vocabulariesForEditing(deps, request.actor);
        return sendHtml(reply, VocabulariesPage({ ctx: viewContext(request), vocabularies: set, state: { values: formValues(request), errors, message }, notice: null }), statusOf(error));
      }
    });

    app.get('/admin/vocabularies/:code', async (request, reply) => {
      const { code } = parseInput(vocabularyParams, request.params);
      const { vocabulary, position } = await vocabularyFor(deps, request, code);
      const state: FormState = { values: vocabularyFormValues(vocabulary, position), errors: {}, message: null };
      return sendHtml(reply, VocabularyPage({ ctx: viewContext(request), vocabulary, state, valueState: emptyForm, notice: notice(request) }));
    });

    app.post('/admin/vocabularies/:code', async (request, reply) => {
      const { code } = parseInput(vocabularyParams, request.params);
      const { vocabulary } = await vocabularyFor(deps, request, code);
      try {
        await vocabularies.updateDimension(deps, request.actor, code, parseInput(dimensionEditForm, request.body));
        return redirectAfterPost(reply, `${vocabularyHref(vocabulary)}?notice=saved`);
      } catch (error) {
        const ctx = viewContext(request);
        const { errors, message } = formErrors(error);
        const values = formValues(request);
        const stale = isStale(error, vocabularies.staleVocabulary) ? error.current : null;
        if (stale) values.version = String(stale.version);
        const state: FormState = { values, errors, message: isAppError(error, 'STALE_VERSION') ? ctx.t('form.stale') : message, newer: stale ? newerLabels(ctx, stale.names) : null };
        const current = stale ?? (await vocabularies.getVocabulary(deps, code));
        return sendHtml(reply, VocabularyPage({ ctx, vocabulary: current, state, valueState: emptyForm, notice: null }), statusOf(error));
      }
    });

    app.post('/admin/vocabularies/:code/values', async (request, reply) => {
      const { code } = parseInput(vocabularyParams, request.params);
      const { vocabulary, position } = await vocabularyFor(deps, request, code);
      try {
        await vocabularies.addValue(deps, request.actor, code, parseInput(valueAddForm, request.body));
        return redirectAfterPost(reply, `${vocabularyHref(vocabulary)}?notice=valueAdded`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const state: FormState = { values: vocabularyFormValues(vocabulary, position), errors: {}, message: null };
        return sendHtml(reply, VocabularyPage({ ctx: viewContext(request), vocabulary, state, valueState: { values: formValues(request), errors, message }, notice: null }), statusOf(error));
      }
    });

    app.get('/admin/vocabularies/:code/values/:value', async (request, reply) => {
      const params = parseInput(valueParams, request.params);
      const { vocabulary } = await vocabularyFor(deps, request, params.code);
      const index = vocabulary.values.findIndex((value) => value.code === params.value);
      const value = vocabulary.values[index];
      if (!value) return reply.callNotFound();
      return sendHtml(reply, ValuePage({ ctx: viewContext(request), vocabulary, value, state: { values: valueFormValues(value, index + 1), errors: {}, message: null } }));
    });

    app.post('/admin/vocabularies/:code/values/:value', async (request, reply) => {
      const params = parseInput(valueParams, request.params);
      const { vocabulary } = await vocabularyFor(deps, request, params.code);
      const value = vocabulary.values.find((candidate) => candidate.code === params.value);
      if (!value) return reply.callNotFound();
      try {
        await vocabularies.updateValue(deps, request.actor, params.code, params.value, parseInput(valueEditForm, request.body));
        return redirectAfterPost(reply, `${vocabularyHref(vocabulary)}?notice=valueSaved`);
      } catch (error) {
        const ctx = viewContext(request);
        const { errors, message } = formErrors(error);
        const values = formValues(request);
        const stale = isStale(error, vocabularies.staleValue) ? error.current : null;
        if (stale) values.version = String(stale.version);
        const state: FormState = { values, errors, message: isAppError(error, 'STALE_VERSION') ? ctx.t('form.stale') : message, newer: stale ? newerLabels(ctx, stale.labels) : null };
        return sendHtml(reply, ValuePage({ ctx, vocabulary, value: stale ?? value, state }), statusOf(error));
      }
    });
  };
}
