/** Redirects, headers and static files as a hostile visitor meets them. */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createTestContext, useTestContext } from '../../test/support/build-test-app';
import { signedInPeople } from '../../test/support/factories';
import { TestClient } from '../../test/support/http-client';
import { safeNext } from './forms';
import { securityHeaders } from './security';

/** A request with the path exactly as written: app.inject and browsers would tidy "/../" away first. */
function rawGet(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('where sign-in sends a person next', () => {
  it('keeps a path on this site, normalised', () => {
    expect(safeNext('/progress?year=2022#figures')).toBe('/progress?year=2022#figures');
    expect(safeNext('/members/ünodc')).toBe('/members/%C3%BCnodc');
    expect(safeNext('/a/../account')).toBe('/account');
  });

  it('sends anything that could leave the site to the default page', () => {
    const hostile = [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example/phish',
      '/\n/evil.example',
      '/%2F/evil.example',
      '/%5Cevil.example',
      '/%252F%252Fevil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/%E0%A4%A',
      '/\r\nSet-Cookie: x=1',
    ];
    for (const next of hostile) expect(safeNext(next), next).toBe('/work');
  });
});

describe('redirects, headers and files [pglite]', () => {
  const ctx = useTestContext('pglite');
  const people = signedInPeople(ctx);

  it('never redirects a signed-in person off the site, and never fails on a strange target', async () => {
    const member = await people.client('member', { roles: ['member'], entity: 'UNODC' });
    const targets = ['/%09/127.0.0.1:31002/phish', '%0A', '/%0D%0ALocation:%20//evil', '/caf%C3%A9', '//evil.example', '/%5C%5Cevil.example'];
    for (const next of targets) {
      const response = await member.get(`/login?next=${next}`);
      expect(response.statusCode, next).toBe(303);
      expect(String(response.headers.location), next).toMatch(/^\/(?![/\\\t])/);
    }
    expect((await member.get('/login?next=/caf%C3%A9')).headers.location).toBe('/caf%C3%A9');
  });

  it('sends no-store on every answer to a signed-in person, and on private files', async () => {
    const admin = await people.client('admin', { roles: ['admin'], entity: 'UNODC' });
    for (const url of ['/account', '/admin/audit.csv', '/progress', '/members', '/api/v1/members']) {
      expect((await admin.get(url)).headers['cache-control'], url).toBe('no-store');
    }
    const publicPage = await ctx().app.inject('/members');
    expect(publicPage.headers['cache-control']).not.toBe('no-store');
  });

  it('frames nothing, said the same way by CSP and X-Frame-Options, and sends HSTS only over HTTPS', async () => {
    const page = await ctx().app.inject('/');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends every security header on pages, kept pages, files, errors, sign-in steps and the API, signed in or not', async () => {
    const admin = await people.client('admin', { roles: ['admin'], entity: 'UNODC' });
    const answers = [
      ...(await Promise.all(['/', '/members', '/members', '/assets/site.css', '/no-such-page', '/login', '/api/v1/openapi.json'].map((url) => ctx().app.inject(url)))),
      ...(await Promise.all(['/work', '/members', '/api/v1/members', '/admin/audit.csv'].map((url) => admin.get(url)))),
      await ctx().app.inject({ method: 'POST', url: '/login', payload: 'email=x' }),
    ];
    for (const answer of answers) {
      for (const [name, value] of Object.entries(securityHeaders)) expect(answer.headers[name], `${name} on a ${answer.statusCode}`).toBe(value);
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('answers 404, not 500, to paths that climb out of the assets folder', async () => {
    await ctx().app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx().app.server.address() as { port: number };
    for (const path of ['/assets/%2e%2e/%2e%2e/package.json', '/assets/../package.json', '/assets/..%2fpackage.json']) {
      expect(await rawGet(port, path), path).toBe(404);
    }
    expect(await rawGet(port, '/assets/site.css')).toBe(200);
  });
});

describe('behind a trusted proxy [pglite]', () => {
  it('sends HSTS when the proxy says HTTPS, and believes X-Forwarded-* only from the listed proxies', async () => {
    const context = await createTestContext('pglite', { seed: false, env: { TRUST_PROXY: '10.0.0.1' } });
    try {
      const viaProxy = await context.app.inject({ url: '/', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-proto': 'https' } });
      expect(viaProxy.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const direct = await context.app.inject({ url: '/', remoteAddress: '203.0.113.9', headers: { 'x-forwarded-proto': 'https' } });
      expect(direct.headers['strict-transport-security']).toBeUndefined();
      const client = new TestClient(context.app, { remoteAddress: '10.0.0.1' });
      expect((await client.get('/', { 'x-forwarded-proto': 'https' })).cookies.every((cookie) => cookie.secure)).toBe(true);
    } finally {
      await context.database.close();
    }
  });
});
