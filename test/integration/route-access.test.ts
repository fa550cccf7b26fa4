/// <reference types="vite/client" />
/**
 * Walks every route the app registers and checks each kind of person, and the public, against the
 * expected answer in test/access/*.access.ts. A route without an entry fails.
 */
import { describe, expect, it } from 'vitest';
import { people, type RouteAccess, type Who } from '../access/access';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';

const tables = import.meta.glob<{ routeAccess: RouteAccess[] }>('../access/*.access.ts', { eager: true });
const entries = Object.values(tables).flatMap((table) => table.routeAccess);
const who: Who[] = ['public', ...(Object.keys(people) as Exclude<Who, 'public'>[])];

function refused(status: number, location: string | undefined): boolean {
  return status === 401 || status === 403 || (status === 303 && Boolean(location?.startsWith('/login')));
}

describe('route access', () => {
  const ctx = useTestContext('pglite');

  it('has an entry for every registered route, and none for a route that does not exist', () => {
    const registered = ctx().app.registeredRoutes.filter((route) => !route.startsWith('GET /assets/'));
    const described = new Set(entries.map((entry) => entry.route));
    expect(registered.filter((route) => !described.has(route))).toEqual([]);
    expect([...described].filter((route) => !registered.includes(route))).toEqual([]);
  });

  it('lets through exactly the people each route allows', async () => {
    const clients = new Map<Who, TestClient>();
    const accounts = new Map<Who, { email: string; password: string }>();
    for (const person of who) {
      const client = new TestClient(ctx().app);
      if (person !== 'public') {
        const account = await createTestAccount(ctx().deps, people[person]);
        accounts.set(person, account);
        await client.signIn(account.email, account.password);
      }
      clients.set(person, client);
    }
    const mismatches: string[] = [];
    for (const entry of entries) {
      const method = entry.route.split(' ')[0];
      for (const person of who) {
        const client = clients.get(person) as TestClient;
        const account = accounts.get(person);
        if (account && !client.cookies.has('icat_session')) await client.signIn(account.email, account.password);
        const response = method === 'GET' ? await client.get(entry.url) : await client.post(entry.url, entry.form ?? {});
        const wasRefused = refused(response.statusCode, response.headers.location as string | undefined);
        const expectedRefused = !entry.allow.includes(person);
        if (response.statusCode >= 500) mismatches.push(`${entry.route} as ${person}: ${response.statusCode}`);
        else if (wasRefused !== expectedRefused) mismatches.push(`${entry.route} as ${person}: got ${response.statusCode}, expected ${expectedRefused ? 'refusal' : 'access'}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 240_000);
});
