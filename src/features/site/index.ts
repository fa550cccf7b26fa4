/** The public site's home, feed and sitemap. */
import type { Feature } from '../feature';
import { siteRoutes } from './site.routes';

export const siteFeature: Feature = {
  name: 'site',
  routes: [siteRoutes],
};
