import { hasRole, isAdmin, isCochairIn, isSignedIn, type Actor } from '../../policy/actor';
import type { Rule, Subject } from '../../policy/types';

/** The actor's organization is one of the group's member entities (subject.entityIds). */
const inGroup = (actor: Actor | null, subject: Subject) => actor !== null && actor.entityId !== null && (subject.entityIds ?? []).includes(actor.entityId);

export const groupRules = {
  /** The list of groups, their names and mandates: anyone signed in. */
  'group.list': (actor) => isSignedIn(actor),
  /** Posts, replies, files and the coordination view: people of the group's member entities, and admins. */
  'group.read': (actor, subject) => isAdmin(actor) || inGroup(actor, subject),
  'group.post': (actor, subject) => inGroup(actor, subject) || isAdmin(actor),
  /** Editing or deleting a post or reply: its author, and admins. */
  'group.post.edit': (actor, subject) => isAdmin(actor) || (isSignedIn(actor) && subject.accountId === actor.accountId),
  /** Creating a group: the secretariat and the co-chairs of the year (subject.year). */
  'group.create': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year),
  /**
   * Editing a group, its members, closing it: the secretariat, the co-chairs of the year, and the
   * focal points of its convening entities (subject.entityIds holds the conveners here).
   */
  'group.manage': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year) || (hasRole(actor, 'focal_point') && inGroup(actor, subject)),
} satisfies Record<string, Rule>;
