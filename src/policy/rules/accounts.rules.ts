import { isAdmin, isFocalPointOf, isSignedIn, type Actor } from '../actor';
import type { Rule, Subject } from '../types';

const self = (actor: Actor | null, subject: Subject) => isSignedIn(actor) && actor.accountId === subject.accountId;

export const accountRules = {
  'workspace.read': (actor) => isSignedIn(actor),
  'account.read_own': self,
  'account.edit_own': self,
  /** An admin invites anyone; a focal point invites a colleague of the same organization. */
  'account.invite': (actor, subject) => isAdmin(actor) || isFocalPointOf(actor, subject.entityId),
  'account.manage': (actor) => isAdmin(actor),
  'account.require_second_factor': (actor) => isAdmin(actor),
  'audit.read': (actor) => isAdmin(actor),
  /** The job queue and the mail outbox: see what runs and failed, retry or cancel. */
  'jobs.manage': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;
