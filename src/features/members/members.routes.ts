import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import type { SafeHtml } from '../../lib/html';
import type { Actor } from '../../policy/actor';
import type { ViewContext } from '../../views/context';
import { renderFigures } from '../../lib/figures';
import { formErrors, formValues, redirectAfterPost, statusOf } from '../../http/forms';
import { isAppError, isStale } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { membershipFigure } from './mapping.figures';
import * as vocabularies from '../vocabularies/vocabularies.service';
import {
  memberAnswerSchema,
  memberForm,
  memberKeyParams,
  memberListQuery,
  memberPageSchema,
  profileAnswerSchema,
  profileApiBody,
  profileBody,
  profileConflictSchema,
  profileForm,
} from './members.schemas';
import * as editing from './members.editing.service';
import { MemberEditPage, memberFormValues, newerMember, newerProfile, ProfileEditPage, profileFormValues, type EditState } from './members.edit.views';
import * as members from './members.service';
import { AboutPage, MemberPage, MembersPage } from './members.views';
import { cachedForVisitors } from '../../http/page-cache';
import { ApiConflict, apiRoute } from '../../http/api-route';

/**
 * What a member's page shows from features that use this one (so this one cannot import them): the
 * features provide them for this feature's needs (membersNeeds in index.ts).
 */
export interface MemberPageParts {
  /** The years the organization co-chaired (the governance feature's terms). */
  cochairYears(deps: Deps, entityId: number): Promise<number[]>;
  /** The organization's part in the Plan of Action, rendered by the progress feature. */
  contributions(deps: Deps, actor: Actor | null, entityId: number, cochairYears: number[], ctx: ViewContext): Promise<SafeHtml>;
}

export function membersRoutes(deps: Deps, parts: MemberPageParts): FastifyPluginAsync {
  return async (app) => {
    app.get('/members', cachedForVisitors, async (request, reply) => {
      const query = parseInput(memberListQuery, request.query);
      const [page, others, coverage, vocabularySet] = await Promise.all([
        members.listMembers(deps, query),
        members.listOtherOrganizations(deps),
        members.getDirectoryCoverage(deps),
        vocabularies.getVocabularies(deps),
      ]);
      return sendHtml(reply, MembersPage({ ctx: viewContext(request), query, page, others, coverage, vocabularies: vocabularySet }));
    });

    app.get('/members/:acronym', cachedForVisitors, async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const member = await members.getMemberPage(deps, request.actor, acronym);
      const cochairYears = await parts.cochairYears(deps, member.id);
      const ctx = viewContext(request);
      const notice = (request.query as Record<string, string>).notice;
      const saved = notice === 'profile-saved' ? ctx.t('profile.saved') : notice === 'member-saved' ? ctx.t('member.saved') : null;
      const contributions = await parts.contributions(deps, request.actor, member.id, cochairYears, ctx);
      const vocabularySet = await vocabularies.getVocabularies(deps);
      return sendHtml(reply, MemberPage({ ctx, member, cochairYears, notice: saved, contributions, vocabularies: vocabularySet }));
    });

    app.get('/members/:acronym/profile', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const member = await editing.memberForEditing(deps, request.actor, acronym, 'profile');
      const state: EditState = { values: profileFormValues(member.profile), errors: {}, message: null };
      return sendHtml(reply, ProfileEditPage({ ctx: viewContext(request), member, state, vocabularies: await vocabularies.getVocabularies(deps) }));
    });

    app.post('/members/:acronym/profile', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const member = await editing.memberForEditing(deps, request.actor, acronym, 'profile');
      try {
        await editing.saveProfile(deps, request.actor, acronym, parseInput(profileForm, profileBody(request.body)));
        return redirectAfterPost(reply, `/members/${member.slug}?notice=profile-saved`);
      } catch (error) {
        const ctx = viewContext(request);
        const { errors, message } = formErrors(error);
        const vocabularySet = await vocabularies.getVocabularies(deps);
        const values: EditState['values'] = { ...(request.body as Record<string, string | string[]>), _csrf: '' };
        const newer = isStale(error, editing.staleProfile) ? newerProfile(ctx, error.current, vocabularySet) : null;
        if (isStale(error, editing.staleProfile)) values.version = String(error.current?.version ?? 0);
        const state: EditState = { values, errors, message: isAppError(error, 'STALE_VERSION') ? ctx.t('form.stale') : message, newer };
        return sendHtml(reply, ProfileEditPage({ ctx, member, state, vocabularies: vocabularySet }), statusOf(error));
      }
    });

    app.get('/members/:acronym/edit', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const member = await editing.memberForEditing(deps, request.actor, acronym, 'record');
      const vocabularySet = await vocabularies.getVocabularies(deps);
      return sendHtml(reply, MemberEditPage({ ctx: viewContext(request), member, state: { values: memberFormValues(member), errors: {}, message: null }, vocabularies: vocabularySet }));
    });

    app.post('/members/:acronym/edit', async (request, reply) => {
      const { acronym } = parseInput(memberKeyParams, request.params);
      const member = await editing.memberForEditing(deps, request.actor, acronym, 'record');
      try {
        await editing.updateMember(deps, request.actor, acronym, parseInput(memberForm, request.body));
        return redirectAfterPost(reply, `/members/${member.slug}?notice=member-saved`);
      } catch (error) {
        const ctx = viewContext(request);
        const { errors, message } = formErrors(error);
        const values: EditState['values'] = formValues(request);
        let newer = null;
        if (isStale(error, editing.staleMember)) {
          const current = await members.getMember(deps, acronym);
          newer = newerMember(ctx, current);
          values.version = String(current.version);
        }
        const state: EditState = { values, errors, message: isAppError(error, 'STALE_VERSION') ? ctx.t('form.stale') : message, newer };
        return sendHtml(reply, MemberEditPage({ ctx, member, state, vocabularies: await vocabularies.getVocabularies(deps) }), statusOf(error));
      }
    });

    app.get('/about', cachedForVisitors, async (request, reply) => {
      const ctx = viewContext(request);
      const about = await members.getAbout(deps);
      const figure = membershipFigure(ctx, about);
      const [rendered = null] = figure ? await renderFigures([figure]) : [];
      return sendHtml(reply, AboutPage({ ctx, about, figure: rendered }));
    });

    apiRoute(
      app,
      { method: 'GET', url: '/api/v1/members', operationId: 'listMembers', summary: 'api.op.listMembers', tag: 'members', access: 'everyone', query: memberListQuery, response: memberPageSchema },
      async ({ query }) => members.listMembers(deps, query),
    );

    /**
     * The profile form as JSON, for a personal API token (or a session with its CSRF token): the same
     * fields, the same checks and the same rights; `version` is the one read, and a stale one gets 409
     * with the profile as it is now.
     */
    apiRoute(
      app,
      {
        method: 'POST',
        url: '/api/v1/members/:acronym/profile',
        operationId: 'saveMemberProfile',
        summary: 'api.op.saveMemberProfile',
        tag: 'members',
        access: 'profileEditors',
        params: memberKeyParams,
        body: profileApiBody,
        response: profileAnswerSchema,
        conflict: profileConflictSchema,
      },
      async ({ params: { acronym } }, request) => {
        await editing.memberForEditing(deps, request.actor, acronym, 'profile');
        try {
          return { profile: await editing.saveProfile(deps, request.actor, acronym, parseInput(profileForm, profileBody(request.body))) };
        } catch (error) {
          if (!isStale(error, editing.staleProfile)) throw error;
          return new ApiConflict({ error: { code: error.code, message: error.message, current: error.current } });
        }
      },
    );

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/members/:acronym',
        operationId: 'getMember',
        summary: 'api.op.getMember',
        tag: 'members',
        access: 'everyone',
        params: memberKeyParams,
        response: memberAnswerSchema,
      },
      async ({ params: { acronym } }) => {
        const member = await members.getMember(deps, acronym);
        return { ...member, cochairYears: await parts.cochairYears(deps, member.id) };
      },
    );
  };
}
