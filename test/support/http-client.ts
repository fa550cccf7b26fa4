/**
 * A browser-like client: it keeps cookies, and sends the CSRF token with every form it posts, as the
 * pages' forms do. It talks to an app through app.inject, or to a running server over HTTP (a base
 * URL), with the same calls and the same answers.
 */
import type { FastifyInstance } from 'fastify';

export interface TestResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  rawPayload: Buffer;
  json(): any;
  cookies: Cookie[];
}

export interface Cookie {
  name: string;
  value: string;
  expires?: Date;
  secure?: boolean;
}

export interface Request {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

function parseSetCookie(header: string): Cookie {
  const [pair = '', ...attributes] = header.split(';');
  const [name = '', ...value] = pair.split('=');
  const cookie: Cookie = { name: name.trim(), value: value.join('=').trim() };
  for (const attribute of attributes) {
    const [key = '', raw = ''] = attribute.split('=');
    if (/^\s*max-age$/i.test(key)) cookie.expires = new Date(Date.now() + Number(raw) * 1000);
    else if (/^\s*expires$/i.test(key) && !cookie.expires) cookie.expires = new Date(raw);
    else if (/^\s*secure\s*$/i.test(key)) cookie.secure = true;
  }
  return cookie;
}

/** Sends a request over HTTP and answers in the shape of app.inject's response. */
async function overHttp(baseUrl: string, request: Request): Promise<TestResponse> {
  const response = await fetch(new URL(request.url, baseUrl), { method: request.method, headers: request.headers, body: request.payload ?? null, redirect: 'manual' });
  const rawPayload = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  const body = rawPayload.toString('utf8');
  return { statusCode: response.status, headers, body, rawPayload, json: () => JSON.parse(body), cookies: response.headers.getSetCookie().map(parseSetCookie) };
}

export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly target: FastifyInstance | string,
    readonly options: { remoteAddress?: string } = {},
  ) {}

  /** Sends a request with this client's cookies and keeps the cookies of the answer (unless `keepCookies` is false). */
  async send(request: Request, { keepCookies = true } = {}): Promise<TestResponse> {
    const headers = { cookie: this.cookieHeader(), ...request.headers };
    const response =
      typeof this.target === 'string'
        ? await overHttp(this.target, { ...request, headers })
        : ((await this.target.inject({ method: request.method, url: request.url, headers, payload: request.payload, ...this.options })) as unknown as TestResponse);
    return keepCookies ? this.remember(response) : response;
  }

  private remember(response: TestResponse): TestResponse {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get csrfToken(): string {
    return this.cookies.get('icat_csrf') ?? '';
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<TestResponse> {
    return this.send({ method: 'GET', url, headers });
  }

  /** Posts a form like a browser; `csrf: false` leaves the token out; `headers` are sent as well. */
  async post(url: string, form: Record<string, string | string[]> = {}, options: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<TestResponse> {
    if (!this.csrfToken) await this.get('/login');
    const fields = options.csrf === false ? form : { _csrf: this.csrfToken, ...form };
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    return this.send({ method: 'POST', url, payload: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers } });
  }

  /** Posts JSON as a page's script does, with the CSRF token in its header. */
  async postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<TestResponse> {
    if (!this.csrfToken) await this.get('/login');
    return this.send({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': this.csrfToken, ...headers } });
  }

  async signIn(email: string, password: string): Promise<TestResponse> {
    const response = await this.post('/login', { email, password });
    if (response.statusCode !== 303) throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response;
  }

  /** Another client with this one's cookies: the same browser, talking to another instance. */
  sameBrowserOn(target: FastifyInstance | string): TestClient {
    const other = new TestClient(target, this.options);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }
}
