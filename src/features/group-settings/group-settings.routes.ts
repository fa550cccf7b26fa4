import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors, noticeKey, redirectAfterPost } from '../../http/forms';
import { sendHtml } from '../../http/reply';
import { readMultipartForm, uploadFormStatus } from '../../http/uploads';
import { viewContext } from '../../http/view-context';
import { isStale } from '../../lib/errors';
import { brandStylesheet } from '../../lib/group';
import * as groupSettings from './group-settings.service';
import { GroupSettingsPage, type GroupSettingsFormState } from './group-settings.views';

const notices = { saved: 'groupSettings.saved' } as const;

export function groupSettingsRoutes(deps: Deps): FastifyPluginAsync {
  async function render(request: FastifyRequest, reply: FastifyReply, form: GroupSettingsFormState | null, status = 200) {
    const editing = await groupSettings.groupSettingsForEditing(deps, request.actor);
    const ctx = viewContext(request);
    const key = noticeKey(notices, (request.query as Record<string, unknown>).notice);
    const data = { saved: editing.data, form: form ?? { values: editing.values, errors: {}, message: null }, notice: key ? ctx.t(key) : null };
    return sendHtml(reply, GroupSettingsPage({ ctx, data }), status);
  }

  return async (app) => {
    app.get('/admin/group', async (request, reply) => render(request, reply, null));

    app.post('/admin/group', async (request, reply) => {
      await groupSettings.groupSettingsForEditing(deps, request.actor);
      let values: Record<string, string> = {};
      try {
        const form = await readMultipartForm(request);
        values = Object.fromEntries(Object.entries(form.fields).map(([name, value]) => [name, Array.isArray(value) ? (value.at(-1) ?? '') : value]));
        const logo = form.files.find((file) => file.field === 'logo') ?? null;
        await groupSettings.updateGroupSettings(deps, request.actor, values, logo ? { bytes: logo.bytes, fileName: logo.fileName } : null);
        return redirectAfterPost(reply, '/admin/group?notice=saved');
      } catch (error) {
        const { errors, message } = formErrors(error);
        // A stale save keeps what was typed, at the version now saved: sending it again replaces that version.
        const stale = isStale(error, groupSettings.staleGroupSettings) ? error.current : null;
        const state = { values: { ...values, ...(stale ? { version: String(stale.version) } : {}) }, errors, message: stale ? viewContext(request).t('groupSettings.stale') : message };
        return render(request, reply, state, uploadFormStatus(error));
      }
    });

    // The logo and colours every page shows: public, like the pages.
    app.get('/group/logo', async (_request, reply) => {
      const logo = await groupSettings.groupLogo(deps);
      return reply
        .header('content-type', logo.mimeType)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header('cache-control', 'public, max-age=300')
        .send(logo.bytes);
    });

    app.get('/group/brand.css', async (_request, reply) => reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=60').send(brandStylesheet()));
  };
}
