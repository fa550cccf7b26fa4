import { hasRole, isAdmin, isCochairIn, isFocalPointOf, isMemberReader } from '../../policy/actor';
import type { Rule } from '../../policy/types';

/**
 * Translations of statements, publications, events and report sections. subject.year is the year
 * whose co-chairs hold the pen on the text; subject.entityId the organization that added the translation.
 */
export const translationRules = {
  /** Translations in the workspace, official or not: the members (the public reads approved ones on the text's page). */
  'translation.read': (actor) => isMemberReader(actor),
  /** Adding a translation: the secretariat, the co-chairs of the year, and a focal point for their organization. */
  'translation.add': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year) || hasRole(actor, 'focal_point'),
  /** A new version: the secretariat, the co-chairs of the year, and the focal points of the organization that added it. */
  'translation.edit': (actor, subject) => isAdmin(actor) || isCochairIn(actor, subject.year) || isFocalPointOf(actor, subject.entityId),
  /** Making a version the official translation: the secretariat only. */
  'translation.approve': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
