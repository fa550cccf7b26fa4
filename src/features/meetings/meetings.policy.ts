import { isAdmin, isCochairIn, isMemberReader } from '../../policy/actor';
import type { Rule } from '../../policy/types';

/** The secretariat and the co-chairs in office (subject.year is the current year) run the meetings. */
const runsMeetings: Rule = (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year);

export const meetingRules = {
  /** A public meeting (and its decisions) is for everyone; the others for members. */
  'meeting.read': (actor, subject) => subject.published === true || isMemberReader(actor),
  /** Draft minutes are the members' working record; approved minutes of a public meeting are public. */
  'meeting.minutes.read': (actor, subject) => isMemberReader(actor) || (subject.published === true && subject.status === 'approved'),
  'meeting.manage': runsMeetings,
  'meeting.minutes.approve': runsMeetings,
  'meeting.invite': runsMeetings,
  'decision.record': runsMeetings,
} satisfies Record<string, Rule>;
