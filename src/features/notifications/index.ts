/** Hand-offs, each person's choices of what to be told, and the daily digest. */
import type { Feature } from '../feature';
import { notificationsRoutes } from './notifications.routes';
import type { NotificationsTables } from './notifications.table';
import { notificationsMessages } from './notifications.messages';
import { notificationsAccess } from './notifications.access';

export const notificationsFeature: Feature<NotificationsTables> = {
  name: 'notifications',
  messages: notificationsMessages,
  routes: [notificationsRoutes],
  access: notificationsAccess,
};
