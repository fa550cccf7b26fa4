import { hasRole, isAdmin, isCochairIn, type Actor } from '../actor';
import type { Rule } from '../types';

/** People who read the members' workspace: everyone signed in except survivor advisors, who read where consulted. */
export function isMemberReader(actor: Actor | null): boolean {
  return actor !== null && (['admin', 'cochair', 'focal_point', 'member'] as const).some((role) => hasRole(actor, role));
}

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
