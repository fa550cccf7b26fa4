/**
 * The words a feature's route-access expectations are written in (`<noun>.access.ts`, named by the
 * manifest's `access`): for every route the feature registers, the exact answer each kind of person
 * gets. test/integration/route-access.test.ts walks them (docs/security.md, "The access matrix").
 * Data only: this file imports nothing, and an access file imports only this one.
 */

/** The kinds of person the walk signs in as (test/access/access.ts says who each one is), and the public. */
export type Who = 'public' | 'member' | 'focal_point' | 'other_focal_point' | 'cochair' | 'admin' | 'survivor_advisor';

export const everyone: Who[] = ['public', 'member', 'focal_point', 'other_focal_point', 'cochair', 'admin', 'survivor_advisor'];
export const signedIn: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin', 'survivor_advisor'];

/**
 * One person's answer: a status (200, 400, 403, 404, 409...), or a redirect with where it leads,
 * written '303 /login'. A redirect matches when its Location is that path, or that path followed by
 * a query or a fragment ('303 /account' matches '/account?notice=language'); a path ending in '*'
 * matches anything in its place ('303 /progress/updates/*' matches '/progress/updates/7?notice=saved').
 */
export type Answer = number | `${301 | 302 | 303} /${string}`;
export type Expectation = Record<Who, Answer>;

/** The form to post: the same for everyone, or one for each person (a fresh address each, say). */
export type Form = Record<string, string> | ((person: Who) => Record<string, string>);

export interface RouteAccess {
  /** The route as registered: "GET /members/:acronym". */
  route: string;
  /**
   * A concrete URL to request; {name} is replaced by the record of that name, which the walk makes
   * before it starts (test/access/records.ts), for what the seed does not have.
   */
  url: string;
  /** The form to post (the CSRF token is added), or a form for each person. */
  form?: Form;
  /** Post the form as multipart/form-data (without files), as a page whose form may carry files does. */
  multipart?: boolean;
  /** What each person gets. */
  expect: Expectation;
}

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
