/**
 * The route-access walk's machinery. What each route answers each kind of person is written in the
 * features' folders, in the words of src/features/route-access.ts: each manifest's `access`
 * (`src/features/<noun>/<noun>.access.ts`) and the app's own routes (`src/app.access.ts`).
 * docs/security.md, "The access matrix".
 */
import { appAccess } from '../../src/app.access';
import { features } from '../../src/features/features';
import { everyone, toSignIn, type Answer, type RouteAccess, type Who } from '../../src/features/route-access';

export type { Answer, Expectation, Form, RouteAccess, Who } from '../../src/features/route-access';

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

/** The owner of the routes the app registers itself, outside any feature (probes, the API's contract). */
export const appItself = 'app';

/** An entry with the name of whoever states it: a feature of the list, or the app itself. */
export interface OwnedRouteAccess extends RouteAccess {
  owner: string;
}

/** Every entry: each feature's `access` in the feature list's order, then the app's own. */
export function everyExpectation(): OwnedRouteAccess[] {
  const owners = [...features.map((feature) => ({ owner: feature.name, access: feature.access ?? [] })), { owner: appItself, access: appAccess }];
  return owners.flatMap(({ owner, access }) => access.map((entry) => ({ ...entry, owner })));
}

/** Whether a response is the expected answer. */
export function answers(expected: Answer, status: number, location: string | undefined): boolean {
  if (typeof expected === 'number') return status === expected;
  const [code, path = ''] = expected.split(' ');
  if (status !== Number(code) || location === undefined) return false;
  if (path.endsWith('*')) return location.startsWith(path.slice(0, -1));
  return location === path || location.startsWith(`${path}?`) || location.startsWith(`${path}#`);
}

/** The answer as the table would write it, for messages. */
export function describeAnswer(status: number, location: string | undefined): string {
  return location && status >= 300 && status < 400 ? `${status} ${location}` : String(status);
}

function isRefusal(answer: Answer): boolean {
  return answer === 401 || answer === 403 || answer === toSignIn;
}

/** The people an entry lets through (anything but 401, 403 or being sent to sign in): whom other tests visit a route as. */
export function whoGetsThrough(entry: RouteAccess): Who[] {
  return everyone.filter((person) => !isRefusal(entry.expect[person]));
}

/** The form an entry posts as a person. */
export function formFor(entry: RouteAccess, person: Who): Record<string, string> {
  return typeof entry.form === 'function' ? entry.form(person) : (entry.form ?? {});
}

/**
 * The first entry of each route whose URL names no record the walk makes (records.ts): for the tests
 * that visit every route once on a seeded database (the fuzz suite, the pseudo-locale, narrow screens).
 */
export function onePerRoute<Entry extends RouteAccess>(entries: readonly Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.url.includes('{') || seen.has(entry.route)) return false;
    seen.add(entry.route);
    return true;
  });
}
