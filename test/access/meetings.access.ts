import { everyone, type RouteAccess, type Who } from './access';

/** The secretariat and the co-chairs in office (ICMPD in 2022, the test's year) run meetings and record decisions. */
const runMeetings: Who[] = ['cochair', 'admin'];
// Meeting 1 is the Third Principals' meeting of the seed (public, in the past, without minutes).

export const routeAccess: RouteAccess[] = [
  { route: 'GET /meetings', url: '/meetings', allow: everyone },
  { route: 'GET /meetings.ics', url: '/meetings.ics', allow: everyone },
  { route: 'GET /meetings/new', url: '/meetings/new', allow: runMeetings },
  { route: 'POST /meetings', url: '/meetings', allow: runMeetings },
  { route: 'GET /meetings/:id.ics', url: '/meetings/1.ics', allow: everyone },
  { route: 'GET /meetings/:id', url: '/meetings/1', allow: everyone },
  { route: 'GET /meetings/:id/edit', url: '/meetings/1/edit', allow: runMeetings },
  { route: 'POST /meetings/:id/edit', url: '/meetings/1/edit', allow: runMeetings },
  { route: 'POST /meetings/:id/attendance', url: '/meetings/1/attendance', allow: runMeetings },
  { route: 'POST /meetings/:id/documents', url: '/meetings/1/documents', allow: runMeetings },
  { route: 'POST /meetings/:id/documents/:documentId/delete', url: '/meetings/1/documents/999999/delete', allow: runMeetings },
  { route: 'GET /meetings/:id/minutes', url: '/meetings/1/minutes', allow: runMeetings },
  { route: 'POST /meetings/:id/minutes', url: '/meetings/1/minutes', allow: runMeetings },
  { route: 'POST /meetings/:id/minutes/approve', url: '/meetings/1/minutes/approve', allow: runMeetings },
  // The meeting is over: allowed people get 409, not an invitation.
  { route: 'POST /meetings/:id/invitations', url: '/meetings/1/invitations', allow: runMeetings },
  { route: 'POST /meetings/:id/decisions', url: '/meetings/1/decisions', allow: runMeetings },
  { route: 'GET /decisions', url: '/decisions?q=co-chairs', allow: everyone },
  { route: 'GET /api/v1/meetings', url: '/api/v1/meetings', allow: everyone },
  { route: 'GET /api/v1/meetings/:id', url: '/api/v1/meetings/1', allow: everyone },
  { route: 'GET /api/v1/decisions', url: '/api/v1/decisions', allow: everyone },
];
