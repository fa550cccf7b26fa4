import { everyone, type RouteAccess, type Who } from './access';

/** Members read texts in every state and comment on them; survivor advisors only where a consultation invites them. */
const members: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin'];
/** The secretariat and the co-chairs in office hold the pen. */
const pen: Who[] = ['cochair', 'admin'];
/** Focal points of member organizations record their organization's position. */
const focalPoints: Who[] = ['focal_point', 'other_focal_point', 'cochair'];
// The seed's Call to Action is published; its round (2) is closed. Changes to it answer 409 to those allowed.
const published = '/statements/call-to-action-humanitarian-crises-2022';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /statements/workspace', url: '/statements/workspace', allow: members },
  { route: 'GET /statements/new', url: '/statements/new', allow: pen },
  { route: 'POST /statements/new', url: '/statements/new', allow: pen },
  { route: 'GET /statements/:slug', url: published, allow: everyone },
  { route: 'GET /statements/:slug/edit', url: `${published}/edit`, allow: pen },
  { route: 'POST /statements/:slug/edit', url: `${published}/edit`, allow: pen },
  { route: 'GET /statements/:slug/diff', url: `${published}/diff?from=1&to=1`, allow: members },
  { route: 'POST /statements/:slug/comments', url: `${published}/comments`, allow: members },
  { route: 'POST /statements/:slug/comments/:commentId/status', url: `${published}/comments/999999/status`, form: { status: 'resolved' }, allow: members },
  { route: 'POST /statements/:slug/consultation', url: `${published}/consultation`, allow: pen },
  { route: 'POST /statements/:slug/consultation/close', url: `${published}/consultation/close`, allow: pen },
  { route: 'POST /statements/:slug/rounds', url: `${published}/rounds`, allow: pen },
  { route: 'POST /statements/:slug/rounds/:roundId/position', url: `${published}/rounds/2/position`, form: { position: 'endorse', version: '0' }, allow: focalPoints },
  { route: 'POST /statements/:slug/rounds/:roundId/close', url: `${published}/rounds/2/close`, allow: pen },
  { route: 'POST /statements/:slug/adopt', url: `${published}/adopt`, allow: pen },
  { route: 'POST /statements/:slug/publish', url: `${published}/publish`, allow: pen },
  { route: 'POST /statements/:slug/withdraw', url: `${published}/withdraw`, allow: pen },
  { route: 'GET /api/v1/statements/:slug', url: `/api/v1${published}`, allow: everyone },
  { route: 'GET /api/v1/statements/:slug/rounds/:roundId/tally', url: `/api/v1${published}/rounds/2/tally`, allow: members },
];
