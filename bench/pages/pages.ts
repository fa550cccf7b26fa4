/** The pages a benchmark loads: public, signed in as a focal point, and the JSON API with a token; and the exports. */
import type { GeneratedData } from '../data/generate';
import { request, type Target } from './load';

export type Audience = 'public' | 'signed-in' | 'api';

export interface Page {
  audience: Audience;
  path: string;
}

export function pagesOf(data: GeneratedData): Page[] {
  const publicPaths = [
    '/',
    '/members',
    data.paths.member,
    '/mapping',
    '/governance',
    '/statements',
    data.paths.statement,
    '/meetings',
    '/publications',
    '/events',
    '/search?q=trafficking',
    '/search?q=survivors+referral',
    '/feed.atom',
  ];
  if (data.paths.report) publicPaths.push(data.paths.report);
  const signedIn = [
    '/work',
    '/progress',
    '/progress/pledges',
    data.paths.statementInRound,
    '/statements/workspace',
    data.paths.group,
    `${data.paths.group}/coordination`,
    '/meetings',
    '/search?q=trafficking',
  ];
  const api = [
    '/api/v1/members',
    '/api/v1/mapping',
    '/api/v1/progress',
    '/api/v1/progress/pledges',
    `/api/v1${data.paths.statement}`,
    '/api/v1/plan',
    '/api/v1/publications',
    '/api/v1/search?q=trafficking',
  ];
  return [
    ...publicPaths.map((path): Page => ({ audience: 'public', path })),
    ...signedIn.map((path): Page => ({ audience: 'signed-in', path })),
    ...api.map((path): Page => ({ audience: 'api', path })),
  ];
}

/** The files a person downloads, as the administrator (token): time and size of each. */
export function exportsOf(data: GeneratedData): string[] {
  return ['/progress/updates.csv', '/progress/indicator-values.csv', '/progress/export.xlsx', '/mapping.csv', `${data.paths.group}/coordination.xlsx`, '/admin/audit.csv'];
}

export interface Credentials {
  /** The focal point's session cookies. */
  cookie: string;
  /** Authorization header values. */
  focalPointBearer: string;
  adminBearer: string;
}

/** Browsers ask for compressed answers; the benchmark does too, so that compression (where the server offers it) counts. */
const browserHeaders = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,application/json;q=0.9,*/*;q=0.8' };

export function targetOf(base: string, page: Page, credentials: Credentials): Target {
  const headers: Record<string, string> = { ...browserHeaders };
  if (page.audience === 'signed-in') headers.cookie = credentials.cookie;
  if (page.audience === 'api') headers.authorization = credentials.focalPointBearer;
  return { url: `${base}${page.path}`, headers };
}

function cookiesOf(setCookie: string[] | undefined): Map<string, string> {
  return new Map((setCookie ?? []).map((line) => line.split(';')[0] as string).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

/** Signs in through the sign-in form, as a browser does; returns the cookies to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const form = await request({ url: `${base}/login` });
  const cookies = cookiesOf(form.headers['set-cookie']);
  const csrf = cookies.get('icat_csrf') ?? '';
  const body = new URLSearchParams({ email, password, _csrf: csrf, next: '/work' }).toString();
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const answer = await request({ url: `${base}/login`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() } }, { method: 'POST', body });
  if (answer.status !== 303) throw new Error(`Signing in as ${email} answered ${answer.status}: ${answer.body.toString('utf8').slice(0, 500)}`);
  for (const [name, value] of cookiesOf(answer.headers['set-cookie'])) cookies.set(name, value);
  return cookieHeader();
}
