import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost } from '../../http/forms';
import { sendCsv, sendDownload, sendHtml } from '../../http/reply';
import { readMultipartForm, sendStoredFile, uploadFormStatus, type MultipartForm } from '../../http/uploads';
import { viewContext } from '../../http/view-context';
import { isAppError, isStale } from '../../lib/errors';
import type { MessageKey } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import type { ViewContext } from '../../views/context';
import * as members from '../members/members.service';
import * as coordination from './coordination.service';
import * as groups from './groups.service';
import {
  coordinationQuery,
  fileParams,
  groupForm,
  groupListAnswerSchema,
  groupParams,
  postForm,
  postListQuery,
  postPageAnswerSchema,
  postParams,
  replyForm,
  subscriptionForm,
  type PostListQuery,
} from './groups.schemas';
import { apiRoute } from '../../http/api-route';
import { CoordinationPage, emptyForm, GroupFormPage, groupFormValues, GroupPage, GroupsPage, NewerPost, PostEditPage, postFormValues, PostPage, type FormState } from './groups.views';
import * as notifications from './notifications.service';
import * as posts from './posts.service';
import { keptForPerson } from '../../http/page-cache';

const notices: Record<string, MessageKey> = {
  'post-created': 'post.created',
  'post-saved': 'post.saved',
  'post-deleted': 'post.deleted',
  replied: 'post.replied',
  subscribed: 'subscription.saved',
  saved: 'groups.saved',
};

function noticeOf(ctx: ViewContext): string | null {
  const key = noticeKey(notices, ctx.query.notice);
  return key ? ctx.t(key) : null;
}

function fieldsOf(form: MultipartForm): Record<string, string | string[]> {
  return form.fields;
}

function stateFromError(error: unknown, values: FormState['values']): FormState {
  const { errors, message } = formErrors(error);
  return { values: { ...values, _csrf: '' }, errors, message };
}

async function directory(deps: Deps): Promise<{ acronym: string; name: string }[]> {
  const page = await members.listMembers(deps, { page: 1, kind: undefined, q: undefined }, ['member', 'partner']);
  return page.items.map((item) => ({ acronym: item.acronym, name: item.name }));
}

export function groupsRoutes(deps: Deps): FastifyPluginAsync {
  async function renderGroup(request: FastifyRequest, reply: FastifyReply, slug: string, query: PostListQuery, form: FormState, status = 200) {
    const ctx = viewContext(request);
    const { group, rights } = await groups.getGroup(deps, request.actor, slug);
    const [page, subscription] = rights.read ? await Promise.all([posts.listPosts(deps, request.actor, slug, query), notifications.getSubscription(deps, request.actor, group.id)]) : [null, 'none'];
    return sendHtml(reply, GroupPage({ ctx, group, rights, posts: page, query, subscription, form, notice: noticeOf(ctx) }), status);
  }

  async function renderPost(request: FastifyRequest, reply: FastifyReply, slug: string, id: number, replyState?: FormState, status = 200) {
    const ctx = viewContext(request);
    const thread = await posts.getPost(deps, request.actor, slug, id);
    return sendHtml(reply, PostPage({ ctx, thread, replyState, notice: noticeOf(ctx) }), status);
  }

  return async (app) => {
    app.get('/groups', async (request, reply) => {
      const list = await groups.listGroups(deps, request.actor);
      return sendHtml(reply, GroupsPage({ ctx: viewContext(request), groups: list, mayCreate: groups.mayCreateGroup(deps, request.actor) }));
    });

    app.get('/groups/new', async (request, reply) => {
      groups.assertMayCreateGroup(deps, request.actor);
      return sendHtml(reply, GroupFormPage({ ctx: viewContext(request), group: null, state: emptyForm(groupFormValues(null)), entities: await directory(deps) }));
    });

    app.post('/groups', async (request, reply) => {
      groups.assertMayCreateGroup(deps, request.actor);
      try {
        const group = await groups.createGroup(deps, request.actor, parseInput(groupForm, request.body));
        return redirectAfterPost(reply, `/groups/${group.slug}?notice=saved`);
      } catch (error) {
        const state = stateFromError(error, formValues(request));
        return sendHtml(reply, GroupFormPage({ ctx: viewContext(request), group: null, state, entities: await directory(deps) }), uploadFormStatus(error));
      }
    });

    app.get('/groups/:slug', keptForPerson, async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      return renderGroup(request, reply, slug, parseInput(postListQuery, request.query), emptyForm({ kind: 'policy_brief' }));
    });

    app.get('/groups/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      const group = await groups.groupForManaging(deps, request.actor, slug);
      return sendHtml(reply, GroupFormPage({ ctx: viewContext(request), group, state: emptyForm(groupFormValues(group)), entities: await directory(deps) }));
    });

    app.post('/groups/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      const group = await groups.groupForManaging(deps, request.actor, slug);
      try {
        const saved = await groups.updateGroup(deps, request.actor, slug, parseInput(groupForm, request.body));
        return redirectAfterPost(reply, `/groups/${saved.slug}?notice=saved`);
      } catch (error) {
        const state = stateFromError(error, formValues(request));
        if (isStale(error, groups.staleGroup)) {
          state.values.version = String(error.current.version);
          state.message = viewContext(request).t('form.stale');
        }
        return sendHtml(reply, GroupFormPage({ ctx: viewContext(request), group, state, entities: await directory(deps) }), uploadFormStatus(error));
      }
    });

    app.post('/groups/:slug/posts', async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      await groups.groupForPosting(deps, request.actor, slug);
      let values: FormState['values'] = {};
      try {
        const form = await readMultipartForm(request);
        values = fieldsOf(form);
        const input = parseInput(postForm, form.fields);
        const post = await posts.createPost(deps, request.actor, slug, input, form.files);
        return redirectAfterPost(reply, `/groups/${slug}/posts/${post.id}?notice=post-created`);
      } catch (error) {
        return renderGroup(request, reply, slug, parseInput(postListQuery, {}), stateFromError(error, values), uploadFormStatus(error));
      }
    });

    app.get('/groups/:slug/posts/:id', async (request, reply) => {
      const { slug, id } = parseInput(postParams, request.params);
      return renderPost(request, reply, slug, id);
    });

    app.get('/groups/:slug/posts/:id/edit', async (request, reply) => {
      const { slug, id } = parseInput(postParams, request.params);
      const { group, post } = await posts.getPostForEditing(deps, request.actor, slug, id);
      const tags = await posts.listPosts(deps, request.actor, slug, parseInput(postListQuery, {}));
      return sendHtml(reply, PostEditPage({ ctx: viewContext(request), group, post, state: emptyForm(postFormValues(post)), tags }));
    });

    app.post('/groups/:slug/posts/:id/edit', async (request, reply) => {
      const { slug, id } = parseInput(postParams, request.params);
      const { group, post } = await posts.getPostForEditing(deps, request.actor, slug, id);
      let values: FormState['values'] = postFormValues(post);
      try {
        const form = await readMultipartForm(request);
        values = fieldsOf(form);
        await posts.updatePost(deps, request.actor, slug, id, parseInput(postForm, form.fields), form.files);
        return redirectAfterPost(reply, `/groups/${slug}/posts/${id}?notice=post-saved`);
      } catch (error) {
        const ctx = viewContext(request);
        const state = stateFromError(error, values);
        if (isStale(error, posts.stalePost)) {
          state.values.version = String(error.current.version);
          state.message = ctx.t('form.stale');
          state.newer = NewerPost({ ctx, post: error.current });
        }
        const tags = await posts.listPosts(deps, request.actor, slug, parseInput(postListQuery, {}));
        return sendHtml(reply, PostEditPage({ ctx, group, post, state, tags }), uploadFormStatus(error));
      }
    });

    app.post('/groups/:slug/posts/:id/delete', async (request, reply) => {
      const { slug, id } = parseInput(postParams, request.params);
      await posts.deletePost(deps, request.actor, slug, id);
      return redirectAfterPost(reply, `/groups/${slug}?notice=post-deleted`);
    });

    app.post('/groups/:slug/posts/:id/replies', async (request, reply) => {
      const { slug, id } = parseInput(postParams, request.params);
      await groups.groupForPosting(deps, request.actor, slug);
      try {
        const created = await posts.addReply(deps, request.actor, slug, id, parseInput(replyForm, request.body));
        return redirectAfterPost(reply, `/groups/${slug}/posts/${id}?notice=replied#reply-${created.id}`);
      } catch (error) {
        if (isAppError(error, 'NOT_FOUND')) throw error;
        return renderPost(request, reply, slug, id, stateFromError(error, formValues(request)), uploadFormStatus(error));
      }
    });

    app.get('/groups/:slug/posts/:id/files/:fileId', async (request, reply) => {
      const { slug, id, fileId } = parseInput(fileParams, request.params);
      const file = await posts.getPostFile(deps, request.actor, slug, id, fileId);
      return sendStoredFile(reply, file);
    });

    app.post('/groups/:slug/subscription', async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      await groups.groupForReading(deps, request.actor, slug);
      const { mode, from } = parseInput(subscriptionForm, request.body);
      await notifications.setSubscription(deps, request.actor, slug, mode);
      return redirectAfterPost(reply, from === 'account' ? '/account/notifications?notice=saved#group-mail' : `/groups/${slug}?notice=subscribed`);
    });

    app.get('/groups/:slug/coordination', keptForPerson, async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      const matrix = await coordination.getCoordinationMatrix(deps, request.actor, slug, parseInput(coordinationQuery, request.query));
      return sendHtml(reply, CoordinationPage({ ctx: viewContext(request), matrix }));
    });

    const matrixLabels = (ctx: ViewContext): coordination.MatrixLabels => ({
      entity: ctx.t('coordination.entity'),
      nothing: ctx.t('coordination.nothing'),
      others: ctx.t('coordination.others'),
      kind: (kind) => ctx.t(`post.kind.${kind}` as MessageKey),
    });

    const exportName = (matrix: coordination.CoordinationMatrix, extension: string) => `${matrix.group.slug}-${(matrix.tag ?? 'coordination').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${extension}`;

    app.get('/groups/:slug/coordination.csv', async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      const matrix = await coordination.getCoordinationMatrix(deps, request.actor, slug, parseInput(coordinationQuery, request.query));
      return sendCsv(reply, exportName(matrix, 'csv'), coordination.matrixCsv(matrix, matrixLabels(viewContext(request))));
    });

    app.get('/groups/:slug/coordination.xlsx', async (request, reply) => {
      const { slug } = parseInput(groupParams, request.params);
      const matrix = await coordination.getCoordinationMatrix(deps, request.actor, slug, parseInput(coordinationQuery, request.query));
      const workbook = await coordination.matrixXlsx(matrix, matrixLabels(viewContext(request)));
      return sendDownload(reply, exportName(matrix, 'xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', workbook);
    });

    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/groups', operationId: 'listGroups', summary: 'api.op.listGroups', tag: 'groups', access: 'signedIn', response: groupListAnswerSchema },
      async (_input, request) => ({ groups: await groups.listGroups(deps, request.actor) }),
    );

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/groups/:slug/posts',
        operationId: 'listGroupPosts',
        summary: 'api.op.listGroupPosts',
        tag: 'groups',
        access: 'groupMembers',
        params: groupParams,
        query: postListQuery,
        response: postPageAnswerSchema,
      },
      async ({ params: { slug }, query }, request) => posts.listPosts(deps, request.actor, slug, query),
    );
  };
}
