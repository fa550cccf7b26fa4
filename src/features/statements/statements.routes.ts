import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, formValues, noticeKey, redirectAfterPost, statusOf } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { isStale } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import type { ViewContext } from '../../views/context';
import * as meetings from '../meetings/meetings.service';
import * as translations from '../translations/translations.service';
import { wantedLanguage } from '../../views/components/text-languages';
import {
  adoptForm,
  commentForm,
  commentParams,
  commentStatusForm,
  diffQuery,
  newStatementForm,
  positionForm,
  publishForm,
  roundParams,
  slugParams,
  statementListQuery,
  textForm,
  withdrawForm,
  statementAnswerSchema,
  tallyAnswerSchema,
} from './statements.schemas';
import { apiRoute } from '../../http/api-route';
import * as statements from './statements.service';
import { DiffPage, EditTextPage, emptyForm, NewStatementPage, newerText, StatementListPage, StatementPage, tallyText, type FormState, type StatementPageData } from './statements.views';
import { cachedForVisitors, keptForPerson } from '../../http/page-cache';

const notices = {
  created: 'statement.notice.created',
  saved: 'statement.notice.saved',
  unchanged: 'statement.notice.unchanged',
  superseded: 'statement.notice.superseded',
  comment: 'statement.notice.comment',
  'comment-status': 'statement.notice.commentStatus',
  consultation: 'statement.notice.consultation',
  'consultation-closed': 'statement.notice.consultationClosed',
  round: 'statement.notice.round',
  position: 'statement.notice.position',
  'round-closed': 'statement.notice.roundClosed',
  adopted: 'statement.notice.adopted',
  published: 'statement.notice.published',
  withdrawn: 'statement.notice.withdrawn',
} as const;

function noticeText(ctx: ViewContext, request: FastifyRequest): string | null {
  const query = request.query as Record<string, string | undefined>;
  const key = noticeKey(notices, query.notice);
  if (!key) return null;
  const outcome = query.outcome ? ctx.t(`round.outcome.${query.outcome}` as Parameters<typeof ctx.t>[0]) : '';
  return ctx.t(key, { version: query.version ?? '', outcome, reference: query.reference ?? '' });
}

type FormName = keyof StatementPageData['forms'];

export function statementsRoutes(deps: Deps): FastifyPluginAsync {
  async function renderStatement(request: FastifyRequest, reply: FastifyReply, slug: string, forms: StatementPageData['forms'] = {}, status = 200) {
    const ctx = viewContext(request);
    const statement = await statements.getStatement(deps, request.actor, slug);
    const meetingList = statement.rights.adopt ? await meetings.listMeetingsForDecisions(deps, request.actor) : [];
    const original = { title: statement.text.title, body: statement.text.body, language: statement.originalLanguage };
    const languages = await translations.textLanguages(deps, request.actor, { kind: 'statement', id: statement.id, part: '' }, original, wantedLanguage(ctx));
    return sendHtml(reply, StatementPage({ ctx, data: { statement, meetings: meetingList, forms, notice: noticeText(ctx, request), languages } }), status);
  }

  /**
   * Runs a change from the statement page: on success, back to the page with a notice; a user error
   * re-renders the page with the form that failed and what was typed.
   */
  async function pageAction(request: FastifyRequest, reply: FastifyReply, slug: string, form: FormName, change: () => Promise<string>) {
    try {
      const notice = await change();
      return redirectAfterPost(reply, `${statements.statementUrl(slug)}?notice=${notice}`);
    } catch (error) {
      const { errors, message } = formErrors(error);
      const values: FormState['values'] = { ...formValues(request) };
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (Array.isArray(body.roles)) values.roles = body.roles.map(String);
      return renderStatement(request, reply, slug, { [form]: { values, errors, message } }, statusOf(error));
    }
  }

  return async (app) => {
    app.get('/statements/workspace', keptForPerson, async (request, reply) => {
      const query = parseInput(statementListQuery, request.query);
      // The workspace lists texts in every state, for members; the public list of published texts is /statements.
      statements.assertMayReadWorkspace(request.actor);
      const page = await statements.listStatementsPage(deps, request.actor, query);
      const drafting = statements.draftingRight(deps, request.actor);
      return sendHtml(reply, StatementListPage({ ctx: viewContext(request), query, page, drafting }));
    });

    app.get('/statements/new', async (request, reply) => {
      statements.assertMayDraft(deps, request.actor);
      return sendHtml(reply, NewStatementPage({ ctx: viewContext(request), state: { ...emptyForm, values: { kind: 'joint_statement' } } }));
    });

    app.post('/statements/new', async (request, reply) => {
      statements.assertMayDraft(deps, request.actor);
      try {
        const created = await statements.createStatement(deps, request.actor, parseInput(newStatementForm, request.body));
        return redirectAfterPost(reply, `${created.url}?notice=created`);
      } catch (error) {
        const { errors, message } = formErrors(error);
        return sendHtml(reply, NewStatementPage({ ctx: viewContext(request), state: { values: formValues(request), errors, message } }), statusOf(error));
      }
    });

    app.get('/statements/:slug', cachedForVisitors, async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      return renderStatement(request, reply, slug);
    });

    app.get('/statements/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const statement = await statements.statementForEditing(deps, request.actor, slug);
      const state: FormState = { values: { title: statement.text.title, body: statement.text.body, version: String(statement.version) }, errors: {}, message: null };
      return sendHtml(reply, EditTextPage({ ctx: viewContext(request), statement, state }));
    });

    app.post('/statements/:slug/edit', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const statement = await statements.statementForEditing(deps, request.actor, slug);
      try {
        const saved = await statements.saveText(deps, request.actor, slug, parseInput(textForm, request.body));
        const notice = saved.versionNumber === null ? 'unchanged' : saved.roundSuperseded ? 'superseded' : 'saved';
        return redirectAfterPost(reply, `${statement.url}?notice=${notice}&version=${saved.versionNumber ?? statement.text.number}`);
      } catch (error) {
        const ctx = viewContext(request);
        const { errors, message } = formErrors(error);
        const state: FormState = { values: formValues(request), errors, message };
        if (isStale(error, statements.staleStatement)) {
          const current = await statements.getStatement(deps, request.actor, slug);
          state.newer = newerText(error.current);
          state.values.version = String(current.version);
          state.message = ctx.t('form.stale');
        }
        return sendHtml(reply, EditTextPage({ ctx, statement, state }), statusOf(error));
      }
    });

    app.get('/statements/:slug/diff', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      const { from, to } = parseInput(diffQuery, request.query);
      const diff = await statements.getDiff(deps, request.actor, slug, from, to);
      return sendHtml(reply, DiffPage({ ctx: viewContext(request), diff }));
    });

    app.post('/statements/:slug/comments', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      await statements.assertMayComment(deps, request.actor, slug);
      return pageAction(request, reply, slug, 'comment', async () => {
        await statements.addComment(deps, request.actor, slug, parseInput(commentForm, request.body));
        return 'comment';
      });
    });

    app.post('/statements/:slug/comments/:commentId/status', async (request, reply) => {
      const { slug, commentId } = parseInput(commentParams, request.params);
      await statements.assertMayComment(deps, request.actor, slug);
      return pageAction(request, reply, slug, 'comment', async () => {
        const { status } = parseInput(commentStatusForm, request.body);
        await statements.setCommentStatus(deps, request.actor, slug, commentId, status);
        return 'comment-status';
      });
    });

    app.post('/statements/:slug/consultation', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      statements.assertMayDraft(deps, request.actor);
      return pageAction(request, reply, slug, 'consultation', async () => {
        await statements.openConsultation(deps, request.actor, slug, request.body);
        return 'consultation';
      });
    });

    app.post('/statements/:slug/consultation/close', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      return pageAction(request, reply, slug, 'consultation', async () => {
        await statements.closeConsultation(deps, request.actor, slug);
        return 'consultation-closed';
      });
    });

    app.post('/statements/:slug/rounds', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      statements.assertMayDraft(deps, request.actor);
      return pageAction(request, reply, slug, 'round', async () => {
        await statements.openRound(deps, request.actor, slug, request.body);
        return 'round#round';
      });
    });

    app.post('/statements/:slug/rounds/:roundId/position', async (request, reply) => {
      const { slug, roundId } = parseInput(roundParams, request.params);
      await statements.assertMayRecordPosition(deps, request.actor);
      return pageAction(request, reply, slug, 'position', async () => {
        await statements.recordPosition(deps, request.actor, slug, roundId, parseInput(positionForm, request.body));
        return 'position#round';
      });
    });

    app.post('/statements/:slug/rounds/:roundId/close', async (request, reply) => {
      const { slug, roundId } = parseInput(roundParams, request.params);
      return pageAction(request, reply, slug, 'position', async () => {
        const outcome = await statements.closeRound(deps, request.actor, slug, roundId);
        return `round-closed&outcome=${outcome}`;
      });
    });

    app.post('/statements/:slug/adopt', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      meetings.assertMayRecordDecisions(deps, request.actor);
      return pageAction(request, reply, slug, 'adopt', async () => {
        const adopted = await statements.adoptStatement(deps, request.actor, slug, parseInput(adoptForm, request.body));
        return `adopted&reference=${encodeURIComponent(adopted.reference)}`;
      });
    });

    app.post('/statements/:slug/publish', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      statements.assertMayPublish(deps, request.actor);
      return pageAction(request, reply, slug, 'publish', async () => {
        const { published_on: publishedOn } = parseInput(publishForm, request.body);
        await statements.publishStatement(deps, request.actor, slug, publishedOn);
        return 'published';
      });
    });

    app.post('/statements/:slug/withdraw', async (request, reply) => {
      const { slug } = parseInput(slugParams, request.params);
      statements.assertMayDraft(deps, request.actor);
      return pageAction(request, reply, slug, 'withdraw', async () => {
        const { reason } = parseInput(withdrawForm, request.body);
        await statements.withdrawStatement(deps, request.actor, slug, reason);
        return 'withdrawn';
      });
    });

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/statements/:slug',
        operationId: 'getStatement',
        summary: 'api.op.getStatement',
        tag: 'statements',
        access: 'everyone',
        params: slugParams,
        response: statementAnswerSchema,
      },
      async ({ params: { slug } }, request) => statements.getStatement(deps, request.actor, slug),
    );

    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/statements/:slug/rounds/:roundId/tally',
        operationId: 'getRoundTally',
        summary: 'api.op.getRoundTally',
        tag: 'statements',
        access: 'memberOrganizations',
        params: roundParams,
        response: tallyAnswerSchema,
      },
      async ({ params: { slug, roundId } }, request) => {
        const round = await statements.getRoundTally(deps, request.actor, slug, roundId);
        return { ...round, roundId: round.id, text: tallyText(viewContext(request), round.tally) };
      },
    );
  };
}
