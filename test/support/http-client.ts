/**
 * A browser-like client over app.inject: it keeps cookies, and sends the CSRF token with every form
 * it posts, as the pages' forms do.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly app: FastifyInstance,
    readonly options: { remoteAddress?: string } = {},
  ) {}

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
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

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers }, ...this.options }));
  }

  /** Posts a form like a browser; `csrf: false` leaves the token out; `headers` are sent as well. */
  async post(url: string, form: Record<string, string | string[]> = {}, options: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.get('/');
    const fields = options.csrf === false ? form : { _csrf: this.csrfToken, ...form };
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload: body.toString(),
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
        ...this.options,
      }),
    );
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.post('/login', { email, password });
    if (response.statusCode !== 303) throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response;
  }
}
