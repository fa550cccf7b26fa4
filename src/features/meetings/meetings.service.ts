/**
 * Meetings and the decisions register: meetings at principal, working and group level with their
 * agenda, participants and attendance, documents (links), minutes that lock once approved, mail
 * invitations to the focal points concerned; and the numbered, typed decisions they take
 * (PLM4/2022/3 is the third decision of the fourth principal-level meeting, held in 2022; the prefix
 * is the group's, see decision-prefix.ts). This file is the feature's public face: the work is in one
 * file per use case, re-exported here.
 *
 *   meetings.read.service.ts        reading meetings (lists, a meeting's page) and the search index
 *   meetings.editing.service.ts     creating and editing meetings, and the invitations
 *   meetings.attendance.service.ts  attendance, documents and minutes
 *   meetings.decisions.service.ts   recording decisions and reading the register
 *   meetings.calendar.service.ts    the calendar's entries
 *   meetings.seed.ts                the reference meetings and decisions `icat seed` loads
 *
 * Read functions for other features (they show public meetings unless told otherwise):
 *   listMeetings(deps, { year, includeMembersOnly? })     the meetings of a year, oldest first (at most 200)
 *   listDecisions(deps, { year, type?, includeMembersOnly? })  the decisions of a year, in register order (at most 500)
 *   findAdoptionDecision(deps, statementId)               the decision that adopted a statement, with its meeting
 *   listAdoptionDecisions(deps, statementIds)             the same for several statements at once
 * For the features that own what decisions are about (see decision-types.ts), inside their own transaction:
 *   recordDecisionWithin(trx, deps, actor, meetingId, decision)  numbers and records a decision (adoption included)
 */
export { registerDecisionType, type DecisionTypeHandler, type RecordedDecision } from './decision-types';

export {
  assertMayManageMeetings,
  assertMayRecordDecisions,
  getMeeting,
  listMeetings,
  listMeetingsPage,
  type MeetingDetail,
  meetingForEditing,
  type MeetingPage,
  reindexMeetings,
} from './meetings.read.service';
export { createMeeting, sendInvitations, staleMeeting, updateMeeting } from './meetings.editing.service';
export { addDocument, approveMinutes, recordAttendance, removeDocument, saveMinutes } from './meetings.attendance.service';
export {
  type AdoptionDecision,
  decide,
  decisionChoices,
  decisionLinks,
  type DecisionPage,
  decisionSubjects,
  type DecisionToRecord,
  findAdoptionDecision,
  listAdoptionDecisions,
  listDecisions,
  listDecisionsPage,
  listMeetingsForDecisions,
  recordDecision,
  recordDecisionWithin,
} from './meetings.decisions.service';
export { type CalendarEntry, getCalendarEntry, listCalendarEntries } from './meetings.calendar.service';
export { findMeetingIdByNumber, hasReferenceDecision, loadReferenceDecision, loadReferenceMeeting, type ReferenceDecision, type ReferenceMeeting } from './meetings.seed';
