import { allowedFor, pageFor, same, type RouteAccess, type Who } from '../route-access';

/** 2022 is the test year: its report is a draft, which only its co-chairs (ICMPD, UNODC) and the secretariat see. */
const preparers: Who[] = ['cochair', 'admin'];

export const reportsAccess: readonly RouteAccess[] = [
  { route: 'GET /reports', url: '/reports', expect: same(200) },
  { route: 'GET /reports/:year', url: '/reports/2022', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/report.:format', url: '/reports/2022/report.html', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/figures/:figure.csv', url: '/reports/2022/figures/figure-membership.csv', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/updates.csv', url: '/reports/2022/updates.csv', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/members.csv', url: '/reports/2022/members.csv', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/pledges.csv', url: '/reports/2022/pledges.csv', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/decisions.csv', url: '/reports/2022/decisions.csv', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/plan.csv', url: '/reports/2022/plan.csv', expect: pageFor(preparers, 200) },
  { route: 'GET /reports/:year/edit', url: '/reports/2022/edit', expect: pageFor(preparers, 200) },
  // A stale version: the people allowed get 409 and nothing changes for the entries after this one.
  { route: 'POST /reports/:year/narratives/:key', url: '/reports/2022/narratives/foreword', form: { markdown: 'Access test', version: '999' }, expect: allowedFor(preparers, 409) },
  { route: 'POST /reports/:year/preview', url: '/reports/2022/preview', form: { markdown: '**Access** test' }, expect: allowedFor(preparers, 200) },
  // No format chosen: refused with 400 for the people allowed, so no job runs.
  { route: 'POST /reports/:year/generate', url: '/reports/2022/generate', form: { formats: 'none' }, expect: allowedFor(preparers, 400) },
  { route: 'GET /reports/:year/jobs/:id', url: '/reports/2022/jobs/999999', expect: pageFor(preparers, 404) },
  { route: 'POST /reports/:year/finalize', url: '/reports/2022/finalize', form: { version: '999' }, expect: allowedFor(preparers, 409) },
  { route: 'POST /reports/:year/publish', url: '/reports/2022/publish', form: { version: '999' }, expect: allowedFor(preparers, 409) },
  // Reopening a final report is for the secretariat only; the draft answers 409 (not final) to the admin.
  { route: 'POST /reports/:year/reopen', url: '/reports/2022/reopen', form: { version: '999' }, expect: allowedFor(['admin'], 409) },
  { route: 'GET /api/v1/reports', url: '/api/v1/reports', expect: same(200) },
  { route: 'GET /api/v1/reports/:year', url: '/api/v1/reports/2022', expect: allowedFor(preparers, 200) },
];
