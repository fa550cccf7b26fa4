import { isAdmin, isCochairIn, type Actor } from '../../policy/actor';
import type { Rule, Subject } from '../../policy/types';

/** The co-chairs of the report's year, and the secretariat. */
const cochairOrAdmin = (actor: Actor | null, subject: Subject) => isAdmin(actor) || isCochairIn(actor, subject.year);

export const reportRules = {
  /** A published report is public; a draft or final one is seen by its co-chairs and the secretariat. */
  'report.read': (actor, subject) => subject.status === 'published' || cochairOrAdmin(actor, subject),
  /** Writing the narrative sections (foreword, …) of a draft. */
  'report.edit': cochairOrAdmin,
  /** Generating the HTML, PDF and DOCX files (a background job). */
  'report.generate': cochairOrAdmin,
  /** Freezing the data: later edits elsewhere no longer change the report. */
  'report.finalize': cochairOrAdmin,
  'report.publish': cochairOrAdmin,
  /** Taking a final report back to draft (its data is compiled afresh): the secretariat only. */
  'report.reopen': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
