/**
 * Who may reach which route. Every route the app registers must have an entry in one of the
 * *.access.ts files beside this one; the access test fails on a route without one.
 */
export type Who = 'public' | 'member' | 'focal_point' | 'other_focal_point' | 'cochair' | 'admin' | 'survivor_advisor';

export const everyone: Who[] = ['public', 'member', 'focal_point', 'other_focal_point', 'cochair', 'admin', 'survivor_advisor'];
export const signedIn: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin', 'survivor_advisor'];

/**
 * The people the test signs in as. focal_point and cochair belong to ICMPD (which chairs in 2022, the
 * test's year); other_focal_point to OSCE. Use ICMPD in URLs of records that belong to an organization.
 */
export const people: Record<Exclude<Who, 'public'>, { roles: ('admin' | 'cochair' | 'focal_point' | 'member' | 'survivor_advisor')[]; entity?: string }> = {
  member: { roles: ['member'], entity: 'UNODC' },
  focal_point: { roles: ['focal_point'], entity: 'ICMPD' },
  other_focal_point: { roles: ['focal_point'], entity: 'OSCE' },
  cochair: { roles: ['cochair', 'focal_point'], entity: 'ICMPD' },
  admin: { roles: ['admin'], entity: 'UNODC' },
  survivor_advisor: { roles: ['survivor_advisor'] },
};

export interface RouteAccess {
  /** The route as registered: "GET /members/:acronym". */
  route: string;
  /** A concrete URL to request. */
  url: string;
  /** The form to post (the CSRF token is added). */
  form?: Record<string, string>;
  /** Who gets through; everyone else must be refused (401, 403, or sent to sign in). */
  allow: Who[];
}
