/**
 * The Plan of Action and progress reporting. The seeded sample data gives the ids: reporting period 1
 * is 2022 (open on the test day), plan item 4 is activity 1.1.2, update 1 is ICMPD's accepted sample
 * update, evidence 1 is a link on OSCE's (update 6), pledge 1 is the first of 2022. focal_point and
 * cochair are ICMPD (co-chair in 2022), other_focal_point is OSCE.
 */
import { everyone, signedIn, type RouteAccess } from './access';

const focalPoints = ['focal_point', 'other_focal_point', 'cochair'] as const;
const reviewers = ['cochair', 'admin'] as const;

export const routeAccess: RouteAccess[] = [
  { route: 'GET /plan', url: '/plan', allow: everyone },
  { route: 'GET /api/v1/plan', url: '/api/v1/plan', allow: everyone },
  { route: 'GET /plan/edit', url: '/plan/edit', allow: ['admin'] },
  { route: 'POST /plan/edit', url: '/plan/edit?plan=icat-plan-sample', allow: ['admin'] },

  { route: 'GET /progress', url: '/progress', allow: signedIn },
  { route: 'GET /progress/figures/:figure.csv', url: '/progress/figures/figure-priorities.csv?year=2022', allow: signedIn },
  { route: 'GET /progress/updates.csv', url: '/progress/updates.csv?year=2022', allow: signedIn },
  { route: 'GET /progress/indicator-values.csv', url: '/progress/indicator-values.csv?year=2022', allow: signedIn },
  { route: 'GET /progress/export.xlsx', url: '/progress/export.xlsx?year=2022', allow: signedIn },
  { route: 'GET /api/v1/progress', url: '/api/v1/progress?year=2022', allow: signedIn },
  { route: 'GET /api/v1/progress/pledges', url: '/api/v1/progress/pledges?year=2022', allow: signedIn },

  { route: 'GET /progress/report', url: '/progress/report', allow: [...focalPoints] },
  { route: 'GET /progress/updates/new', url: '/progress/updates/new?period=1&item=4', allow: [...focalPoints] },
  { route: 'POST /progress/updates', url: '/progress/updates', form: { period: '1', item: '4', status: 'on_track', narrative: 'Access test' }, allow: [...focalPoints] },
  { route: 'GET /progress/updates/:id', url: '/progress/updates/1', allow: signedIn },
  // Update 1 is accepted: its organization's focal points reach it and are told it cannot change (409).
  { route: 'GET /progress/updates/:id/edit', url: '/progress/updates/1/edit', allow: ['focal_point', 'cochair'] },
  { route: 'POST /progress/updates/:id', url: '/progress/updates/1', allow: ['focal_point', 'cochair'] },
  { route: 'POST /progress/updates/:id/submit', url: '/progress/updates/1/submit', allow: ['focal_point', 'cochair'] },
  { route: 'POST /progress/updates/:id/files', url: '/progress/updates/1/files', allow: ['focal_point', 'cochair'] },
  { route: 'POST /progress/updates/:id/accept', url: '/progress/updates/1/accept', allow: [...reviewers] },
  { route: 'POST /progress/updates/:id/return', url: '/progress/updates/1/return', allow: [...reviewers] },
  { route: 'GET /progress/evidence/:id', url: '/progress/evidence/1', allow: signedIn },
  { route: 'POST /progress/evidence/:id/delete', url: '/progress/evidence/1/delete', allow: ['other_focal_point'] },

  { route: 'GET /progress/pledges', url: '/progress/pledges?year=2022', allow: signedIn },
  { route: 'POST /progress/pledges', url: '/progress/pledges', form: { year: '2022' }, allow: [...reviewers] },
  { route: 'POST /progress/pledges/:id', url: '/progress/pledges/1', allow: [...reviewers] },

  { route: 'GET /progress/periods', url: '/progress/periods', allow: signedIn },
  { route: 'POST /progress/periods', url: '/progress/periods', form: { year: '2022' }, allow: [...reviewers] },
  { route: 'GET /progress/periods/:id', url: '/progress/periods/1', allow: signedIn },
  // Without the version the form was opened on, nothing changes: the walk leaves the period open.
  { route: 'POST /progress/periods/:id/lock', url: '/progress/periods/1/lock', allow: [...reviewers] },
  { route: 'POST /progress/periods/:id/reopen', url: '/progress/periods/1/reopen', allow: ['admin'] },
  // Importing a period's updates from a spreadsheet: the secretariat. The walk posts no file: 415 for them.
  { route: 'GET /progress/periods/:id/import', url: '/progress/periods/1/import', allow: ['admin'] },
  { route: 'POST /progress/periods/:id/import', url: '/progress/periods/1/import', allow: ['admin'] },
  { route: 'GET /progress/periods/:id/import-template.csv', url: '/progress/periods/1/import-template.csv', allow: ['admin'] },
  { route: 'GET /progress/periods/:id/import-template.xlsx', url: '/progress/periods/1/import-template.xlsx', allow: ['admin'] },

  // The JSON API's writes: the same people as the forms (an empty body is a 400 for them; update 1 is accepted: 409).
  { route: 'POST /api/v1/progress/updates', url: '/api/v1/progress/updates', allow: [...focalPoints] },
  { route: 'POST /api/v1/progress/updates/:id', url: '/api/v1/progress/updates/1', allow: ['focal_point', 'cochair'] },
];
