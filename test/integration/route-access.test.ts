/**
 * Walks every route the app registers and checks what each kind of person, and the public, gets
 * against the exact answer expected. Each feature states its expectations in its manifest (`access`,
 * from src/features/<noun>/<noun>.access.ts); the app's own routes (probes, the API's contract) are
 * in src/app.access.ts. A feature that registers routes and has no `access` fails, and so do a route
 * without an entry in its feature's expectations and an entry for a route its feature does not
 * register; every mismatch is listed.
 */
import { describe, expect, it } from 'vitest';
import { appAccess } from '../../src/app.access';
import { features } from '../../src/features/features';
import { answers, appItself, describeAnswer, everyExpectation, formFor, people, type RouteAccess, type Who } from '../access/access';
import { fillUrl, prepareAccessRecords } from '../access/records';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient, type TestResponse } from '../support/http-client';
import { postMultipart } from '../support/multipart';
import { testDatabaseKinds } from '../support/test-database';

const entries = everyExpectation();
const who: Who[] = ['public', ...(Object.keys(people) as Exclude<Who, 'public'>[])];
/** Whoever states expectations: every feature of the list, by its manifest, and the app itself. */
const owners: { name: string; access: readonly RouteAccess[] | undefined }[] = [...features.map((feature) => ({ name: feature.name, access: feature.access })), { name: appItself, access: appAccess }];

/** The file to open for an owner's expectations. */
function accessFileOf(owner: string): string {
  return owner === appItself ? 'src/app.access.ts' : `src/features/${owner}/${owner}.access.ts`;
}

function mismatch(entry: RouteAccess, person: Who, response: TestResponse): string | undefined {
  const location = response.headers.location as string | undefined;
  const expected = entry.expect[person];
  return answers(expected, response.statusCode, location) ? undefined : `got ${describeAnswer(response.statusCode, location)}, expected ${expected}`;
}

for (const kind of testDatabaseKinds()) {
  describe(`route access [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it("has an entry for every registered route in its feature's expectations, and none for a route the feature does not register", () => {
      const { registeredRoutes, routeFeatures } = ctx().app;
      const registered = registeredRoutes.filter((route) => !route.startsWith('GET /assets/'));
      const ownerOf = (route: string) => routeFeatures.get(route) ?? appItself;
      const problems: string[] = [];
      for (const { name, access } of owners) {
        const own = registered.filter((route) => ownerOf(route) === name);
        const file = accessFileOf(name);
        if (!access) {
          if (own.length > 0) problems.push(`${name} registers routes and its manifest has no access: write them in ${file} and name them in src/features/${name}/index.ts`);
          continue;
        }
        const described = new Set(access.map((entry) => entry.route));
        for (const route of own) if (!described.has(route)) problems.push(`${file} has no entry for ${route}`);
        for (const route of described) if (!own.includes(route)) problems.push(`${file} has an entry for ${route}, which ${name} does not register`);
      }
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
      expect(mismatches).toEqual([]);
    }, 240_000);
  });
}
