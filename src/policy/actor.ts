import type { Locale } from '../lib/i18n';
/** Who acts: a signed-in account with its organization and roles, or null for the public. */
export type Role = 'admin' | 'cochair' | 'focal_point' | 'member' | 'survivor_advisor';

export interface Actor {
  accountId: number;
  name: string;
  email: string;
  entityId: number | null;
  entityAcronym: string | null;
  roles: Role[];
  /** The years in which this account acts as co-chair: it has the cochair role and its entity chairs. */
  cochairYears: number[];
  /** The session behind this request, if any (API tokens have none). */
  sessionId: string | null;
  /** The language the person chose, if any. */
  locale: Locale | null;
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor?.roles.includes(role) ?? false;
}

export function isAdmin(actor: Actor | null): boolean {
  return hasRole(actor, 'admin');
}

export function isSignedIn(actor: Actor | null): actor is Actor {
  return actor !== null;
}

/** People who read the members' workspace: everyone signed in except survivor advisors, who read where consulted. */
export function isMemberReader(actor: Actor | null): boolean {
  return actor !== null && (['admin', 'cochair', 'focal_point', 'member'] as const).some((role) => hasRole(actor, role));
}

/** A focal point writes for their own organization only. */
export function isFocalPointOf(actor: Actor | null, entityId: number | null | undefined): boolean {
  return actor !== null && hasRole(actor, 'focal_point') && entityId !== null && entityId !== undefined && actor.entityId === entityId;
}

/** A co-chair's right holds in the years of the term, and ends with it. */
export function isCochairIn(actor: Actor | null, year: number | undefined): boolean {
  return actor !== null && year !== undefined && actor.cochairYears.includes(year);
}

/** A co-chair whose term is not this year: shown why the co-chairs' actions are not offered. */
export function isCochairOutOfTerm(actor: Actor | null, year: number): boolean {
  return hasRole(actor, 'cochair') && !isAdmin(actor) && !isCochairIn(actor, year);
}

/** Why a co-chair is not offered the co-chairs' actions this year: the year, and the years of their term. */
export interface OutOfTerm {
  year: number;
  termYears: number[];
}

export function outOfTermReason(actor: Actor | null, year: number): OutOfTerm | null {
  return actor && isCochairOutOfTerm(actor, year) ? { year, termYears: actor.cochairYears } : null;
}

/** The command line acts as the secretariat, without an account; the audit log names it. */
export function commandLineActor(name = 'icat command line'): Actor {
  return { accountId: 0, name, email: 'cli', entityId: null, entityAcronym: null, roles: ['admin'], cochairYears: [], sessionId: null, locale: null };
}

/** How a text's history names who wrote a version: the person, with their organization. */
export function authorLabel(actor: Actor): string {
  return actor.entityAcronym ? `${actor.name} (${actor.entityAcronym})` : actor.name;
}

/** The account behind an action, or null for the command line (which has none). */
export function accountIdOf(actor: Actor | null): number | null {
  return actor && actor.accountId > 0 ? actor.accountId : null;
}
