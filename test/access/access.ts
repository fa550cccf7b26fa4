/**
 * Who gets what from which route. Every route the app registers must have an entry in one of the
 * *.access.ts files beside this one; the access test fails on a route without one. An entry states
 * the exact answer each kind of person gets (docs/security.md, "The access matrix").
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

/**
 * One person's answer: a status (200, 400, 403, 404, 409...), or a redirect with where it leads,
 * written '303 /login'. A redirect matches when its Location is that path, or that path followed by
 * a query or a fragment ('303 /account' matches '/account?notice=language'); a path ending in '*'
 * matches anything in its place ('303 /progress/updates/*' matches '/progress/updates/7?notice=saved').
 */
export type Answer = number | `${301 | 302 | 303} /${string}`;
export type Expectation = Record<Who, Answer>;

/** Records the walk makes before it starts (see records.ts), named in URLs as {name}. */
export type Form = Record<string, string> | ((person: Who) => Record<string, string>);

export interface ExactAccess {
  /** The route as registered: "GET /members/:acronym". */
  route: string;
  /** A concrete URL to request; {name} is replaced by the record of that name (records.ts). */
  url: string;
  /** The form to post (the CSRF token is added), or a form for each person. */
  form?: Form;
  /** Post the form as multipart/form-data (without files), as a page whose form may carry files does. */
  multipart?: boolean;
  /** What each person gets. */
  expect: Expectation;
}

/**
 * The first shape of an entry, still read: `allow` lists who gets through, and the walk checks only
 * that the others are refused (401, 403, or sent to sign in) and the allowed are not. Write new
 * entries with `expect`: `allow: L` becomes `expect: allowedFor(L, <their status>)` (or pageFor).
 */
export interface AllowListAccess {
  route: string;
  url: string;
  form?: Form;
  multipart?: boolean;
  allow: Who[];
}

export type RouteAccess = ExactAccess | AllowListAccess;

/** Where the public is sent from a page that needs a sign-in. */
export const toSignIn: Answer = '303 /login';

/** Answers that differ from the rule: for `public`, for everyone else refused (`others`), or for one person. */
export type Exceptions = Partial<Record<Who | 'others', Answer>>;

/**
 * The allowed get `status`; the public is refused with 401 and everyone else with 403, unless
 * `exceptions` says otherwise. For forms, actions and the JSON API.
 */
export function allowedFor(allowed: readonly Who[], status: Answer, exceptions: Exceptions = {}): Expectation {
  return expectation(allowed, status, exceptions, { public: 401, others: 403 });
}

/** As allowedFor, for a page: the public is sent to sign in ('303 /login') when it is not allowed. */
export function pageFor(allowed: readonly Who[], status: Answer, exceptions: Exceptions = {}): Expectation {
  return expectation(allowed, status, exceptions, { public: toSignIn, others: 403 });
}

/** Everyone gets the same answer, signed in or not, unless `exceptions` names someone. */
export function same(answer: Answer, exceptions: Exceptions = {}): Expectation {
  return expectation(everyone, answer, exceptions, { public: answer, others: answer });
}

function expectation(allowed: readonly Who[], status: Answer, exceptions: Exceptions, refusals: { public: Answer; others: Answer }): Expectation {
  const result = {} as Expectation;
  for (const person of everyone) {
    const own = exceptions[person];
    if (own !== undefined) result[person] = own;
    else if (allowed.includes(person)) result[person] = status;
    else result[person] = person === 'public' ? refusals.public : (exceptions.others ?? refusals.others);
  }
  return result;
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
  if ('allow' in entry) return entry.allow;
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
export function onePerRoute(entries: RouteAccess[]): RouteAccess[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.url.includes('{') || seen.has(entry.route)) return false;
    seen.add(entry.route);
    return true;
  });
}
