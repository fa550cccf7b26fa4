import { isAdmin, isFocalPointOf, isSignedIn, type Actor } from '../../policy/actor';
import type { Rule, Subject } from '../../policy/types';

const self = (actor: Actor | null, subject: Subject) => isSignedIn(actor) && actor.accountId === subject.accountId;

export const accountRules = {
  'workspace.read': (actor) => isSignedIn(actor),
  'account.read_own': self,
  'account.edit_own': self,
  /** An admin invites anyone; a focal point invites a colleague of the same organization. */
  'account.invite': (actor, subject) => isAdmin(actor) || isFocalPointOf(actor, subject.entityId),
  'account.manage': (actor) => isAdmin(actor),
  'account.require_second_factor': (actor) => isAdmin(actor),
  /** An account made at a first sign-in through an identity provider: an admin, or a focal point of its organization, lets it in. */
  'account.approve': (actor, subject) => isAdmin(actor) || isFocalPointOf(actor, subject.entityId),
  /** The identity providers people sign in through, and whether their new accounts wait for approval. */
  'identity_providers.manage': (actor) => isAdmin(actor),
  'audit.read': (actor) => isAdmin(actor),
  /** The job queue and the mail outbox: see what runs and failed, retry or cancel. */
  'jobs.manage': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
