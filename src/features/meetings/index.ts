/** Meetings, their agendas and minutes, and the register of decisions. */
import type { Feature } from '../feature';
import { meetingRules } from './meetings.policy';
import { meetingsRoutes } from './meetings.routes';
import type { MeetingsTables } from './meetings.table';
import { meetingsMessages } from './meetings.messages';
import { meetingsAccess } from './meetings.access';

export const meetingsFeature: Feature<MeetingsTables> = {
  name: 'meetings',
  messages: meetingsMessages,
  routes: [meetingsRoutes],
  access: meetingsAccess,
  rules: meetingRules,
};
