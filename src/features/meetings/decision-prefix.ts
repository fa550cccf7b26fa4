/**
 * The prefix of the references of decisions taken at principal level ("PLM" makes PLM4/2022/3, the
 * third decision of the fourth principal-level meeting, in 2022). Each group numbers its decisions its
 * own way: the group's settings name the prefix and set it here when they load; until then the
 * prefix is the one the platform has always used. Working- and group-level meetings keep theirs.
 * A decision keeps the reference it was given: changing the prefix renames no recorded decision.
 */
import type { MeetingLevel } from './meetings.table';

export const defaultDecisionPrefix = 'PLM';

const otherLevels: Record<Exclude<MeetingLevel, 'principal'>, string> = { working: 'WLM', group: 'GLM' };

let principalPrefix = defaultDecisionPrefix;

/** Sets the group's prefix (an empty or blank one restores the default). */
export function setDecisionPrefix(prefix: string | null | undefined): void {
  principalPrefix = prefix?.trim() || defaultDecisionPrefix;
}

/** The prefix of the references of decisions taken at a level (principal level by default). */
export function decisionPrefix(level: MeetingLevel = 'principal'): string {
  return level === 'principal' ? principalPrefix : otherLevels[level];
}

/** A decision's reference: prefix, meeting number, year and decision number (PLM4/2022/3). */
export function decisionReference(level: MeetingLevel, meetingNumber: number | string, year: number, decisionNumber: number): string {
  return `${decisionPrefix(level)}${meetingNumber}/${year}/${decisionNumber}`;
}
