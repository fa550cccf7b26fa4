import type { RouteAccess, Who } from './access';

/** Members read translations; the survivor advisors and the public do not (the public reads approved ones on the text's page). */
const members: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin'];
/** The secretariat, the co-chairs and focal points write translations (a focal point edits only their organization's). */
const writers: Who[] = ['focal_point', 'other_focal_point', 'cochair', 'admin'];
// The seed's first statement; it has no translation, so a page of one answers 404 to those let through.
const text = '/translations/statement/1';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /translations/:kind/:ref', url: text, allow: members },
  { route: 'POST /translations/:kind/:ref', url: text, allow: writers },
  { route: 'GET /translations/:kind/:ref/:lang', url: `${text}/fr`, allow: members },
  { route: 'POST /translations/:kind/:ref/:lang', url: `${text}/fr`, allow: writers },
  { route: 'POST /translations/:kind/:ref/:lang/approve', url: `${text}/fr/approve`, allow: ['admin'] },
  { route: 'GET /translations/:kind/:ref/:lang/diff', url: `${text}/fr/diff?from=1&to=2`, allow: members },
];
