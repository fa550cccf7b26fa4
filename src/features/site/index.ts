/** The public site's home, feed and sitemap. */
import type { Feature } from '../feature';
import { siteRoutes } from './site.routes';
import { siteMessages } from './site.messages';
import { siteAccess } from './site.access';

export const siteFeature: Feature = {
  name: 'site',
  messages: siteMessages,
  routes: [siteRoutes],
  access: siteAccess,
};
