/** Meetings, their agendas and minutes, and the register of decisions. */
import type { Feature } from '../feature';
import { meetingRules } from './meetings.policy';
import { meetingsRoutes } from './meetings.routes';
import type { MeetingsTables } from './meetings.table';

export const meetingsFeature: Feature<MeetingsTables> = {
  name: 'meetings',
  routes: [meetingsRoutes],
  rules: meetingRules,
};
