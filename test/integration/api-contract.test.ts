/**
 * The JSON API keeps its published contract: every /api/v1 route is in the OpenAPI document, and
 * each one, called on the seeded data by a person allowed to, answers a body that fits the
 * document's schema for that route and status (checked against the document, not the zod schemas it
 * is made from). A field that is not declared never leaves, and an answer that does not fit its
 * schema is a 500 that is logged, never sent.
 */
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../../src/app';
import { apiRoute } from '../../src/http/api-route';
import { registerErrorHandling } from '../../src/http/error-handler';
import { schemaProblems, type JsonSchema } from '../support/json-schema';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient, type TestResponse } from '../support/http-client';
import { countStatements } from '../support/statement-counter';
import { testDatabaseKinds } from '../support/test-database';

type OpenApi = { paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> }>> };

const statement = 'call-to-action-humanitarian-crises-2022';

/** A request to make for an operation of the document, as the co-chair (ICMPD, 2022) unless said otherwise. */
interface Call {
  url: string;
  body?: () => unknown;
  status?: number;
  /** Also as a visitor without an account: the route is public. */
  public?: boolean;
}

function problemsOf(document: OpenApi, method: string, url: string, response: TestResponse): string[] {
  const pathname = url.split('?')[0] ?? url;
  const entry = Object.entries(document.paths).find(([pattern]) => new RegExp(`^${pattern.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname));
  const operation = entry?.[1][method.toLowerCase()];
  if (!operation) return [`${method} ${pathname}: not in the document`];
  const declared = operation.responses[String(response.statusCode)]?.content['application/json']?.schema;
  if (!declared) return [`${method} ${url}: status ${response.statusCode} is not declared (${response.body.slice(0, 200)})`];
  return schemaProblems(declared, response.json(), document).map((problem) => `${method} ${url} ${response.statusCode}: ${problem}`);
}

for (const kind of testDatabaseKinds()) {
  describe(`the JSON API's contract [${kind}]`, () => {
    const ctx = useTestContext(kind);

    async function signedIn(options: Parameters<typeof createTestAccount>[1]): Promise<TestClient> {
      const account = await createTestAccount(ctx().deps, options);
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      return client;
    }

    it('answers every route with a body that fits the OpenAPI document', async () => {
      const visitor = new TestClient(ctx().app);
      const openApi = await visitor.get('/api/v1/openapi.json');
      expect(openApi.statusCode).toBe(200);
      const document = openApi.json() as OpenApi & { openapi: string; info: { title: string }; components: { securitySchemes: Record<string, unknown> } };
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['session', 'token']);

      // Every registered route of the API is in the document, and nothing else is.
      const registered = ctx().app.registeredRoutes.filter((route) => route.includes(' /api/v1/') && route !== 'GET /api/v1/openapi.json');
      const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`));
      expect(documented.sort()).toEqual(registered.sort());

      const cochair = await signedIn({ roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      const plan = (await cochair.get('/api/v1/plan?year=2022')).json() as { items: { id: number; code: string; retired: boolean; level: string }[] };
      const member = (await cochair.get('/api/v1/members/icmpd')).json() as { profile: { version: number; values: Record<string, string[]> } | null };
      let created: { id: number; version: number } | null = null;

      const calls: Record<string, Call[]> = {
        listMembers: [{ url: '/api/v1/members', public: true }],
        getMember: [
          { url: '/api/v1/members/icmpd', public: true },
          { url: '/api/v1/members/no-such-organization', status: 404 },
        ],
        saveMemberProfile: [
          {
            url: '/api/v1/members/icmpd/profile',
            body: () => ({ version: member.profile?.version ?? 0, values: member.profile?.values ?? {}, expertise: 'Policy advice (sample data).', initiatives: [], partnerships: [] }),
          },
        ],
        getMapping: [{ url: '/api/v1/mapping', public: true }],
        listTerms: [{ url: '/api/v1/terms', public: true }],
        getTerm: [
          { url: '/api/v1/terms/2022', public: true },
          { url: '/api/v1/terms/1999', status: 400 },
        ],
        getPlan: [
          { url: '/api/v1/plan', public: true },
          { url: '/api/v1/plan?plan=no-such-plan', status: 404 },
        ],
        getProgress: [{ url: '/api/v1/progress?year=2022' }],
        listPledges: [{ url: '/api/v1/progress/pledges?year=2022' }],
        createProgressUpdate: [], // below: it needs an item the organization has not reported on yet
        saveProgressUpdate: [],
        listMeetings: [{ url: '/api/v1/meetings', public: true }],
        getMeeting: [{ url: '/api/v1/meetings/1', public: true }],
        listDecisions: [{ url: '/api/v1/decisions', public: true }],
        getStatement: [{ url: `/api/v1/statements/${statement}`, public: true }],
        getRoundTally: [{ url: `/api/v1/statements/${statement}/rounds/2/tally` }],
        listGroups: [{ url: '/api/v1/groups' }],
        listGroupPosts: [{ url: '/api/v1/groups/policy-support-group/posts' }],
        listPublications: [{ url: '/api/v1/publications', public: true }],
        listEvents: [{ url: '/api/v1/events', public: true }],
        listReports: [{ url: '/api/v1/reports', public: true }],
        getReport: [{ url: '/api/v1/reports/2022' }, { url: '/api/v1/reports/2022?lang=fr' }],
        search: [{ url: '/api/v1/search?q=trafficking', public: true }],
      };
      const operations = Object.values(document.paths).flatMap((entry) => Object.values(entry).map((operation) => operation.operationId));
      expect(Object.keys(calls).sort()).toEqual(operations.sort());

      const problems: string[] = [];
      const check = (method: string, url: string, response: TestResponse, status: number) => {
        if (response.statusCode !== status) problems.push(`${method} ${url}: ${response.statusCode}, expected ${status}: ${response.body.slice(0, 300)}`);
        problems.push(...problemsOf(document, method, url, response));
      };
      for (const call of Object.values(calls).flat()) {
        const method = call.body ? 'POST' : 'GET';
        const response = call.body ? await cochair.postJson(call.url, call.body()) : await cochair.get(call.url);
        check(method, call.url, response, call.status ?? 200);
        if (call.public) check(method, call.url, await visitor.get(call.url), call.status ?? 200);
      }

      // Writing progress: a new update (201), its edit (200), and a stale edit (409 with the update as saved).
      for (const item of plan.items.filter((candidate) => !candidate.retired)) {
        const response = await cochair.postJson('/api/v1/progress/updates', { period: 1, item: item.id, status: 'on_track', narrative: 'Contract check (sample data).' });
        if (response.statusCode === 409 || response.statusCode === 400) continue;
        check('POST', '/api/v1/progress/updates', response, 201);
        created = (response.json() as { update: { id: number; version: number } }).update;
        break;
      }
      expect(created).not.toBeNull();
      const updateUrl = `/api/v1/progress/updates/${created?.id}`;
      check('POST', updateUrl, await cochair.postJson(updateUrl, { version: created?.version, status: 'delayed' }), 200);
      check('POST', updateUrl, await cochair.postJson(updateUrl, { version: created?.version, status: 'achieved' }), 409);

      expect(problems).toEqual([]);
    }, 240_000);

    it('never sends what a service keeps for itself', async () => {
      const cochair = await signedIn({ roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      const meeting = (await cochair.get('/api/v1/meetings/1')).json();
      expect(meeting).not.toHaveProperty('rights');
      const text = (await cochair.get(`/api/v1/statements/${statement}`)).json();
      expect(text).not.toHaveProperty('rights');
      expect(text).not.toHaveProperty('positionFor');
      const report = (await cochair.get('/api/v1/reports/2022')).json();
      expect(report.model).toHaveProperty('sections');
      expect(report.model).not.toHaveProperty('updates');
    });

    it('publishes the document and the reference page without reading the database', async () => {
      const counter = countStatements(ctx().deps.db);
      const app = await buildApp({ ...ctx().deps, db: counter.db, database: ctx().database, pageCache: { enabled: false } });
      try {
        for (const url of ['/api/v1/openapi.json', '/api', '/api?lang=ar']) {
          const statements = await counter.during(async () => expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200));
          expect(statements, url).toEqual([]);
        }
      } finally {
        await app.close();
      }
    });

    it('publishes a reference page in the reader’s language, naming every route and who may call it', async () => {
      const visitor = new TestClient(ctx().app);
      const document = (await visitor.get('/api/v1/openapi.json')).json() as OpenApi;
      const english = await visitor.get('/api');
      expect(english.statusCode).toBe(200);
      expect(english.headers['content-type']).toContain('text/html');
      for (const path of Object.keys(document.paths)) expect(english.body).toContain(path.replace(/\{([^}]+)\}/g, ':$1'));
      expect(english.body).toContain('Focal points, for their own organization.');
      // Each field with its type in words: a nullable text, a list of a named shape, a moment.
      const getTerm = /<section class="api-route" id="getTerm".*?<\/section>/s.exec(english.body)?.[0] ?? '';
      expect(getTerm).toMatch(/<code dir="ltr">note<\/code>\s*<\/th>\s*<td dir="ltr">\s*<code>string or null<\/code>\s*<\/td>/);
      expect(getTerm).toMatch(/<code dir="ltr">chairs<\/code>\s*<\/th>\s*<td dir="ltr">\s*<code>list of object \(MemberSummary\)<\/code>\s*<\/td>/);
      expect(getTerm).not.toContain('any value');
      expect(english.body).toContain('href="/api/v1/openapi.json"');
      const french = await visitor.get('/api?lang=fr');
      expect(french.body).toContain('<h1>L’API JSON</h1>');
      expect(french.body).toContain('Les points focaux, pour leur propre organisation.');
      const frenchDocument = (await visitor.get('/api/v1/openapi.json?lang=fr')).json() as { paths: OpenApi['paths'] & Record<string, Record<string, { summary: string }>> };
      expect(frenchDocument.paths['/api/v1/terms/{year}']?.get?.summary).toBe('Une année de présidence');
    });
  });
}

describe('an API route', () => {
  /** A bare app with one route and the platform's error handling, logging to `lines`. */
  async function appAnswering(answer: () => unknown) {
    const lines: string[] = [];
    const stream = new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'error', stream } });
    registerErrorHandling(app);
    const response = z.object({ id: z.number().int(), acronym: z.string() });
    apiRoute(
      app,
      {
        method: 'GET',
        url: '/api/v1/things/:id',
        operationId: 'getThing',
        summary: 'api.op.getMember',
        tag: 'members',
        access: 'everyone',
        params: z.object({ id: z.coerce.number().int() }),
        response,
      },
      async () => answer() as z.input<typeof response>,
    );
    await app.ready();
    return { app, lines };
  }

  it('leaves out a field the internal object gained but the schema does not declare', async () => {
    const { app } = await appAnswering(() => ({ id: 7, acronym: 'ABC', passwordHash: 'secret', rights: { manage: true } }));
    const response = await app.inject({ method: 'GET', url: '/api/v1/things/7' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: 7, acronym: 'ABC' });
    await app.close();
  });

  it('answers 500 and logs the route when its answer does not fit its schema', async () => {
    const { app, lines } = await appAnswering(() => ({ id: 'seven', acronym: 'ABC' }));
    const response = await app.inject({ method: 'GET', url: '/api/v1/things/7' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL');
    expect(response.body).not.toContain('seven');
    expect(lines.join('')).toContain('GET /api/v1/things/:id does not fit its declared schema');
    await app.close();
  });

  it('checks its parameters before the handler runs', async () => {
    let ran = false;
    const { app } = await appAnswering(() => {
      ran = true;
      return { id: 1, acronym: 'A' };
    });
    const response = await app.inject({ method: 'GET', url: '/api/v1/things/not-a-number' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].field).toBe('id');
    expect(ran).toBe(false);
    await app.close();
  });
});

describe('the JSON Schema check the contract test relies on', () => {
  const root = {
    components: { schemas: { Thing: { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'string', format: 'date-time' } }, required: ['id'], additionalProperties: false } } },
  };
  const thing: JsonSchema = { $ref: '#/components/schemas/Thing' };

  it('accepts what fits and names what does not', () => {
    expect(schemaProblems(thing, { id: 1, at: '2022-11-20T10:00:00.000Z' }, root)).toEqual([]);
    expect(schemaProblems(thing, { id: 1.5 }, root)).toEqual(['$.id: expected integer, got number']);
    expect(schemaProblems(thing, { id: 1, extra: true }, root)).toEqual(['$.extra: not declared']);
    expect(schemaProblems(thing, {}, root)).toEqual(['$: "id" is missing']);
    expect(schemaProblems(thing, { id: 1, at: 'yesterday' }, root)).toEqual(['$.at: "yesterday" is not a date-time']);
    expect(schemaProblems({ anyOf: [{ type: 'string' }, { type: 'null' }] }, 3, root)).toEqual(['$: fits none of the alternatives']);
    expect(schemaProblems({ type: 'string', unknownKeyword: 1 }, 'a', root)).toEqual(['$: the check does not know the keyword "unknownKeyword"']);
  });
});
