import { allowedFor, pageFor, same, type RouteAccess, type Who } from '../route-access';

/** The secretariat and the co-chairs of the year (ICMPD in 2022) manage publications and events. */
const managers: Who[] = ['cochair', 'admin'];
const publication = '/publications/trafficking-in-persons-in-humanitarian-crises';
const event = '/events/2022-beyond-the-short-term-how-to-address-vulnerability-to-trafficking-in-persons-in';

export const libraryAccess: readonly RouteAccess[] = [
  { route: 'GET /publications', url: '/publications', expect: same(200) },
  { route: 'GET /api/v1/publications', url: '/api/v1/publications', expect: same(200) },
  { route: 'GET /publications/:slug', url: publication, expect: same(200) },
  // The seed keeps links, not files: not found, for everyone.
  { route: 'GET /publications/:slug/file', url: `${publication}/file`, expect: same(404) },
  { route: 'GET /publications/new', url: '/publications/new', expect: pageFor(managers, 200) },
  // Valid, as the page's multipart form sends it (a publication may carry its file): each manager adds a draft.
  {
    route: 'POST /publications',
    url: '/publications',
    multipart: true,
    form: (person) => ({ kind: 'paper', title: `A paper added by ${person}`, year: '2022' }),
    expect: allowedFor(managers, '303 /publications/*'),
  },
  // A plain form is refused (415).
  { route: 'POST /publications', url: '/publications', expect: allowedFor(managers, 415) },
  { route: 'GET /publications/:slug/edit', url: `${publication}/edit`, expect: pageFor(managers, 200) },
  { route: 'POST /publications/:slug/edit', url: `${publication}/edit`, expect: allowedFor(managers, 415) },
  // Posted empty (400): the walk leaves every record as it was.
  { route: 'POST /publications/:slug/status', url: `${publication}/status`, expect: allowedFor(managers, 400) },
  { route: 'GET /events', url: '/events', expect: same(200) },
  { route: 'GET /api/v1/events', url: '/api/v1/events', expect: same(200) },
  { route: 'GET /events/:slug', url: event, expect: same(200) },
  { route: 'GET /events/:slug/calendar.ics', url: `${event}/calendar.ics`, expect: same(200) },
  { route: 'GET /events/new', url: '/events/new', expect: pageFor(managers, 200) },
  // Posted empty (400).
  { route: 'POST /events', url: '/events', expect: allowedFor(managers, 400) },
  { route: 'GET /events/:slug/edit', url: `${event}/edit`, expect: pageFor(managers, 200) },
  { route: 'POST /events/:slug/edit', url: `${event}/edit`, expect: allowedFor(managers, 400) },
  { route: 'POST /events/:slug/status', url: `${event}/status`, expect: allowedFor(managers, 400) },
];
