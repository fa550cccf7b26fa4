/// <reference types="vite/client" />
/**
 * Walks every route the app registers and checks what each kind of person, and the public, gets
 * against the exact answer expected. Each feature's expectations are test/access/<name>.access.ts,
 * taken by the feature's name from the feature list; the app's own routes (probes, the API's
 * contract) are in app.access.ts. A route without an entry in its feature's file fails, and so does
 * a feature that registers routes and has no file; every mismatch is listed.
 */
import { describe, expect, it } from 'vitest';
import { features } from '../../src/features/features';
import { answers, describeAnswer, formFor, people, type RouteAccess, type Who } from '../access/access';
import { fillUrl, prepareAccessRecords } from '../access/records';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient, type TestResponse } from '../support/http-client';
import { postMultipart } from '../support/multipart';
import { testDatabaseKinds } from '../support/test-database';

const tables = import.meta.glob<{ routeAccess: RouteAccess[] }>('../access/*.access.ts', { eager: true });
/** The routes the app registers itself, outside any feature. */
const appItself = 'app';
const owners = [...features.map((feature) => feature.name), appItself];
const expectationsOf = (owner: string): RouteAccess[] | undefined => tables[`../access/${owner}.access.ts`]?.routeAccess;
const entries = owners.flatMap((owner) => expectationsOf(owner) ?? []);
const who: Who[] = ['public', ...(Object.keys(people) as Exclude<Who, 'public'>[])];

/** The first shape of an entry: the walk can only tell a refusal from anything else. */
function refused(status: number, location: string | undefined): boolean {
  return status === 401 || status === 403 || (status === 303 && Boolean(location?.startsWith('/login')));
}

function mismatch(entry: RouteAccess, person: Who, response: TestResponse): string | undefined {
  const location = response.headers.location as string | undefined;
  const got = describeAnswer(response.statusCode, location);
  if ('expect' in entry) {
    const expected = entry.expect[person];
    return answers(expected, response.statusCode, location) ? undefined : `got ${got}, expected ${expected}`;
  }
  const expectedRefused = !entry.allow.includes(person);
  if (response.statusCode >= 500) return `got ${got}`;
  return refused(response.statusCode, location) === expectedRefused ? undefined : `got ${got}, expected ${expectedRefused ? 'a refusal' : 'access'}`;
}

for (const kind of testDatabaseKinds()) {
  describe(`route access [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it("has an entry for every registered route in its feature's expectations, and none for a route the feature does not register", () => {
      const { registeredRoutes, routeFeatures } = ctx().app;
      const registered = registeredRoutes.filter((route) => !route.startsWith('GET /assets/'));
      const ownerOf = (route: string) => routeFeatures.get(route) ?? appItself;
      const problems: string[] = [];
      for (const owner of owners) {
        const own = registered.filter((route) => ownerOf(route) === owner);
        const expectations = expectationsOf(owner);
        if (!expectations) {
          if (own.length > 0) problems.push(`${owner} registers routes and has no test/access/${owner}.access.ts`);
          continue;
        }
        const described = new Set(expectations.map((entry) => entry.route));
        for (const route of own) if (!described.has(route)) problems.push(`${owner}.access.ts has no entry for ${route}`);
        for (const route of described) if (!own.includes(route)) problems.push(`${owner}.access.ts has an entry for ${route}, which ${owner} does not register`);
      }
      const strays = Object.keys(tables).filter((file) => !owners.some((owner) => file === `../access/${owner}.access.ts`));
      for (const file of strays) problems.push(`${file} is named after no feature`);
      expect(problems).toEqual([]);
    });

    it('gives each person exactly the answer each entry expects', async () => {
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
      const records = await prepareAccessRecords(clients);
      const mismatches: string[] = [];
      for (const entry of entries) {
        const method = entry.route.split(' ')[0];
        const url = fillUrl(entry.url, records);
        for (const person of who) {
          const client = clients.get(person) as TestClient;
          const account = accounts.get(person);
          if (account && !client.cookies.has('icat_session')) await client.signIn(account.email, account.password);
          const response = method === 'GET' ? await client.get(url) : entry.multipart ? await postMultipart(client, url, formFor(entry, person), []) : await client.post(url, formFor(entry, person));
          const problem = mismatch(entry, person, response);
          if (problem) mismatches.push(`${entry.route} (${url}) as ${person}: ${problem}`);
        }
      }
      const allowLists = entries.filter((entry) => 'allow' in entry).map((entry) => entry.route);
      if (allowLists.length > 0) console.warn(`Entries that list only who gets through, without their answers (write them with expect):\n${allowLists.join('\n')}`);
      expect(mismatches).toEqual([]);
    }, 240_000);
  });
}
