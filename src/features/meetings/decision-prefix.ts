/**
 * Decision references: a prefix by meeting level, the meeting's number, the year and the decision's
 * number ("PLM4/2022/3", the third decision of the fourth principal-level meeting, in 2022). Each
 * group numbers its decisions its own way: the prefixes are the group's settings (/admin/group).
 * A decision keeps the reference it was given: changing a prefix renames no recorded decision.
 */
import { groupIdentity } from '../../lib/group';
import type { MeetingLevel } from './meetings.table';

/** The prefix of the references of decisions taken at a level (principal level by default). */
export function decisionPrefix(level: MeetingLevel = 'principal'): string {
  return groupIdentity('en').decisionPrefixes[level];
}

/** A decision's reference: prefix, meeting number, year and decision number (PLM4/2022/3). */
export function decisionReference(level: MeetingLevel, meetingNumber: number | string, year: number, decisionNumber: number): string {
  return `${decisionPrefix(level)}${meetingNumber}/${year}/${decisionNumber}`;
}
