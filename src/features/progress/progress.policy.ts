import { isAdmin, isCochairIn, isFocalPointOf, isSignedIn } from '../../policy/actor';
import type { Rule } from '../../policy/types';

/**
 * The Plan of Action and progress reporting. Subjects carry the year of the term (a co-chair's right
 * holds in its term only) and the organization an update belongs to.
 */
export const progressRules = {
  /** Writing or importing the Plan of Action: the secretariat. */
  'plan.edit': (actor) => isAdmin(actor),
  /** Progress is workspace material: accepted updates, pledges, the dashboard and exports. */
  'progress.read': (actor) => isSignedIn(actor),
  /** Drafts, submitted and returned updates: the organization's own people, that year's co-chairs, the secretariat. */
  'progress.read_unaccepted': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year) || (isSignedIn(actor) && actor.entityId !== null && actor.entityId === subject.entityId),
  /** A focal point files and edits updates for their own organization only. */
  'progress.file': (actor, subject) => isFocalPointOf(actor, subject.entityId),
  /** Importing updates for every organization from a spreadsheet (the secretariat collects them by mail). */
  'progress.import': (actor) => isAdmin(actor),
  /** Accepting or returning an update: the co-chairs of that year, and the secretariat. */
  'progress.review': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year),
  /** Opening, locking reporting periods and writing pledges: the co-chairs of that year, and the secretariat. */
  'progress.period.manage': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year),
  'progress.pledge.manage': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year),
  /** After the lock only the secretariat reopens a period. */
  'progress.period.reopen': (actor) => isAdmin(actor),
  /** Sending the deadline reminders (the command line acts as the secretariat). */
  'progress.remind': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
