/** My work, and the counts beside the navigation's links. */
import type { Feature } from '../feature';
import { workRoutes } from './work.routes';

export const workFeature: Feature = {
  name: 'work',
  routes: [workRoutes],
};
