import { allowedFor, pageFor, same, type RouteAccess, type Who } from '../route-access';

/** Members read texts in every state and comment on them; survivor advisors only where a consultation invites them. */
const members: Who[] = ['member', 'focal_point', 'other_focal_point', 'cochair', 'admin'];
/** The secretariat and the co-chairs in office hold the pen. */
const pen: Who[] = ['cochair', 'admin'];
/** Focal points of member organizations record their organization's position. */
const focalPoints: Who[] = ['focal_point', 'other_focal_point', 'cochair'];
// The seed's Call to Action is published; its round (2) is closed. Changes to it answer 409 to those allowed.
const published = '/statements/call-to-action-humanitarian-crises-2022';
// {draftStatement} is in drafting (test/access/records.ts): it exists only for members, 404 for anyone else.
const draft = '/statements/{draftStatement}';
const newStatement = (person: Who) => ({ kind: 'joint_statement', title: `A text drafted by ${person}`, body: 'Drafted during the access walk.' });

export const statementsAccess: readonly RouteAccess[] = [
  { route: 'GET /statements/workspace', url: '/statements/workspace', expect: pageFor(members, 200) },
  { route: 'GET /statements/new', url: '/statements/new', expect: pageFor(pen, 200) },
  // Valid: each of them starts a text.
  { route: 'POST /statements/new', url: '/statements/new', form: newStatement, expect: allowedFor(pen, '303 /statements/*') },
  { route: 'GET /statements/:slug', url: published, expect: same(200) },
  { route: 'GET /statements/:slug', url: draft, expect: same(200, { public: 404, survivor_advisor: 404 }) },
  { route: 'GET /api/v1/statements/:slug', url: `/api/v1${draft}`, expect: same(200, { public: 404, survivor_advisor: 404 }) },
  { route: 'GET /statements/:slug/edit', url: `${draft}/edit`, expect: pageFor(pen, 200) },
  { route: 'GET /statements/:slug/diff', url: `${draft}/diff?from=1&to=1`, expect: same(200, { public: 404, survivor_advisor: 404 }) },
  // A published text no longer changes: those who hold the pen are told so (409).
  { route: 'GET /statements/:slug/edit', url: `${published}/edit`, expect: pageFor(pen, 409) },
  { route: 'POST /statements/:slug/edit', url: `${published}/edit`, expect: allowedFor(pen, 409) },
  // Versions of a published text are for members: the public is refused (403) rather than sent to sign in.
  { route: 'GET /statements/:slug/diff', url: `${published}/diff?from=1&to=1`, expect: allowedFor(members, 200, { public: 403 }) },
  // Posted empty (400): no comment.
  { route: 'POST /statements/:slug/comments', url: `${published}/comments`, expect: allowedFor(members, 400) },
  // No such comment: not found (404) for members.
  { route: 'POST /statements/:slug/comments/:commentId/status', url: `${published}/comments/999999/status`, form: { status: 'resolved' }, expect: allowedFor(members, 404) },
  // Posted empty (400), so the published text's state is not looked at.
  { route: 'POST /statements/:slug/consultation', url: `${published}/consultation`, expect: allowedFor(pen, 400) },
  // The published text has no open consultation, and its round 2 is closed (409).
  { route: 'POST /statements/:slug/consultation/close', url: `${published}/consultation/close`, expect: allowedFor(pen, 409) },
  { route: 'POST /statements/:slug/rounds', url: `${published}/rounds`, expect: allowedFor(pen, 400) },
  { route: 'POST /statements/:slug/rounds/:roundId/position', url: `${published}/rounds/2/position`, form: { position: 'endorse', version: '0' }, expect: allowedFor(focalPoints, 409) },
  { route: 'POST /statements/:slug/rounds/:roundId/close', url: `${published}/rounds/2/close`, expect: allowedFor(pen, 409) },
  // Posted empty (400): adopting needs a meeting; publishing a published text, 409; withdrawing needs a reason (400).
  { route: 'POST /statements/:slug/adopt', url: `${published}/adopt`, expect: allowedFor(pen, 400) },
  { route: 'POST /statements/:slug/publish', url: `${published}/publish`, expect: allowedFor(pen, 409) },
  { route: 'POST /statements/:slug/withdraw', url: `${published}/withdraw`, expect: allowedFor(pen, 400) },
  { route: 'GET /api/v1/statements/:slug', url: `/api/v1${published}`, expect: same(200) },
  { route: 'GET /api/v1/statements/:slug/rounds/:roundId/tally', url: `/api/v1${published}/rounds/2/tally`, expect: allowedFor(members, 200) },
];
