import { allowedFor, pageFor, same, type RouteAccess, type Who } from '../route-access';

/** The secretariat and the co-chairs in office (ICMPD in 2022, the test's year) run meetings and record decisions. */
const runMeetings: Who[] = ['cochair', 'admin'];
// Meeting 1 is the Third Principals' meeting of the seed (public, in the past, without minutes).
// {membersMeeting} is members-only (test/access/records.ts): it does not exist (404) for the public, nor for survivor
// advisors, who are not members.
const newMeeting = (person: Who) => ({ level: 'working', title: `A meeting planned by ${person}`, date: '2022-12-12', time_zone: 'Europe/Vienna', visibility: 'public' });

export const meetingsAccess: readonly RouteAccess[] = [
  { route: 'GET /meetings', url: '/meetings', expect: same(200) },
  { route: 'GET /meetings.ics', url: '/meetings.ics', expect: same(200) },
  { route: 'GET /meetings/new', url: '/meetings/new', expect: pageFor(runMeetings, 200) },
  // Valid: each of them plans a meeting.
  { route: 'POST /meetings', url: '/meetings', form: newMeeting, expect: allowedFor(runMeetings, '303 /meetings/*') },
  { route: 'GET /meetings/:id.ics', url: '/meetings/1.ics', expect: same(200) },
  { route: 'GET /meetings/:id', url: '/meetings/1', expect: same(200) },
  { route: 'GET /meetings/:id', url: '/meetings/{membersMeeting}', expect: same(200, { public: 404, survivor_advisor: 404 }) },
  { route: 'GET /meetings/:id.ics', url: '/meetings/{membersMeeting}.ics', expect: same(200, { public: 404, survivor_advisor: 404 }) },
  { route: 'GET /api/v1/meetings/:id', url: '/api/v1/meetings/{membersMeeting}', expect: same(200, { public: 404, survivor_advisor: 404 }) },
  { route: 'GET /meetings/:id/edit', url: '/meetings/1/edit', expect: pageFor(runMeetings, 200) },
  // Posted empty (400): the seed's meeting stays as it was.
  { route: 'POST /meetings/:id/edit', url: '/meetings/1/edit', expect: allowedFor(runMeetings, 400) },
  { route: 'GET /meetings/:id/edit', url: '/meetings/{membersMeeting}/edit', expect: pageFor(runMeetings, 200) },
  // Valid: an empty attendance list records nothing new.
  { route: 'POST /meetings/:id/attendance', url: '/meetings/1/attendance', expect: allowedFor(runMeetings, '303 /meetings/*') },
  // Valid: each adds a link.
  {
    route: 'POST /meetings/:id/documents',
    url: '/meetings/1/documents',
    form: { title: 'Access walk link', url: 'https://example.org/access-walk' },
    expect: allowedFor(runMeetings, '303 /meetings/1'),
  },
  { route: 'POST /meetings/:id/documents/:documentId/delete', url: '/meetings/1/documents/999999/delete', expect: allowedFor(runMeetings, 404) },
  { route: 'GET /meetings/:id/minutes', url: '/meetings/1/minutes', expect: pageFor(runMeetings, 200) },
  // Posted empty, without the version the form was opened on (400): nothing changes.
  { route: 'POST /meetings/:id/minutes', url: '/meetings/1/minutes', expect: allowedFor(runMeetings, 400) },
  { route: 'POST /meetings/:id/minutes/approve', url: '/meetings/1/minutes/approve', expect: allowedFor(runMeetings, 400) },
  // The meeting is over: allowed people get 409, not an invitation.
  { route: 'POST /meetings/:id/invitations', url: '/meetings/1/invitations', expect: allowedFor(runMeetings, 409) },
  // Posted empty (400): no decision is numbered.
  { route: 'POST /meetings/:id/decisions', url: '/meetings/1/decisions', expect: allowedFor(runMeetings, 400) },
  { route: 'GET /decisions', url: '/decisions?q=co-chairs', expect: same(200) },
  { route: 'GET /api/v1/meetings', url: '/api/v1/meetings', expect: same(200) },
  { route: 'GET /api/v1/meetings/:id', url: '/api/v1/meetings/1', expect: same(200) },
  { route: 'GET /api/v1/decisions', url: '/api/v1/decisions', expect: same(200) },
];
