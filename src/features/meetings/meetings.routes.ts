import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { groupSlug } from '../../lib/group';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import type { ViewContext } from '../../views/context';
import * as members from '../members/members.service';
import { meetingCalendar, meetingsFeed } from './meetings.calendar';
import {
  approveMinutesForm,
  attendanceForm,
  decisionForm,
  decisionListQuery,
  documentForm,
  documentParams,
  meetingForm,
  meetingIdParams,
  meetingListQuery,
  minutesForm,
  decisionPageAnswerSchema,
  meetingDetailAnswerSchema,
  meetingPageAnswerSchema,
} from './meetings.schemas';
import { apiRoute } from '../../http/api-route';
import * as meetings from './meetings.service';
import { DecisionsPage, emptyForm, MeetingFormPage, meetingFormValues, MeetingsPage, MinutesPage, newerMeeting, newerMinutes, type FormState, type LinkedStatement } from './meetings.views';
import { MeetingPage, type MeetingPageData } from './meeting-page.views';
import { localized } from '../../lib/i18n';
import { cachedForVisitors } from '../../http/page-cache';

const notices = {
  created: 'meetings.notice.created',
  saved: 'meetings.notice.saved',
  attendance: 'meetings.notice.attendance',
  'document-added': 'meetings.notice.documentAdded',
  'document-removed': 'meetings.notice.documentRemoved',
  minutes: 'meetings.notice.minutes',
  approved: 'meetings.notice.approved',
  invited: 'meetings.notice.invited',
  decision: 'meetings.notice.decision',
} as const;

function noticeText(ctx: ViewContext, request: FastifyRequest): string | null {
  const query = request.query as Record<string, string | undefined>;
  const key = noticeKey(notices, query.notice);
  if (!key) return null;
  return ctx.t(key, { count: Number(query.count ?? 0), reference: query.reference ?? '' });
}

async function linkedStatements(deps: Deps, ids: (number | null)[]): Promise<Map<number, LinkedStatement>> {
  return meetings.decisionSubjects(deps, 'adoption', ids);
}

export function meetingsRoutes(deps: Deps): FastifyPluginAsync {
  async function renderMeeting(request: FastifyRequest, reply: FastifyReply, id: number, forms: Partial<Pick<MeetingPageData, 'decisionForm' | 'documentForm'>> = {}, status = 200) {
    const ctx = viewContext(request);
    const meeting = await meetings.getMeeting(deps, request.actor, id);
    const [statementLinks, memberList, adoptable] = await Promise.all([
      linkedStatements(
        deps,
        meeting.decisions.map((decision) => decision.statementId),
      ),
      meeting.rights.recordDecision ? members.listMemberOrganizations(deps) : Promise.resolve([]),
      meeting.rights.recordDecision ? meetings.decisionChoices(deps, request.actor, 'adoption') : Promise.resolve([]),
    ]);
    const data: MeetingPageData = {
      meeting,
      statements: statementLinks,
      members: memberList,
      adoptable,
      decisionForm: forms.decisionForm ?? emptyForm,
      documentForm: forms.documentForm ?? emptyForm,
      notice: noticeText(ctx, request),
    };
    return sendHtml(reply, MeetingPage({ ctx, data }), status);
  }

  function failedForm(request: FastifyRequest, error: unknown): FormState {
    const { errors, message } = formErrors(error);
    return { values: formValues(request), errors, message };
  }

  return async (app) => {
    app.get('/meetings', cachedForVisitors, async (request, reply) => {
      const query = parseInput(meetingListQuery, request.query);
      const page = await meetings.listMeetingsPage(deps, request.actor, query);
      return sendHtml(reply, MeetingsPage({ ctx: viewContext(request), query, page }));
    });

    app.get('/meetings.ics', async (_request, reply) => {
      const entries = await meetings.listCalendarEntries(deps);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${groupSlug()}-meetings.ics"`)
        .send(meetingsFeed(entries, deps.config.publicUrl, localized('groupSettings.calendar.meetings')));
    });

    app.get('/meetings/new', async (request, reply) => {
      meetings.assertMayManageMeetings(deps, request.actor);
      const memberList = await members.listMemberOrganizations(deps);
      // Who takes part is chosen, never assumed: no organization is ticked until someone ticks it.
      const values = meetingFormValues(null, { participants: [], timeZone: 'Europe/Vienna' });
      return sendHtml(reply, MeetingFormPage({ ctx: viewContext(request), meeting: null, members: memberList, state: { ...emptyForm, values } }));
    });

    app.post('/meetings', async (request, reply) => {
      meetings.assertMayManageMeetings(deps, request.actor);
      try {
        const meeting = await meetings.createMeeting(deps, request.actor, parseInput(meetingForm, request.body));
        return redirectAfterPost(reply, `${meeting.url}?notice=created`);
      } catch (error) {
        const state = { ...failedForm(request, error), values: { ...formValues(request), participants: [(request.body as Record<string, unknown>)?.participants ?? []].flat().map(String) } };
        const memberList = await members.listMemberOrganizations(deps);
        return sendHtml(reply, MeetingFormPage({ ctx: viewContext(request), meeting: null, members: memberList, state }), statusOf(error));
      }
    });

    app.get('/meetings/:id.ics', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      const entry = await meetings.getCalendarEntry(deps, request.actor, id);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${groupSlug()}-meeting-${id}.ics"`).send(meetingCalendar(entry, deps.config.publicUrl));
    });

    app.get('/meetings/:id', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      return renderMeeting(request, reply, id);
    });

    app.get('/meetings/:id/edit', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      const meeting = await meetings.meetingForEditing(deps, request.actor, id);
      const memberList = await members.listMemberOrganizations(deps);
      const values = meetingFormValues(meeting, { participants: [], timeZone: meeting.timeZone });
      return sendHtml(reply, MeetingFormPage({ ctx: viewContext(request), meeting, members: memberList, state: { ...emptyForm, values } }));
    });

    app.post('/meetings/:id/edit', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      const meeting = await meetings.meetingForEditing(deps, request.actor, id);
      try {
        await meetings.updateMeeting(deps, request.actor, id, parseInput(meetingForm, request.body));
        return redirectAfterPost(reply, `${meeting.url}?notice=saved`);
      } catch (error) {
        const ctx = viewContext(request);
        const state: FormState = {
          ...failedForm(request, error),
          values: { ...formValues(request), participants: [(request.body as Record<string, unknown>)?.participants ?? []].flat().map(String) },
        };
        if (isStale(error, meetings.staleMeeting)) {
          const current = await meetings.getMeeting(deps, request.actor, id);
          state.newer = newerMeeting(ctx, current);
          state.values.version = String(current.version);
          state.message = ctx.t('form.stale');
        }
        const memberList = await members.listMemberOrganizations(deps);
        return sendHtml(reply, MeetingFormPage({ ctx, meeting, members: memberList, state }), statusOf(error));
      }
    });

    app.post('/meetings/:id/attendance', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      meetings.assertMayManageMeetings(deps, request.actor);
      await meetings.recordAttendance(deps, request.actor, id, parseInput(attendanceForm, request.body));
      return redirectAfterPost(reply, `/meetings/${id}?notice=attendance`);
    });

    app.post('/meetings/:id/documents', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      meetings.assertMayManageMeetings(deps, request.actor);
      try {
        await meetings.addDocument(deps, request.actor, id, parseInput(documentForm, request.body));
        return redirectAfterPost(reply, `/meetings/${id}?notice=document-added`);
      } catch (error) {
        return renderMeeting(request, reply, id, { documentForm: failedForm(request, error) }, statusOf(error));
      }
    });

    app.post('/meetings/:id/documents/:documentId/delete', async (request, reply) => {
      const { id, documentId } = parseInput(documentParams, request.params);
      await meetings.removeDocument(deps, request.actor, id, documentId);
      return redirectAfterPost(reply, `/meetings/${id}?notice=document-removed`);
    });

    app.get('/meetings/:id/minutes', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      const meeting = await meetings.meetingForEditing(deps, request.actor, id);
      const ctx = viewContext(request);
      const locked = meeting.minutesApprovedAt ? ctx.t('meetings.minutes.locked') : null;
      const state: FormState = { values: { minutes: meeting.minutes ?? '', version: String(meeting.version) }, errors: {}, message: locked };
      return sendHtml(reply, MinutesPage({ ctx, meeting, state }), meeting.minutesApprovedAt ? 409 : 200);
    });

    app.post('/meetings/:id/minutes', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      const meeting = await meetings.meetingForEditing(deps, request.actor, id);
      try {
        await meetings.saveMinutes(deps, request.actor, id, parseInput(minutesForm, request.body));
        return redirectAfterPost(reply, `/meetings/${id}?notice=minutes#minutes-title`);
      } catch (error) {
        const ctx = viewContext(request);
        const state = failedForm(request, error);
        if (isStale(error, meetings.staleMeeting)) {
          state.newer = newerMinutes(error.current.minutes);
          state.values.version = String(error.current.version);
          state.message = ctx.t('form.stale');
        }
        return sendHtml(reply, MinutesPage({ ctx, meeting, state }), statusOf(error));
      }
    });

    app.post('/meetings/:id/minutes/approve', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      meetings.assertMayManageMeetings(deps, request.actor);
      const { version } = parseInput(approveMinutesForm, request.body);
      await meetings.approveMinutes(deps, request.actor, id, version);
      return redirectAfterPost(reply, `/meetings/${id}?notice=approved#minutes-title`);
    });

    app.post('/meetings/:id/invitations', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      const count = await meetings.sendInvitations(deps, request.actor, id);
      return redirectAfterPost(reply, `/meetings/${id}?notice=invited&count=${count}`);
    });

    app.post('/meetings/:id/decisions', async (request, reply) => {
      const { id } = parseInput(meetingIdParams, request.params);
      meetings.assertMayRecordDecisions(deps, request.actor);
      try {
        const input = parseInput(decisionForm, request.body);
        const { reference } = await meetings.decide(deps, request.actor, id, input);
        return redirectAfterPost(reply, `/meetings/${id}?notice=decision&reference=${encodeURIComponent(reference)}#decisions`);
      } catch (error) {
        if (isAppError(error, 'NOT_FOUND')) throw error;
        const form = failedForm(request, error);
        form.values.chairs = [(request.body as Record<string, unknown>)?.chairs ?? []].flat().map(String);
        return renderMeeting(request, reply, id, { decisionForm: form }, statusOf(error));
      }
    });

    app.get('/decisions', cachedForVisitors, async (request, reply) => {
      const query = parseInput(decisionListQuery, request.query);
      const page = await meetings.listDecisionsPage(deps, request.actor, query);
      const statementLinks = await linkedStatements(
        deps,
        page.items.map((decision) => decision.statementId),
      );
      return sendHtml(reply, DecisionsPage({ ctx: viewContext(request), query, page, statements: statementLinks }));
    });

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/meetings',
        operationId: 'listMeetings',
        summary: 'api.op.listMeetings',
        tag: 'meetings',
        access: 'everyone',
        query: meetingListQuery,
        response: meetingPageAnswerSchema,
      },
      async ({ query }, request) => meetings.listMeetingsPage(deps, request.actor, query),
    );

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/meetings/:id',
        operationId: 'getMeeting',
        summary: 'api.op.getMeeting',
        tag: 'meetings',
        access: 'everyone',
        params: meetingIdParams,
        response: meetingDetailAnswerSchema,
      },
      async ({ params: { id } }, request) => meetings.getMeeting(deps, request.actor, id),
    );

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/decisions',
        operationId: 'listDecisions',
        summary: 'api.op.listDecisions',
        tag: 'meetings',
        access: 'everyone',
        query: decisionListQuery,
        response: decisionPageAnswerSchema,
      },
      async ({ query }, request) => meetings.listDecisionsPage(deps, request.actor, query),
    );
  };
}
