/**
 * Property-based fuzzing of every route: each field of each form, each query field and each path
 * parameter gets generated hostile strings (test/fuzz/hostile-strings.ts), sent as a person the
 * route lets through. Whatever is sent: no 5xx; no live markup in the answer or in the page it leads
 * to; a refused request changes nothing in the database; and at the end no page, as anyone, shows
 * live markup from anything that was stored. FUZZ_RUNS strings per field (npm test: 2; npm run fuzz: more).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyExpectation, onePerRoute, whoGetsThrough, type Who } from '../access/access';
import { settleJobs, useTestContext } from '../support/build-test-app';
import { signedInPeople } from '../support/factories';
import type { TestClient, TestResponse } from '../support/http-client';
import { databaseFingerprint, sendForm, sendGet, withQuery, type Fields } from './fuzz-client';
import type { PageForm } from './html-forms';
import { hostileString, liveMarkup, percentEncode } from './hostile-strings';
import { clientFor, discoverForms, notFuzzed, pathParameters, targetOf, withPathParameter, type FuzzTarget } from './targets';

const runs = Number(process.env.FUZZ_RUNS ?? 2);
const entries = onePerRoute(everyExpectation()).filter((entry) => !notFuzzed.has(entry.route) && entry.route !== 'GET /healthz');

function shown(value: string): string {
  return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}… (${value.length} characters)` : value);
}

function isPage(response: TestResponse): boolean {
  return /text\/html|xml/.test(String(response.headers['content-type']));
}

/** The checks every answer passes: no 5xx, and no live markup in a page. */
function checkAnswer(response: TestResponse, what: string): void {
  if (response.statusCode >= 500) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  const live = isPage(response) ? liveMarkup(response.body) : null;
  if (live) throw new Error(`${what}: live markup in the answer: ${live}`);
}

/** A failure in a few lines: our own message names the route, field and value (shortened); seed and path replay it. */
function reporter(details: fc.RunDetails<[string]>): void {
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause}\n(replay with fc.assert(…, { seed: ${details.seed}, path: "${details.counterexamplePath}" }))`);
}

describe('fuzz: hostile strings in every field of every route [pglite]', () => {
  const ctx = useTestContext('pglite');
  const crowd = signedInPeople(ctx);
  let forms: Map<string, { form: PageForm; person: Who }>;

  const sent = { requests: 0, fields: 0, pathParameters: 0, routes: new Set<string>() };

  beforeAll(async () => {
    forms = await discoverForms(ctx(), crowd, entries);
  }, 300_000);

  afterAll(() => {
    console.log(`fuzz: ${sent.requests} hostile requests to ${sent.routes.size} routes (${sent.fields} fields, ${sent.pathParameters} path parameters), ${runs} generated string(s) per field`);
  });

  async function sendPost(client: TestClient, target: FuzzTarget, url: string, fields: Fields, what: string): Promise<void> {
    // A job an earlier request queued (an invitation's mail) must not change the database during this one.
    await settleJobs(ctx().deps);
    const before = await databaseFingerprint(ctx().database.db);
    const response = await sendForm(client, url, fields, target.multipart);
    checkAnswer(response, what);
    if (response.statusCode >= 400) {
      expect(await databaseFingerprint(ctx().database.db), `${what}: refused with ${response.statusCode} but changed the database`).toEqual(before);
    }
    const location = String(response.headers.location ?? '');
    if (response.statusCode < 400 && location.startsWith('/')) checkAnswer(await sendGet(client, location), `${what}, then ${location}`);
  }

  async function send(target: FuzzTarget, url: string, fields: Fields, what: string): Promise<void> {
    sent.requests++;
    sent.routes.add(target.route);
    const client = await clientFor(ctx(), crowd, target.person);
    if (target.method === 'POST') return sendPost(client, target, url, fields, what);
    checkAnswer(await sendGet(client, withQuery(url, fields)), what);
  }

  const baseline = (target: FuzzTarget): Fields => Object.fromEntries(target.fields.map((field) => [field.name, field.value]));

  for (const entry of entries) {
    it(`${entry.route}`, async () => {
      const target = targetOf(entry, forms);
      sent.fields += target.fields.length;
      sent.pathParameters += pathParameters(target.route).length;
      for (const field of target.fields) {
        await fc.assert(
          fc.asyncProperty(hostileString, async (value) => {
            const fields = { ...baseline(target), [field.name]: value };
            await send(target, target.url, target.method === 'POST' ? fields : { [field.name]: value }, `${target.route} as ${target.person}, ${field.name}=${shown(value)}`);
          }),
          { numRuns: runs, reporter },
        );
      }
      for (const index of pathParameters(target.route)) {
        await fc.assert(
          fc.asyncProperty(hostileString, async (value) => {
            const url = withPathParameter(target.route, target.url, index, percentEncode(value));
            await send(target, url, target.method === 'POST' ? baseline(target) : {}, `${target.route} as ${target.person}, path part ${index}=${shown(value)}`);
          }),
          { numRuns: runs, reporter },
        );
      }
    }, 600_000);
  }

  it('shows no live markup afterwards, on any page, to anyone', async () => {
    for (const entry of entries.filter((candidate) => candidate.route.startsWith('GET '))) {
      for (const person of whoGetsThrough(entry)) {
        const response = await (await clientFor(ctx(), crowd, person)).get(entry.url);
        checkAnswer(response, `${entry.url} as ${person}`);
      }
    }
  }, 600_000);
});
