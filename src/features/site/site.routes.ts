import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../deps';
import { sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import type { MessageKey } from '../../lib/i18n';
import { atomFeed, sitemapXml } from './site.feed';
import { availableLocales } from '../../lib/i18n';
import * as site from './site.service';
import { HomePage, StatementsPage } from './site.views';
import { cachedForVisitors } from '../../http/page-cache';

export function siteRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get('/', cachedForVisitors, async (request, reply) => {
      return sendHtml(reply, HomePage({ ctx: viewContext(request), home: await site.getHome(deps) }));
    });

    app.get('/statements', cachedForVisitors, async (request, reply) => {
      return sendHtml(reply, StatementsPage({ ctx: viewContext(request), data: await site.getStatementsListing(deps) }));
    });

    // The annual reports have one list, /reports; this address stays for links made before.
    app.get('/annual-reports', async (_request, reply) => reply.redirect('/reports', 301));

    app.get('/feed.atom', cachedForVisitors, async (request, reply) => {
      const { t } = viewContext(request);
      const entries = await site.feedEntries(deps, {
        publication: (item) => t(`publication.kind.${item.kind}` as MessageKey),
        statement: t('search.kind.statement'),
      });
      const updated = entries[0]?.updated ?? new Date(0);
      const body = atomFeed({ publicUrl: deps.config.publicUrl, title: t('feed.title'), subtitle: t('feed.subtitle'), updated }, entries);
      return reply.type('application/atom+xml; charset=utf-8').send(body);
    });

    app.get('/sitemap.xml', cachedForVisitors, async (_request, reply) => {
      return reply.type('application/xml; charset=utf-8').send(sitemapXml(deps.config.publicUrl, await site.sitemapUrls(deps), availableLocales()));
    });
  };
}
