import { isAdmin, isCochairIn, isFocalPointOf, isMemberReader, isSignedIn } from '../../policy/actor';
import type { Rule } from '../../policy/types';

/** The secretariat and the co-chairs in office (subject.year is the current year) hold the pen. */
const holdsThePen: Rule = (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year);

export const statementRules = {
  /** A published text is public; drafts, consultations and rounds are for members. */
  'statement.read': (actor, subject) => subject.published === true || isMemberReader(actor),
  /** A person an open consultation invites (survivor advisors, say) reads the text; the service checks the invitation. */
  'statement.consultation.read': (actor) => isSignedIn(actor),
  'statement.draft': holdsThePen,
  'statement.publish': holdsThePen,
  /** Members comment on a text while it is worked on; the service checks that it is. */
  'statement.comment': (actor) => isMemberReader(actor),
  /** A person an open consultation invites comments on it; the service checks the invitation. */
  'statement.consultation.comment': (actor) => isSignedIn(actor),
  /** Resolving a comment: the pen holders, or its author (subject.accountId). */
  'statement.comment.resolve': (actor, subject) => holdsThePen(actor, subject) || (isSignedIn(actor) && actor.accountId === subject.accountId),
  /** The live tally and each entity's position while a round is open: members only, never the public. */
  'statement.round.read': (actor) => isMemberReader(actor),
  /** A member organization's position is recorded by its own focal point (subject.status is the entity's status). */
  'statement.position.record': (actor, subject) => isFocalPointOf(actor, subject.entityId) && subject.status === 'member',
} satisfies Record<string, Rule>;
