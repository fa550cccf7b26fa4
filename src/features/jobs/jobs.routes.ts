import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { redirectAfterPost } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { parseInput } from '../../lib/validation';
import * as mail from '../mail/mail.service';
import { jobParams, jobsQuery, mailParams } from './jobs.schemas';
import * as jobs from './jobs.service';
import { JobsPage, jobsNotices, type JobsNotice } from './jobs.views';

export function jobsRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin/jobs', async (request, reply) => {
      const query = parseInput(jobsQuery, request.query);
      const overview = await jobs.getJobsOverview(deps, request.actor, query);
      const notice = (request.query as Record<string, string>).notice;
      const shown = notice && notice in jobsNotices ? (notice as JobsNotice) : null;
      return sendHtml(reply, JobsPage({ ctx: viewContext(request), query, overview, notice: shown }));
    });

    app.post('/admin/jobs/:id/retry', async (request, reply) => {
      const { id } = parseInput(jobParams, request.params);
      await jobs.retryJob(deps, request.actor, id);
      return redirectAfterPost(reply, '/admin/jobs?jobs=waiting&notice=retried');
    });

    app.post('/admin/jobs/:id/cancel', async (request, reply) => {
      const { id } = parseInput(jobParams, request.params);
      await jobs.cancelJob(deps, request.actor, id);
      return redirectAfterPost(reply, '/admin/jobs?jobs=failed&notice=cancelled');
    });

    app.post('/admin/jobs/mail/:id/retry', async (request, reply) => {
      const { id } = parseInput(mailParams, request.params);
      await mail.retryMail(deps, request.actor, id);
      return redirectAfterPost(reply, '/admin/jobs?mail=queued&notice=mailRetried');
    });

    app.post('/admin/jobs/search-index', async (request, reply) => {
      await jobs.rebuildSearchIndex(deps, request.actor);
      return redirectAfterPost(reply, '/admin/jobs?jobs=waiting&notice=reindex');
    });
  };
}
