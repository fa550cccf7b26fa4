import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { noticeKey, redirectAfterPost } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import type { MessageKey } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import * as groupMail from '../groups/notifications.service';
import * as notifications from './notifications.service';
import { notificationListQuery, notificationParams, preferencesForm } from './notifications.schemas';
import { NotificationsPage, PreferencesPage } from './notifications.views';
import { keptForPerson } from '../../http/page-cache';

const notices: Record<string, MessageKey> = { read: 'notifications.notice.read', 'all-read': 'notifications.notice.allRead', saved: 'preferences.saved' };

export function notificationsRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/notifications', keptForPerson, async (request, reply) => {
      const { page } = parseInput(notificationListQuery, request.query);
      const ctx = viewContext(request);
      const key = noticeKey(notices, ctx.query.notice);
      return sendHtml(reply, NotificationsPage({ ctx, page: await notifications.listNotifications(deps, request.actor, page), notice: key ? ctx.t(key) : null }));
    });

    app.post('/notifications/:id/read', async (request, reply) => {
      const { id } = parseInput(notificationParams, request.params);
      await notifications.markRead(deps, request.actor, id);
      return redirectAfterPost(reply, '/notifications?notice=read');
    });

    app.post('/notifications/read-all', async (request, reply) => {
      await notifications.markAllRead(deps, request.actor);
      return redirectAfterPost(reply, '/notifications?notice=all-read');
    });

    app.get('/account/notifications', async (request, reply) => {
      const ctx = viewContext(request);
      const key = noticeKey(notices, ctx.query.notice);
      const preferences = await notifications.getPreferences(deps, request.actor);
      const groups = await groupMail.listOwnSubscriptions(deps, request.actor);
      return sendHtml(reply, PreferencesPage({ ctx, preferences, groups, notice: key ? ctx.t(key) : null }));
    });

    app.post('/account/notifications', async (request, reply) => {
      notifications.assertMayChoose(request.actor);
      await notifications.setPreferences(deps, request.actor, parseInput(preferencesForm, request.body));
      return redirectAfterPost(reply, '/account/notifications?notice=saved');
    });
  };
}
