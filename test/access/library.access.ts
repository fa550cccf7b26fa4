import { everyone, type RouteAccess, type Who } from './access';

/** The secretariat and the co-chairs of the year (ICMPD in 2022) manage publications and events. */
const managers: Who[] = ['cochair', 'admin'];
const publication = '/publications/trafficking-in-persons-in-humanitarian-crises';
const event = '/events/2022-beyond-the-short-term-how-to-address-vulnerability-to-trafficking-in-persons-in';

export const routeAccess: RouteAccess[] = [
  { route: 'GET /publications', url: '/publications', allow: everyone },
  { route: 'GET /api/v1/publications', url: '/api/v1/publications', allow: everyone },
  { route: 'GET /publications/:slug', url: publication, allow: everyone },
  { route: 'GET /publications/:slug/file', url: `${publication}/file`, allow: everyone },
  { route: 'GET /publications/new', url: '/publications/new', allow: managers },
  { route: 'POST /publications', url: '/publications', allow: managers },
  { route: 'GET /publications/:slug/edit', url: `${publication}/edit`, allow: managers },
  { route: 'POST /publications/:slug/edit', url: `${publication}/edit`, allow: managers },
  { route: 'POST /publications/:slug/status', url: `${publication}/status`, allow: managers },
  { route: 'GET /events', url: '/events', allow: everyone },
  { route: 'GET /api/v1/events', url: '/api/v1/events', allow: everyone },
  { route: 'GET /events/:slug', url: event, allow: everyone },
  { route: 'GET /events/:slug/calendar.ics', url: `${event}/calendar.ics`, allow: everyone },
  { route: 'GET /events/new', url: '/events/new', allow: managers },
  { route: 'POST /events', url: '/events', allow: managers },
  { route: 'GET /events/:slug/edit', url: `${event}/edit`, allow: managers },
  { route: 'POST /events/:slug/edit', url: `${event}/edit`, allow: managers },
  { route: 'POST /events/:slug/status', url: `${event}/status`, allow: managers },
];
