/**
 * Many people at once, the normal case: 32 browser sessions of different organizations and roles,
 * for STRESS_SECONDS (30 by default, to keep `npm test` within its time; `npm run stress` runs 120), mixing public pages, signed-in pages and writes (group posts,
 * comments on a draft, positions in an endorsement round, progress updates), over real HTTP, while
 * `icat import-profiles` and `icat seed` run again and again from a second process. Nobody gets a
 * 5xx, nobody is refused or signed out, every acknowledged write is there afterwards under the right
 * person and organization, and nobody's page shows another person's account.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as plans from '../../src/features/progress/plan.service';
import { createTestContext, type TestContext } from '../support/build-test-app';
import { commandEnvironment, icatCommand, type CommandResult } from '../support/cli';
import { createTestAccount, type TestAccount } from '../support/factories';
import { TestClient, type TestResponse } from '../support/http-client';
import { postMultipart } from '../support/multipart';
import { makeTempDir, testDatabaseKinds } from '../support/test-database';

const seconds = Number(process.env.STRESS_SECONDS ?? 30);
const group = '/groups/policy-support-group';
const publicPages = [
  '/',
  '/members',
  '/members/UNODC',
  '/mapping',
  '/publications',
  '/events',
  '/statements',
  '/meetings',
  '/decisions',
  '/governance',
  '/reports',
  '/about',
  '/search?q=trafficking',
  '/feed.atom',
];
const signedInPages = ['/groups', group, '/progress', '/statements/workspace', '/api/v1/members'];

interface Person {
  key: string;
  account: TestAccount;
  entity: { id: number; acronym: string } | null;
  roles: ('admin' | 'cochair' | 'focal_point' | 'member')[];
}

interface Session {
  person: Person;
  client: TestClient;
  /** Only the first session of a focal point keeps the organization's position and update, so each has one writer. */
  writer: boolean;
}

interface Ledger {
  requests: number;
  failures: string[];
  posts: { title: string; accountId: number; entityId: number }[];
  comments: { body: string; accountId: number }[];
  positions: Map<number, { position: string; version: number }>;
  updates: Map<number, { id: number; narrative: string; version: number }>;
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;

function check(ledger: Ledger, session: Session, what: string, response: TestResponse, expected: number[]): boolean {
  ledger.requests += 1;
  if (expected.includes(response.statusCode)) return true;
  const location = String(response.headers.location ?? '');
  ledger.failures.push(`${session.person.key} ${what}: ${response.statusCode}${location ? ` → ${location}` : ''} ${response.body.slice(0, 160).replace(/\s+/g, ' ')}`);
  return false;
}

describe.each(testDatabaseKinds())('32 people at once on %s, with commands beside the server', (kind) => {
  let context: TestContext;
  let baseUrl: string;
  const people: Person[] = [];
  const sessions: Session[] = [];
  let draftSlug = '';
  let roundSlug = '';
  let roundId = 0;
  let periodId = 0;
  let itemIds: number[] = [];

  beforeAll(async () => {
    context = await createTestContext(kind);
    baseUrl = await context.app.listen({ port: 0, host: '127.0.0.1' });
    const entities = await context.deps.db.selectFrom('entities').select(['id', 'acronym']).where('status', '=', 'member').orderBy('acronym').execute();
    const focalEntities = entities.filter((entity) => entity.acronym !== 'ICMPD').slice(0, 12);
    const icmpd = entities.find((entity) => entity.acronym === 'ICMPD') ?? null;
    const add = async (key: string, roles: Person['roles'], entity: Person['entity']) => {
      const account = await createTestAccount(context.deps, { roles, ...(entity ? { entity: entity.acronym } : {}), email: `${key}@stress.example.org`, name: `Stress ${key}` });
      people.push({ key, account, entity, roles });
    };
    for (const entity of focalEntities) await add(`fp-${entity.acronym.toLowerCase()}`, ['focal_point'], entity);
    await add('chair', ['cochair', 'focal_point'], icmpd);
    await add('admin', ['admin'], focalEntities[0] ?? null);
    for (const [index, entity] of focalEntities.slice(0, 4).entries()) await add(`member-${index}`, ['member'], entity);
    for (const person of people) {
      const copies = person.roles.includes('focal_point') && person.key.startsWith('fp-') ? 2 : person.key.startsWith('member') ? 1 : 2;
      for (let copy = 0; copy < copies; copy++) {
        const client = new TestClient(baseUrl);
        await client.signIn(person.account.email, person.account.password);
        sessions.push({ person, client, writer: copy === 0 });
      }
    }
    await setUpStatements();
    const plan = await plans.findPlanForYear(context.deps, 2022);
    itemIds = (plan?.items ?? []).filter((item) => item.level === 'activity').map((item) => item.id);
    periodId = (await context.deps.db.selectFrom('reporting_periods').select('id').where('year', '=', 2022).executeTakeFirstOrThrow()).id;
  }, 240_000);

  afterAll(async () => {
    await context?.database.close();
  });

  /** A draft open for comments and a text in an endorsement round, made by the co-chair. */
  async function setUpStatements(): Promise<void> {
    const chair = sessions.find((session) => session.person.key === 'chair')?.client as TestClient;
    draftSlug = 'stress-draft';
    roundSlug = 'stress-round';
    for (const slug of [draftSlug, roundSlug]) {
      const created = await chair.post('/statements/new', { kind: 'call_to_action', title: `Text ${slug}`, slug, body: 'First paragraph.\n\nSecond paragraph.' });
      if (created.statusCode !== 303) throw new Error(`statement: ${created.statusCode} ${created.body.slice(0, 300)}`);
    }
    const opened = await chair.post(`/statements/${roundSlug}/rounds`, { deadline: '2022-11-30', rule: 'consensus' });
    if (opened.statusCode !== 303) throw new Error(`round: ${opened.statusCode} ${opened.body.slice(0, 300)}`);
    const statement = (await chair.get(`/api/v1/statements/${roundSlug}`)).json();
    roundId = statement.rounds.find((round: { open: boolean }) => round.open).id;
  }

  async function readPages(ledger: Ledger, session: Session): Promise<void> {
    const url = Math.random() < 0.5 ? pick(publicPages) : pick(signedInPages);
    check(ledger, session, `GET ${url}`, await session.client.get(url), [200]);
  }

  async function readOwnAccount(ledger: Ledger, session: Session): Promise<void> {
    const response = await session.client.get('/account');
    if (!check(ledger, session, 'GET /account', response, [200])) return;
    if (!response.body.includes(session.person.account.email)) ledger.failures.push(`${session.person.key}: /account does not show their own email`);
    for (const other of people) {
      if (other !== session.person && response.body.includes(other.account.email)) ledger.failures.push(`${session.person.key}: /account shows ${other.key}'s email`);
    }
  }

  async function post(ledger: Ledger, session: Session, n: number): Promise<void> {
    const title = `Stress post ${session.person.key} ${n} ${Math.random().toString(36).slice(2, 8)}`;
    const fields = { kind: 'policy_brief', title, summary: `Shared by ${session.person.key}.`, crises: 'Sahel', themes: 'Identification', regions: 'Africa', links: '' };
    const response = await postMultipart(session.client, `${group}/posts`, fields, []);
    if (check(ledger, session, 'POST a group post', response, [303])) {
      ledger.posts.push({ title, accountId: session.person.account.id, entityId: session.person.entity?.id ?? -1 });
    }
  }

  async function comment(ledger: Ledger, session: Session, n: number): Promise<void> {
    const body = `Stress comment ${session.person.key} ${n} ${Math.random().toString(36).slice(2, 8)}`;
    const response = await session.client.post(`/statements/${draftSlug}/comments`, { paragraph: '1', body });
    if (check(ledger, session, 'POST a comment', response, [303])) ledger.comments.push({ body, accountId: session.person.account.id });
  }

  async function position(ledger: Ledger, session: Session): Promise<void> {
    const entityId = session.person.entity?.id as number;
    const current = ledger.positions.get(entityId) ?? { position: '', version: 0 };
    const next = current.position === 'endorse' ? 'abstain' : 'endorse';
    const response = await session.client.post(`/statements/${roundSlug}/rounds/${roundId}/position`, { position: next, version: String(current.version), comment: '' });
    if (check(ledger, session, 'POST a position', response, [303])) ledger.positions.set(entityId, { position: next, version: current.version + 1 });
  }

  async function progressUpdate(ledger: Ledger, session: Session, n: number): Promise<void> {
    const entityId = session.person.entity?.id as number;
    const narrative = `Stress narrative ${session.person.key} ${n}`;
    const current = ledger.updates.get(entityId);
    if (!current) {
      const response = await session.client.post('/progress/updates', { period: String(periodId), item: String(itemIds[entityId % itemIds.length]), status: 'on_track', narrative });
      if (!check(ledger, session, 'POST a new progress update', response, [303])) return;
      const id = Number(/\/progress\/updates\/(\d+)/.exec(String(response.headers.location))?.[1]);
      ledger.updates.set(entityId, { id, narrative, version: 1 });
      return;
    }
    const response = await session.client.post(`/progress/updates/${current.id}`, { version: String(current.version), status: 'on_track', narrative, intent: 'save' });
    if (check(ledger, session, 'POST a progress update', response, [303])) ledger.updates.set(entityId, { ...current, narrative, version: current.version + 1 });
  }

  async function work(ledger: Ledger, session: Session, until: number): Promise<void> {
    const focal = session.person.key.startsWith('fp-');
    for (let n = 0; Date.now() < until; n++) {
      const roll = Math.random();
      if (roll < 0.35) await readPages(ledger, session);
      else if (roll < 0.5) await readOwnAccount(ledger, session);
      else if (!focal) await readPages(ledger, session);
      else if (roll < 0.65) await post(ledger, session, n);
      else if (roll < 0.8) await comment(ledger, session, n);
      else if (roll < 0.9 && session.writer) await position(ledger, session);
      else if (session.writer) await progressUpdate(ledger, session, n);
      else await readOwnAccount(ledger, session);
    }
  }

  /** `icat import-profiles` and `icat seed`, one after the other, until the time is up. */
  async function commandsBeside(until: number): Promise<CommandResult[]> {
    const env = commandEnvironment(context.database);
    const dir = makeTempDir('icat-stress-cli-');
    const results: CommandResult[] = [];
    for (let day = 1; Date.now() < until; day++) {
      const file = join(dir, `profiles-${day}.csv`);
      writeFileSync(file, `acronym,as_of,regions\nUNICEF,2024-01-${String((day % 28) + 1).padStart(2, '0')},africa;americas\n`);
      results.push(await icatCommand(['import-profiles', file], env));
      if (Date.now() < until) results.push(await icatCommand(['seed'], env));
    }
    return results;
  }

  it(`keeps every answer right and every write for ${seconds} s`, { timeout: (seconds + 240) * 1000 }, async () => {
    const ledger: Ledger = { requests: 0, failures: [], posts: [], comments: [], positions: new Map(), updates: new Map() };
    const until = Date.now() + seconds * 1000;
    expect(sessions).toHaveLength(32);
    const [commands] = await Promise.all([commandsBeside(until), ...sessions.map((session) => work(ledger, session, until))]);

    expect(ledger.failures).toEqual([]);
    expect(ledger.requests).toBeGreaterThan(sessions.length * 5);
    for (const result of commands) expect(result.stderr, result.stdout).toBe('');
    expect(commands.length).toBeGreaterThanOrEqual(2);

    const db = context.deps.db;
    const posts = await db.selectFrom('group_posts').select(['title', 'author_account_id', 'entity_id']).where('title', 'like', 'Stress post %').execute();
    expect(posts).toHaveLength(ledger.posts.length);
    const stored = new Map(posts.map((row) => [row.title, row]));
    for (const acked of ledger.posts) expect(stored.get(acked.title), acked.title).toEqual({ title: acked.title, author_account_id: acked.accountId, entity_id: acked.entityId });

    const comments = await db.selectFrom('statement_comments').select(['body', 'author_account_id']).where('body', 'like', 'Stress comment %').execute();
    expect(comments).toHaveLength(ledger.comments.length);
    const storedComments = new Map(comments.map((row) => [row.body, row.author_account_id]));
    for (const acked of ledger.comments) expect(storedComments.get(acked.body), acked.body).toBe(acked.accountId);

    const positions = await db.selectFrom('endorsement_positions').select(['entity_id', 'position']).where('round_id', '=', roundId).execute();
    expect(Object.fromEntries(positions.map((row) => [row.entity_id, row.position]))).toEqual(Object.fromEntries([...ledger.positions].map(([entity, acked]) => [entity, acked.position])));

    for (const [entityId, acked] of ledger.updates) {
      const row = await db.selectFrom('progress_updates').select(['entity_id', 'narrative']).where('id', '=', acked.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ entity_id: entityId, narrative: acked.narrative });
    }
    console.log(
      `${kind}: ${ledger.requests} requests by ${sessions.length} sessions in ${seconds} s; ${ledger.posts.length} posts, ${ledger.comments.length} comments, ${ledger.positions.size} positions, ${ledger.updates.size} updates; ${commands.length} commands beside.`,
    );
  });

  it('keeps everyone signed in afterwards', async () => {
    for (const session of sessions) {
      const response = await session.client.get('/account');
      expect(response.statusCode, session.person.key).toBe(200);
      expect(response.body).toContain(session.person.account.email);
    }
  });
});
