/** The secretariat's screens for the terms: thin, the service decides. */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import type { MessageKey } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import type { FormState } from '../../views/components/forms';
import * as meetings from '../meetings/meetings.service';
import { termYearParams } from './governance.schemas';
import * as terms from './terms.editing.service';
import { newerTerm, TermEditPage, termFormValues, TermsAdminPage } from './terms.views';

const notices: Record<string, MessageKey> = { saved: 'referenceAdmin.saved', created: 'referenceAdmin.created' };
const blank: FormState = { values: {}, errors: {}, message: null };

/** What was posted, as the form holds it: fields sent several times (the priority rows) stay lists. */
function postedValues(request: FastifyRequest): FormState['values'] {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body)
      .filter(([key]) => key !== '_csrf')
      .map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : String(value ?? '')]),
  );
}

export function termsAdminRoutes(deps: Deps): FastifyPluginAsync {
  async function renderList(request: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) {
    const list = await terms.listTermsForEditing(deps, request.actor);
    const ctx = viewContext(request);
    const notice = noticeKey(notices, (request.query as Record<string, unknown>).notice);
    return sendHtml(reply, TermsAdminPage({ ctx, terms: list, notice: notice ? ctx.t(notice) : null, state }), status);
  }

  async function renderEdit(request: FastifyRequest, reply: FastifyReply, year: number, state: FormState | null, status = 200) {
    const term = await terms.termForEditing(deps, request.actor, year);
    const organizations = await terms.chairChoices(deps);
    const decision = term.endorsedByDecisionId ? ((await meetings.decisionLinks(deps, [term.endorsedByDecisionId])).get(term.endorsedByDecisionId) ?? null) : null;
    const ctx = viewContext(request);
    const notice = noticeKey(notices, (request.query as Record<string, unknown>).notice);
    const data = {
      term,
      chairs: organizations.map((organization) => ({ value: organization.acronym, label: `${organization.acronym}: ${organization.name}` })),
      decision,
      state: state ?? { ...blank, values: termFormValues(term) },
      notice: notice && !state ? ctx.t(notice) : null,
    };
    return sendHtml(reply, TermEditPage({ ctx, data }), status);
  }

  return async (app) => {
    app.get('/admin/terms', async (request, reply) => renderList(request, reply, blank));

    app.post('/admin/terms', async (request, reply) => {
      try {
        const term = await terms.createTerm(deps, request.actor, request.body);
        return redirectAfterPost(reply, `/admin/terms/${term.year}?notice=created`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return renderList(request, reply, { values: postedValues(request), errors, message }, statusOf(error));
      }
    });

    app.get('/admin/terms/:year', async (request, reply) => {
      const { year } = parseInput(termYearParams, request.params);
      return renderEdit(request, reply, year, null);
    });

    app.post('/admin/terms/:year', async (request, reply) => {
      const { year } = parseInput(termYearParams, request.params);
      try {
        await terms.updateTerm(deps, request.actor, year, request.body);
        return redirectAfterPost(reply, `/admin/terms/${year}?notice=saved`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        const state: FormState = { values: postedValues(request), errors, message: isAppError(error, 'STALE_VERSION') ? viewContext(request).t('form.stale') : message };
        if (isStale(error, terms.staleTerm)) {
          state.values.version = String(error.current.version);
          state.newer = newerTerm(viewContext(request), error.current);
        }
        return renderEdit(request, reply, year, state, statusOf(error));
      }
    });
  };
}
