import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isStale } from '../../lib/errors';
import type { Locale } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import type { ViewContext } from '../../views/context';
import { sourceText } from './text-sources.service';
import { approveForm, newTranslationForm, textParams, translationDiffQuery, translationParams, translationTextForm } from './translations.schemas';
import * as translations from './translations.service';
import { emptyForm, newerTranslation, TranslationDiffPage, TranslationPage, TranslationsPage, type FormState, type TranslationForms } from './translations.views';

const notices = {
  added: 'translation.notice.added',
  saved: 'translation.notice.saved',
  unchanged: 'translation.notice.unchanged',
  approved: 'translation.notice.approved',
} as const;

function noticeText(ctx: ViewContext, request: FastifyRequest): string | null {
  const query = request.query as Record<string, string | undefined>;
  const key = noticeKey(notices, query.notice);
  return key ? ctx.t(key, { version: query.version ?? '' }) : null;
}

/** Translations of statements, publications, events and report sections: /translations/:kind/:ref[/:lang]. */
export function translationsRoutes(deps: Deps): FastifyPluginAsync {
  async function renderTranslation(request: FastifyRequest, reply: FastifyReply, kind: string, ref: string, lang: Locale, forms: TranslationForms = {}, status = 200) {
    const { kind: textKind } = parseInput(textParams, { kind, ref });
    const source = await sourceText(deps, request.actor, textKind, ref);
    const data = await translations.getTranslation(deps, request.actor, source, lang);
    const ctx = viewContext(request);
    return sendHtml(reply, TranslationPage({ ctx, data, forms, notice: noticeText(ctx, request) }), status);
  }

  /** A refused save or approval: the page again, with what was typed, what is saved now if it was stale, and a 4xx. */
  async function refused(request: FastifyRequest, reply: FastifyReply, params: { kind: string; ref: string; lang: Locale }, form: keyof TranslationForms, error: unknown) {
    const ctx = viewContext(request);
    const { errors, message } = formErrors(error);
    const state: FormState = { values: formValues(request), errors, message };
    if (isStale(error, translations.staleTranslation)) {
      const source = await sourceText(deps, request.actor, parseInput(textParams, params).kind, params.ref);
      const current = await translations.getTranslation(deps, request.actor, source, params.lang);
      state.newer = newerTranslation(error.current, params.lang);
      state.values.version = String(current.version);
      state.message = ctx.t('form.stale');
    }
    return renderTranslation(request, reply, params.kind, params.ref, params.lang, { [form]: state }, statusOf(error));
  }

  return async (app) => {
    app.addHook('preHandler', async (request) => {
      if (request.routeOptions.url?.startsWith('/translations/')) translations.assertMayRead(request.actor);
    });

    app.get('/translations/:kind/:ref', async (request, reply) => {
      const { kind, ref } = parseInput(textParams, request.params);
      const source = await sourceText(deps, request.actor, kind, ref);
      const data = await translations.listTextTranslations(deps, request.actor, source);
      const ctx = viewContext(request);
      return sendHtml(reply, TranslationsPage({ ctx, data, state: emptyForm, notice: noticeText(ctx, request) }));
    });

    app.post('/translations/:kind/:ref', async (request, reply) => {
      const { kind, ref } = parseInput(textParams, request.params);
      const source = await sourceText(deps, request.actor, kind, ref);
      translations.assertMayWrite(request.actor, source);
      try {
        const added = await translations.addTranslation(deps, request.actor, source, parseInput(newTranslationForm, request.body));
        return redirectAfterPost(reply, `${added.href}?notice=added`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const data = await translations.listTextTranslations(deps, request.actor, source);
        return sendHtml(reply, TranslationsPage({ ctx: viewContext(request), data, state: { values: formValues(request), errors, message }, notice: null }), statusOf(error));
      }
    });

    app.get('/translations/:kind/:ref/:lang', async (request, reply) => {
      const { kind, ref, lang } = parseInput(translationParams, request.params);
      return renderTranslation(request, reply, kind, ref, lang);
    });

    app.post('/translations/:kind/:ref/:lang', async (request, reply) => {
      const params = parseInput(translationParams, request.params);
      const source = await sourceText(deps, request.actor, params.kind, params.ref);
      translations.assertMayWrite(request.actor, source);
      try {
        const saved = await translations.saveTranslation(deps, request.actor, source, params.lang, parseInput(translationTextForm, request.body));
        const notice = saved.versionNumber === null ? 'unchanged' : `saved&version=${saved.versionNumber}`;
        return redirectAfterPost(reply, `${translations.translationUrl(source, params.lang)}?notice=${notice}`);
      } catch (error) {
        return refused(request, reply, params, 'edit', error);
      }
    });

    app.post('/translations/:kind/:ref/:lang/approve', async (request, reply) => {
      const params = parseInput(translationParams, request.params);
      translations.assertMayApprove(request.actor);
      const source = await sourceText(deps, request.actor, params.kind, params.ref);
      try {
        const approved = await translations.approveTranslation(deps, request.actor, source, params.lang, parseInput(approveForm, request.body));
        return redirectAfterPost(reply, `${approved.href}?notice=approved&version=${approved.approvedVersion ?? ''}`);
      } catch (error) {
        return refused(request, reply, params, 'approve', error);
      }
    });

    app.get('/translations/:kind/:ref/:lang/diff', async (request, reply) => {
      const { kind, ref, lang } = parseInput(translationParams, request.params);
      const { from, to } = parseInput(translationDiffQuery, request.query);
      const source = await sourceText(deps, request.actor, kind, ref);
      const diff = await translations.getTranslationDiff(deps, request.actor, source, lang, from, to);
      return sendHtml(reply, TranslationDiffPage({ ctx: viewContext(request), diff }));
    });
  };
}
