import { allowedFor, pageFor, type RouteAccess, type Who } from '../route-access';

/** Members read translations; the survivor advisors and the public do not (the public reads approved ones on the text's page). */
const members: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin'];
/** The secretariat, the co-chairs and focal points write translations (a focal point edits only their organization's). */
const writers: Who[] = ['focal_point', 'other_focal_point', 'cochair', 'admin'];
// The seed's first statement; it has no translation, so a page of one answers 404 to those let through.
const text = '/translations/statement/1';

export const translationsAccess: readonly RouteAccess[] = [
  { route: 'GET /translations/:kind/:ref', url: text, expect: pageFor(members, 200) },
  // Posted empty (400): no translation is made, so the pages of one are not found (404) below.
  { route: 'POST /translations/:kind/:ref', url: text, expect: allowedFor(writers, 400) },
  { route: 'GET /translations/:kind/:ref/:lang', url: `${text}/fr`, expect: pageFor(members, 404) },
  { route: 'POST /translations/:kind/:ref/:lang', url: `${text}/fr`, expect: allowedFor(writers, 404) },
  { route: 'POST /translations/:kind/:ref/:lang/approve', url: `${text}/fr/approve`, expect: allowedFor(['admin'], 404) },
  { route: 'GET /translations/:kind/:ref/:lang/diff', url: `${text}/fr/diff?from=1&to=2`, expect: pageFor(members, 404) },
];
