import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { readMultipartForm, sendStoredFile, uploadFormStatus } from '../../http/uploads';
import { viewContext } from '../../http/view-context';
import { cachedForVisitors } from '../../http/page-cache';
import { isStale } from '../../lib/errors';
import type { MessageKey } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import type { ViewContext } from '../../views/context';
import { eventCalendar } from './library.calendar';
import { eventForm, eventListQuery, eventPageAnswerSchema, publicationListQuery, publicationPageAnswerSchema, slugParams, statusForm } from './library.schemas';
import { apiRoute } from '../../http/api-route';
import * as translations from '../translations/translations.service';
import { wantedLanguage } from '../../views/components/text-languages';
import * as library from './library.service';
import { EventFormPage, eventFormValues, EventPage, EventsPage, PublicationFormPage, publicationFormValues, PublicationPage, PublicationsPage, type FormState } from './library.views';

const notices: Record<string, MessageKey> = {
  saved: 'publication.saved',
  published: 'publication.published',
  draft: 'publication.unpublished',
  'event-saved': 'event.saved',
  'event-published': 'event.published',
  'event-draft': 'event.unpublished',
};

function noticeOf(ctx: ViewContext): string | null {
  const key = noticeKey(notices, ctx.query.notice);
  return key ? ctx.t(key) : null;
}

function stateFromError(ctx: ViewContext, error: unknown, values: FormState['values']): FormState {
  const { errors, message } = formErrors(error);
  const current = isStale(error, library.stalePublication) || isStale(error, library.staleEvent) ? error.current : null;
  const stale = current !== null;
  return {
    values: { ...values, _csrf: '', ...(current ? { version: String(current.version) } : {}) },
    errors,
    message: stale ? ctx.t('form.stale') : message,
  };
}

export function libraryRoutes(deps: Deps): FastifyPluginAsync {
  const assertManager = (actor: Parameters<typeof library.mayManageLibrary>[1]) => library.assertMayManageLibrary(deps, actor);

  return async (app) => {
    app.get('/publications', cachedForVisitors, async (request, reply) => {
      const query = parseInput(publicationListQuery, request.query);
      const [page, drafts] = await Promise.all([library.listPublications(deps, request.actor, query), library.listDraftPublications(deps, request.actor)]);
      return sendHtml(reply, PublicationsPage({ ctx: viewContext(request), query, page, drafts, mayManage: library.mayManageLibrary(deps, request.actor) }));
    });

    app.get('/publications/new', async (request, reply) => {
      assertManager(request.actor);
      return sendHtml(reply, PublicationFormPage({ ctx: viewContext(request), publication: null, state: { values: publicationFormValues(null), errors: {}, message: null } }));
    });

    app.post('/publications', async (request, reply) => {
      assertManager(request.actor);
      let values: FormState['values'] = {};
      try {
        const form = await readMultipartForm(request);
        values = form.fields;
        const file = form.files.find((candidate) => candidate.field === 'file') ?? null;
        const created = await library.createPublication(deps, request.actor, form.fields, file);
        return redirectAfterPost(reply, `/publications/${created.slug}?notice=saved`);
      } catch (error) {
        const ctx = viewContext(request);
        return sendHtml(reply, PublicationFormPage({ ctx, publication: null, state: stateFromError(ctx, error, values) }), uploadFormStatus(error));
      }
    });

    app.get('/publications/:slug', cachedForVisitors, async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const publication = await library.getPublication(deps, request.actor, slug);
      const ctx = viewContext(request);
      const original = { title: publication.title, body: publication.summary, language: publication.originalLanguage };
      const languages = await translations.textLanguages(deps, request.actor, { kind: 'publication', id: publication.id, part: '' }, original, wantedLanguage(ctx));
      return sendHtml(reply, PublicationPage({ ctx, publication, mayManage: library.mayManageLibrary(deps, request.actor), notice: noticeOf(ctx), languages }));
    });

    app.get('/publications/:slug/file', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      return sendStoredFile(reply, await library.getPublicationFile(deps, request.actor, slug));
    });

    app.get('/publications/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const publication = await library.publicationForEditing(deps, request.actor, slug);
      return sendHtml(reply, PublicationFormPage({ ctx: viewContext(request), publication, state: { values: publicationFormValues(publication), errors: {}, message: null } }));
    });

    app.post('/publications/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const publication = await library.publicationForEditing(deps, request.actor, slug);
      let values: FormState['values'] = publicationFormValues(publication);
      try {
        const form = await readMultipartForm(request);
        values = form.fields;
        const file = form.files.find((candidate) => candidate.field === 'file') ?? null;
        const saved = await library.updatePublication(deps, request.actor, slug, form.fields, file);
        return redirectAfterPost(reply, `/publications/${saved.slug}?notice=saved`);
      } catch (error) {
        const ctx = viewContext(request);
        return sendHtml(reply, PublicationFormPage({ ctx, publication, state: stateFromError(ctx, error, values) }), uploadFormStatus(error));
      }
    });

    app.post('/publications/:slug/status', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      await library.publicationForEditing(deps, request.actor, slug);
      const { status, version } = parseInput(statusForm, request.body);
      const saved = await library.setPublicationStatus(deps, request.actor, slug, status, version);
      return redirectAfterPost(reply, `/publications/${saved.slug}?notice=${status}`);
    });

    app.get('/events', cachedForVisitors, async (request, reply) => {
      const query = parseInput(eventListQuery, request.query);
      const [page, drafts] = await Promise.all([library.listEvents(deps, request.actor, query), library.listDraftEvents(deps, request.actor)]);
      return sendHtml(reply, EventsPage({ ctx: viewContext(request), query, page, drafts, mayManage: library.mayManageLibrary(deps, request.actor) }));
    });

    app.get('/events/new', async (request, reply) => {
      assertManager(request.actor);
      return sendHtml(reply, EventFormPage({ ctx: viewContext(request), event: null, state: { values: eventFormValues(null), errors: {}, message: null } }));
    });

    app.post('/events', async (request, reply) => {
      assertManager(request.actor);
      try {
        const created = await library.createEvent(deps, request.actor, parseInput(eventForm, request.body));
        return redirectAfterPost(reply, `/events/${created.slug}?notice=event-saved`);
      } catch (error) {
        const ctx = viewContext(request);
        return sendHtml(reply, EventFormPage({ ctx, event: null, state: stateFromError(ctx, error, formValues(request)) }), uploadFormStatus(error));
      }
    });

    app.get('/events/:slug', cachedForVisitors, async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const event = await library.getEvent(deps, request.actor, slug);
      const ctx = viewContext(request);
      const original = { title: event.title, body: event.summary, language: event.originalLanguage };
      const languages = await translations.textLanguages(deps, request.actor, { kind: 'event', id: event.id, part: '' }, original, wantedLanguage(ctx));
      return sendHtml(reply, EventPage({ ctx, event, mayManage: library.mayManageLibrary(deps, request.actor), notice: noticeOf(ctx), languages }));
    });

    app.get('/events/:slug/calendar.ics', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const event = await library.getEvent(deps, request.actor, slug);
      if (!event.hasCalendar) return reply.callNotFound();
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${event.slug}.ics"`).send(eventCalendar(event, deps.config.publicUrl));
    });

    app.get('/events/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const event = await library.eventForEditing(deps, request.actor, slug);
      return sendHtml(reply, EventFormPage({ ctx: viewContext(request), event, state: { values: eventFormValues(event), errors: {}, message: null } }));
    });

    app.post('/events/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const event = await library.eventForEditing(deps, request.actor, slug);
      try {
        const saved = await library.updateEvent(deps, request.actor, slug, parseInput(eventForm, request.body));
        return redirectAfterPost(reply, `/events/${saved.slug}?notice=event-saved`);
      } catch (error) {
        const ctx = viewContext(request);
        return sendHtml(reply, EventFormPage({ ctx, event, state: stateFromError(ctx, error, formValues(request)) }), uploadFormStatus(error));
      }
    });

    app.post('/events/:slug/status', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      await library.eventForEditing(deps, request.actor, slug);
      const { status, version } = parseInput(statusForm, request.body);
      const saved = await library.setEventStatus(deps, request.actor, slug, status, version);
      return redirectAfterPost(reply, `/events/${saved.slug}?notice=event-${status === 'published' ? 'published' : 'draft'}`);
    });

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/publications',
        operationId: 'listPublications',
        summary: 'api.op.listPublications',
        tag: 'library',
        access: 'everyone',
        query: publicationListQuery,
        response: publicationPageAnswerSchema,
      },
      async ({ query }, request) => library.listPublications(deps, request.actor, query),
    );
    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/events', operationId: 'listEvents', summary: 'api.op.listEvents', tag: 'library', access: 'everyone', query: eventListQuery, response: eventPageAnswerSchema },
      async ({ query }, request) => library.listEvents(deps, request.actor, query),
    );
  };
}
