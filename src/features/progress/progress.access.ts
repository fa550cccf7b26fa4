/**
 * The Plan of Action and progress reporting. The seeded sample data gives the ids: reporting period 1
 * is 2022 (open on the test day), plan item 4 is activity 1.1.2, update 1 is ICMPD's accepted sample
 * update, evidence 1 is a link on OSCE's (update 6), pledge 1 is the first of 2022. focal_point and
 * cochair are ICMPD (co-chair in 2022), other_focal_point is OSCE. {icmpdDraftUpdate} and {icmpdEvidence}
 * are ICMPD's draft and its file (test/access/records.ts).
 */
import { allowedFor, pageFor, same, signedIn, type RouteAccess } from '../route-access';

const focalPoints = ['focal_point', 'other_focal_point', 'cochair'] as const;
const reviewers = ['cochair', 'admin'] as const;
/** A draft is seen by its organization (ICMPD), the co-chairs of the year and the secretariat. */
const icmpdDraftReaders = ['focal_point', 'cochair', 'admin'] as const;

export const progressAccess: readonly RouteAccess[] = [
  { route: 'GET /plan', url: '/plan', expect: same(200) },
  { route: 'GET /api/v1/plan', url: '/api/v1/plan', expect: same(200) },
  { route: 'GET /plan/edit', url: '/plan/edit', expect: pageFor(['admin'], 200) },
  // Posted empty (400): the plan stays as it was.
  { route: 'POST /plan/edit', url: '/plan/edit?plan=icat-plan-sample', expect: allowedFor(['admin'], 400) },

  { route: 'GET /progress', url: '/progress', expect: pageFor(signedIn, 200) },
  { route: 'GET /progress/figures/:figure.csv', url: '/progress/figures/figure-priorities.csv?year=2022', expect: pageFor(signedIn, 200) },
  { route: 'GET /progress/updates.csv', url: '/progress/updates.csv?year=2022', expect: pageFor(signedIn, 200) },
  { route: 'GET /progress/indicator-values.csv', url: '/progress/indicator-values.csv?year=2022', expect: pageFor(signedIn, 200) },
  { route: 'GET /progress/export.xlsx', url: '/progress/export.xlsx?year=2022', expect: pageFor(signedIn, 200) },
  { route: 'GET /api/v1/progress', url: '/api/v1/progress?year=2022', expect: allowedFor(signedIn, 200) },
  { route: 'GET /api/v1/progress/pledges', url: '/api/v1/progress/pledges?year=2022', expect: allowedFor(signedIn, 200) },

  { route: 'GET /progress/report', url: '/progress/report', expect: pageFor([...focalPoints], 200) },
  { route: 'GET /progress/updates/new', url: '/progress/updates/new?period=1&item=4', expect: pageFor([...focalPoints], 200) },
  // Valid for ICMPD's focal point and OSCE's; the co-chair, of ICMPD too, then finds ICMPD's update on item 4 already filed (409).
  {
    route: 'POST /progress/updates',
    url: '/progress/updates',
    form: { period: '1', item: '4', status: 'on_track', narrative: 'Access test' },
    expect: allowedFor([...focalPoints], '303 /progress/updates/*', { cochair: 409 }),
  },
  // An accepted update is read by every signed-in person; a draft only by its readers.
  { route: 'GET /progress/updates/:id', url: '/progress/updates/1', expect: pageFor(signedIn, 200) },
  { route: 'GET /progress/updates/:id', url: '/progress/updates/{icmpdDraftUpdate}', expect: pageFor([...icmpdDraftReaders], 200) },
  // Update 1 is accepted: its organization's focal points reach it and are told it cannot change (409).
  { route: 'GET /progress/updates/:id/edit', url: '/progress/updates/1/edit', expect: pageFor(['focal_point', 'cochair'], 409) },
  { route: 'POST /progress/updates/:id', url: '/progress/updates/1', expect: allowedFor(['focal_point', 'cochair'], 409) },
  // Without the version the form was opened on (400), before the state is looked at.
  { route: 'POST /progress/updates/:id/submit', url: '/progress/updates/1/submit', expect: allowedFor(['focal_point', 'cochair'], 400) },
  { route: 'POST /progress/updates/:id/files', url: '/progress/updates/1/files', expect: allowedFor(['focal_point', 'cochair'], 409) },
  // Without the version (400): update 1 stays accepted.
  { route: 'POST /progress/updates/:id/accept', url: '/progress/updates/1/accept', expect: allowedFor([...reviewers], 400) },
  { route: 'POST /progress/updates/:id/return', url: '/progress/updates/1/return', expect: allowedFor([...reviewers], 400) },
  // Evidence 1 is a link, not a file: nothing to download (404) for those who may read its update.
  { route: 'GET /progress/evidence/:id', url: '/progress/evidence/1', expect: pageFor(signedIn, 404) },
  { route: 'GET /progress/evidence/:id', url: '/progress/evidence/{icmpdEvidence}', expect: pageFor([...icmpdDraftReaders], 200) },
  // Evidence 1 is on OSCE's accepted update 6: OSCE's focal point is told it cannot change (409).
  { route: 'POST /progress/evidence/:id/delete', url: '/progress/evidence/1/delete', expect: allowedFor(['other_focal_point'], 409) },

  { route: 'GET /progress/pledges', url: '/progress/pledges?year=2022', expect: pageFor(signedIn, 200) },
  // Without title and items (400): nothing created.
  { route: 'POST /progress/pledges', url: '/progress/pledges', form: { year: '2022' }, expect: allowedFor([...reviewers], 400) },
  { route: 'POST /progress/pledges/:id', url: '/progress/pledges/1', expect: allowedFor([...reviewers], 400) },

  { route: 'GET /progress/periods', url: '/progress/periods', expect: pageFor(signedIn, 200) },
  // Without dates (400): nothing created.
  { route: 'POST /progress/periods', url: '/progress/periods', form: { year: '2022' }, expect: allowedFor([...reviewers], 400) },
  { route: 'GET /progress/periods/:id', url: '/progress/periods/1', expect: pageFor(signedIn, 200) },
  // Without the version the form was opened on, nothing changes: the walk leaves the period open.
  { route: 'POST /progress/periods/:id/lock', url: '/progress/periods/1/lock', expect: allowedFor([...reviewers], 400) },
  { route: 'POST /progress/periods/:id/reopen', url: '/progress/periods/1/reopen', expect: allowedFor(['admin'], 400) },
  // Importing a period's updates from a spreadsheet: the secretariat. The walk posts no file: 415 for them.
  { route: 'GET /progress/periods/:id/import', url: '/progress/periods/1/import', expect: pageFor(['admin'], 200) },
  { route: 'POST /progress/periods/:id/import', url: '/progress/periods/1/import', expect: allowedFor(['admin'], 415) },
  { route: 'GET /progress/periods/:id/import-template.csv', url: '/progress/periods/1/import-template.csv', expect: pageFor(['admin'], 200) },
  { route: 'GET /progress/periods/:id/import-template.xlsx', url: '/progress/periods/1/import-template.xlsx', expect: pageFor(['admin'], 200) },

  // The JSON API's writes: the same people as the forms (an empty body is a 400 for them; update 1 is accepted: 409).
  { route: 'POST /api/v1/progress/updates', url: '/api/v1/progress/updates', expect: allowedFor([...focalPoints], 400) },
  { route: 'POST /api/v1/progress/updates/:id', url: '/api/v1/progress/updates/1', expect: allowedFor(['focal_point', 'cochair'], 409) },
  // Editing a reporting period: the co-chairs and the secretariat. Posted empty: the form comes back (400), nothing changes.
  { route: 'GET /progress/periods/:id/edit', url: '/progress/periods/1/edit', expect: pageFor(['cochair', 'admin'], 200) },
  { route: 'POST /progress/periods/:id/edit', url: '/progress/periods/1/edit', expect: allowedFor(['cochair', 'admin'], 400) },
];
