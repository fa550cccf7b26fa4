/** My work, and the counts beside the navigation's links. */
import type { Feature } from '../feature';
import { workRoutes } from './work.routes';
import { workMessages } from './work.messages';
import { workAccess } from './work.access';

export const workFeature: Feature = {
  name: 'work',
  messages: workMessages,
  routes: [workRoutes],
  access: workAccess,
};
