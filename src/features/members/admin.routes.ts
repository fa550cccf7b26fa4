/** The secretariat's screens for the reference records of the members feature: thin, the services decide. */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import type { MessageKey } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import type { FormState, SelectOption } from '../../views/components/forms';
import * as about from './about-records.service';
import { AboutAdminPage, CountEditPage, HistoryEditPage, newerOrganization, newerRecord, OrganizationFormPage, OrganizationsAdminPage } from './admin.views';
import { memberKeyParams } from './members.schemas';
import { kindOptions as kindChoicesFor } from './members.views';
import { getVocabularies } from '../vocabularies/vocabularies.service';
import * as organizations from './organizations.service';
import { recordIdParams } from './organizations.schemas';

const notices: Record<string, MessageKey> = {
  saved: 'referenceAdmin.saved',
  created: 'referenceAdmin.created',
  deleted: 'referenceAdmin.deleted',
  retired: 'referenceAdmin.retired',
};

const blank: FormState = { values: {}, errors: {}, message: null };

function refusedState(request: FastifyRequest, error: unknown, values: FormState['values']): FormState {
  const { errors, message } = formErrors(error);
  return { values, errors, message: isAppError(error, 'STALE_VERSION') ? viewContext(request).t('form.stale') : message };
}

function recordValues(row: Awaited<ReturnType<typeof organizations.organizationForEditing>>): FormState['values'] {
  return {
    name: row.name,
    kind: row.kind,
    status: row.status,
    joined_year: row.joined_year === null ? '' : String(row.joined_year),
    left_year: row.left_year === null ? '' : String(row.left_year),
    mandate: row.mandate ?? '',
    role_note: row.role_note ?? '',
    sources: row.sources.join('\n'),
    uncertain: row.uncertain ? 'true' : '',
    version: String(row.version),
  };
}

function retireValues(row: Awaited<ReturnType<typeof organizations.organizationForEditing>>, year: number): FormState['values'] {
  return { left_year: String(row.left_year ?? year), successor: row.successorAcronym ?? '', version: String(row.version) };
}

export function referenceMembersRoutes(deps: Deps): FastifyPluginAsync {
  async function kindOptions(request: FastifyRequest): Promise<SelectOption[]> {
    const { kinds } = await getVocabularies(deps);
    return kindChoicesFor(viewContext(request), kinds);
  }

  async function successorOptions(request: FastifyRequest, except: string): Promise<SelectOption[]> {
    const all = await organizations.listOrganizationsForAdmin(deps, request.actor);
    return all.filter((organization) => organization.acronym !== except).map((organization) => ({ value: organization.acronym, label: `${organization.acronym}: ${organization.name}` }));
  }

  async function renderEdit(request: FastifyRequest, reply: FastifyReply, key: string, edit: FormState | null, retire: FormState | null, status = 200) {
    const row = await organizations.organizationForEditing(deps, request.actor, key);
    const year = deps.clock.now().getUTCFullYear();
    const notice = edit || retire ? null : noticeKey(notices, (request.query as Record<string, unknown>).notice);
    const data = {
      notice: notice ? viewContext(request).t(notice) : null,
      editing: { acronym: row.acronym, slug: row.slug, name: row.name },
      kinds: await kindOptions(request),
      state: edit ?? { ...blank, values: recordValues(row) },
      retire: { state: retire ?? { ...blank, values: retireValues(row, year) }, successors: await successorOptions(request, row.acronym) },
    };
    return sendHtml(reply, OrganizationFormPage({ ctx: viewContext(request), data }), status);
  }

  return async (app) => {
    // ---- member organizations ----

    app.get('/admin/members', async (request, reply) => {
      const list = await organizations.listOrganizationsForAdmin(deps, request.actor);
      const ctx = viewContext(request);
      const notice = noticeKey(notices, (request.query as Record<string, unknown>).notice);
      const { kinds } = await getVocabularies(deps);
      return sendHtml(reply, OrganizationsAdminPage({ ctx, organizations: list, kinds, notice: notice ? ctx.t(notice) : null }));
    });

    app.get('/admin/members/new', async (request, reply) => {
      await organizations.listOrganizationsForAdmin(deps, request.actor);
      const data = { editing: null, kinds: await kindOptions(request), state: { ...blank, values: { status: 'member' } } };
      return sendHtml(reply, OrganizationFormPage({ ctx: viewContext(request), data }));
    });

    app.post('/admin/members', async (request, reply) => {
      try {
        const saved = await organizations.createMemberOrganization(deps, request.actor, request.body);
        return redirectAfterPost(reply, `/admin/members/${encodeURIComponent(saved.slug)}?notice=created`);
      } catch (error) {
        const state = refusedState(request, error, formValues(request));
        const data = { editing: null, kinds: await kindOptions(request), state };
        return sendHtml(reply, OrganizationFormPage({ ctx: viewContext(request), data }), statusOf(error));
      }
    });

    app.get('/admin/members/:acronym', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      return renderEdit(request, reply, acronym, null, null);
    });

    app.post('/admin/members/:acronym', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      try {
        const saved = await organizations.updateMemberOrganization(deps, request.actor, acronym, request.body);
        return redirectAfterPost(reply, `/admin/members/${encodeURIComponent(saved.slug)}?notice=saved`);
      } catch (error) {
        const state = refusedState(request, error, formValues(request));
        if (isStale(error, organizations.staleOrganization)) {
          state.values.version = String(error.current.version);
          state.newer = newerOrganization(viewContext(request), (await getVocabularies(deps)).kinds, error.current);
        }
        return renderEdit(request, reply, acronym, state, null, statusOf(error));
      }
    });

    app.post('/admin/members/:acronym/retire', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const input = { left_year: body.retire_left_year, successor: body.successor, version: body.version };
      try {
        const saved = await organizations.retireMemberOrganization(deps, request.actor, acronym, input);
        return redirectAfterPost(reply, `/admin/members/${encodeURIComponent(saved.slug)}?notice=retired`);
      } catch (error) {
        const values = { left_year: String(body.retire_left_year ?? ''), successor: String(body.successor ?? ''), version: String(body.version ?? '') };
        const state = refusedState(request, error, values);
        if (isStale(error, organizations.staleOrganization)) state.values.version = String(error.current.version);
        return renderEdit(request, reply, acronym, null, state, statusOf(error));
      }
    });

    // ---- membership counts and history ----

    async function renderAbout(request: FastifyRequest, reply: FastifyReply, forms: { count?: FormState; history?: FormState }, status = 200) {
      const records = await about.listAboutRecords(deps, request.actor);
      const ctx = viewContext(request);
      const notice = noticeKey(notices, (request.query as Record<string, unknown>).notice);
      const data = { ...records, notice: notice ? ctx.t(notice) : null, countForm: forms.count ?? blank, historyForm: forms.history ?? blank };
      return sendHtml(reply, AboutAdminPage({ ctx, data }), status);
    }

    app.get('/admin/about', async (request, reply) => renderAbout(request, reply, {}));

    app.post('/admin/about/counts', async (request, reply) => {
      try {
        await about.createMembershipCount(deps, request.actor, request.body);
        return redirectAfterPost(reply, '/admin/about?notice=created#counts');
      } catch (error) {
        return renderAbout(request, reply, { count: refusedState(request, error, formValues(request)) }, statusOf(error));
      }
    });

    app.get('/admin/about/counts/:id', async (request, reply) => {
      const { id } = parseInput(recordIdParams, request.params);
      const count = await about.getMembershipCount(deps, request.actor, id);
      const values = { as_of: count.asOf, count: String(count.count), note: count.note ?? '', sources: count.sources.join('\n'), version: String(count.version) };
      return sendHtml(reply, CountEditPage({ ctx: viewContext(request), count, state: { ...blank, values } }));
    });

    app.post('/admin/about/counts/:id', async (request, reply) => {
      const { id } = parseInput(recordIdParams, request.params);
      const count = await about.getMembershipCount(deps, request.actor, id);
      try {
        await about.updateMembershipCount(deps, request.actor, id, request.body);
        return redirectAfterPost(reply, '/admin/about?notice=saved#counts');
      } catch (error) {
        const state = staleAware(request, error);
        return sendHtml(reply, CountEditPage({ ctx: viewContext(request), count, state }), statusOf(error));
      }
    });

    app.post('/admin/about/counts/:id/delete', async (request, reply) => {
      const { id } = parseInput(recordIdParams, request.params);
      const count = await about.getMembershipCount(deps, request.actor, id);
      try {
        await about.deleteMembershipCount(deps, request.actor, id, request.body);
        return redirectAfterPost(reply, '/admin/about?notice=deleted#counts');
      } catch (error) {
        const state = staleAware(request, error);
        state.values = { as_of: count.asOf, count: String(count.count), note: count.note ?? '', sources: count.sources.join('\n'), version: String(count.version) };
        return sendHtml(reply, CountEditPage({ ctx: viewContext(request), count, state }), statusOf(error));
      }
    });

    app.post('/admin/about/history', async (request, reply) => {
      try {
        await about.createHistoryEntry(deps, request.actor, request.body);
        return redirectAfterPost(reply, '/admin/about?notice=created#history');
      } catch (error) {
        return renderAbout(request, reply, { history: refusedState(request, error, formValues(request)) }, statusOf(error));
      }
    });

    app.get('/admin/about/history/:id', async (request, reply) => {
      const { id } = parseInput(recordIdParams, request.params);
      const entry = await about.getHistoryEntry(deps, request.actor, id);
      const values = { occurred_on: entry.occurredOn, summary: entry.summary, sources: entry.sources.join('\n'), version: String(entry.version) };
      return sendHtml(reply, HistoryEditPage({ ctx: viewContext(request), entry, state: { ...blank, values } }));
    });

    app.post('/admin/about/history/:id', async (request, reply) => {
      const { id } = parseInput(recordIdParams, request.params);
      const entry = await about.getHistoryEntry(deps, request.actor, id);
      try {
        await about.updateHistoryEntry(deps, request.actor, id, request.body);
        return redirectAfterPost(reply, '/admin/about?notice=saved#history');
      } catch (error) {
        const state = staleAware(request, error);
        return sendHtml(reply, HistoryEditPage({ ctx: viewContext(request), entry, state }), statusOf(error));
      }
    });

    app.post('/admin/about/history/:id/delete', async (request, reply) => {
      const { id } = parseInput(recordIdParams, request.params);
      const entry = await about.getHistoryEntry(deps, request.actor, id);
      try {
        await about.deleteHistoryEntry(deps, request.actor, id, request.body);
        return redirectAfterPost(reply, '/admin/about?notice=deleted#history');
      } catch (error) {
        const state = staleAware(request, error);
        state.values = { occurred_on: entry.occurredOn, summary: entry.summary, sources: entry.sources.join('\n'), version: String(entry.version) };
        return sendHtml(reply, HistoryEditPage({ ctx: viewContext(request), entry, state }), statusOf(error));
      }
    });
  };
}

/** A refused form, with what was typed kept; when it was stale, what is saved now beside it and its version to save over. */
function staleAware(request: FastifyRequest, error: unknown): FormState {
  const state = refusedState(request, error, formValues(request));
  if (isStale(error, about.staleAboutRecord)) {
    state.newer = newerRecord(viewContext(request), error.current);
    if (error.current) state.values.version = String(error.current.version);
  }
  return state;
}
