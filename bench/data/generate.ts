/**
 * The benchmark's data: the seeded demo data (ICAT's year 2022) grown to 1×, 10× or 100× of a group's
 * year, written through the services (so the data is valid and the search index is fed), as the
 * command-line actor. Deterministic: the same scale gives the same records (timestamps aside).
 *
 * What one "×" is (the seed's own records included where it has them):
 *
 * | records | per × | 1× | 10× | 100× | why |
 * |---|---|---|---|---|---|
 * | organizations (each with a profile) | 12, at least 31 | 31 | 120 | 1,200 | membership grows slower than activity |
 * | plan activities added (one indicator each) | 10 | 10 | 100 | 1,000 | |
 * | pledges | 7 | 7 | 70 | 700 | the seed's 7 co-chair pledges, then more |
 * | accepted progress updates | 100 | 100 | 1,000 | 10,000 | |
 * | working-group posts | 50 | 50 | 500 | 5,000 | |
 * | meetings (2-3 decisions each) | 2 | 2+2 | 20+2 | 200+2 | |
 * | adopted statements (closed round, every member endorsing) | 1 | 1+2 | 10+2 | 100+2 | positions grow as statements × members |
 * | statement in an open endorsement round | - | 1 | 1 | 1 | the page a focal point endorses |
 * | publications / events | 3 / 2 | 3 / 2 | 30 / 20 | 300 / 200 | added to the reference library |
 *
 * Plus a focal point (of UNODC) and an administrator with passwords and API tokens, and (unless told
 * not to) the 2022 report finalized, published and its files generated, so the published pages exist.
 */
import { readFileSync } from 'node:fs';
import type { Deps } from '../../src/deps';
import { isSeeded, readSeedJson, seedDatabase, seedDir } from '../../src/cli/seed';
import * as accounts from '../../src/features/accounts/accounts.service';
import * as posts from '../../src/features/groups/posts.service';
import * as library from '../../src/features/library/library.service';
import * as mapping from '../../src/features/members/mapping.service';
import * as members from '../../src/features/members/members.service';
import * as organizations from '../../src/features/members/organizations.service';
import * as plans from '../../src/features/progress/plan.service';
import * as progress from '../../src/features/progress/progress.service';
import * as reportJobs from '../../src/features/reports/report-jobs.service';
import * as reports from '../../src/features/reports/reports.service';
import * as statements from '../../src/features/statements/statements.service';
import { getVocabularies } from '../../src/features/vocabularies/vocabularies.service';
import { offeredValues } from '../../src/features/vocabularies/vocabularies.schemas';
import { isoDay } from '../../src/lib/clock';
import { commandLineActor, type Actor, type Role } from '../../src/policy/actor';
import { seededRandom, type Random } from './random';
import * as records from './records';

export const scales = [1, 10, 100] as const;
export type Scale = number;

export interface ScaleFactors {
  organizations: number;
  planActivities: number;
  pledges: number;
  acceptedUpdates: number;
  posts: number;
  meetings: number;
  publications: number;
  events: number;
}

export function factorsFor(scale: Scale): ScaleFactors {
  return {
    organizations: Math.max(31, 12 * scale),
    planActivities: 10 * scale,
    pledges: 7 * scale,
    acceptedUpdates: 100 * scale,
    posts: 50 * scale,
    meetings: 2 * scale,
    publications: 3 * scale,
    events: 2 * scale,
  };
}

export interface GenerateOptions {
  scale: Scale;
  /** Finalize and publish the 2022 report and generate its files (PDF through Chromium). Default true. */
  publishReport?: boolean;
  /** Told what is being written, for a progress line. */
  onStep?: (step: string) => void;
}

export interface BenchPerson {
  email: string;
  password: string;
  /** A personal API token (Authorization: Bearer). */
  token: string;
  entity: string | null;
}

/** What the benchmark needs to find its way in the generated data. */
export interface GeneratedData {
  scale: Scale;
  year: number;
  counts: Record<keyof ScaleFactors | 'profiles' | 'openRounds', number>;
  focalPoint: BenchPerson;
  admin: BenchPerson;
  paths: { member: string; statement: string; statementInRound: string; group: string; post: string | null; report: string | null };
  /** Milliseconds per step, to see what generation costs. */
  timings: Record<string, number>;
}

const year = 2022;
const benchPassword = 'bench password, long enough';
const group = 'policy-support-group';
const cli = (): Actor => commandLineActor('icat bench');

/** Grows seeded data (seeding first if needed) to the scale, through the services. */
export async function generateGroupData(deps: Deps, options: GenerateOptions): Promise<GeneratedData> {
  const factors = factorsFor(options.scale);
  const random = seededRandom(0x1ca7 + options.scale);
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    options.onStep?.(name);
    const start = performance.now();
    const result = await work();
    timings[name] = Math.round(performance.now() - start);
    return result;
  };
  if (!(await isSeeded(deps))) await step('seed', () => seedDatabase(deps));
  const acronyms = await step('organizations', () => addOrganizations(deps, random, factors.organizations));
  const profiles = await step('profiles', () => addProfiles(deps, random, acronyms));
  await step('plan', () => extendPlan(deps, random, factors.planActivities, acronyms));
  await step('pledges', () => addPledges(deps, random, factors.pledges));
  await step('progress', () => addUpdates(deps, random, factors.acceptedUpdates, acronyms));
  await step('posts', async () => posts.loadSamplePosts(deps, records.samplePosts(random, Math.max(0, factors.posts - (await countPosts(deps))), group, acronyms)));
  const record = records.sampleRecord(random, factors.meetings, acronyms);
  await step('meetings and statements', () => statements.loadReferenceRecord(deps, cli(), record));
  const statementInRound = await step('open round', () => openSampleRound(deps));
  await step('library', () => library.loadReferenceLibrary(deps, records.sampleLibrary(random, factors.publications, factors.events, acronyms)));
  const focalPoint = await step('focal point', () => addPerson(deps, 'focal.point@bench.example', 'Bench Focal Point', 'UNODC', ['focal_point']));
  const admin = await step('administrator', () => addPerson(deps, 'admin@bench.example', 'Bench Administrator', null, ['admin']));
  const report = options.publishReport === false ? null : await step('report', () => publishReport(deps));
  return {
    scale: options.scale,
    year,
    counts: { ...factors, organizations: acronyms.length, profiles, openRounds: 1 },
    focalPoint,
    admin,
    paths: {
      member: '/members/unodc',
      statement: `/statements/${record.statements[0]?.slug ?? 'sample-statement-0001'}`,
      statementInRound: `/statements/${statementInRound}`,
      group: `/groups/${group}`,
      post: null,
      report,
    },
    timings,
  };
}

/** Adds sample organizations until the directory has `total`; returns every acronym. */
async function addOrganizations(deps: Deps, random: Random, total: number): Promise<string[]> {
  const kinds = await organizations.kindChoices(deps);
  const existing = await memberAcronyms(deps);
  for (let index = existing.length + 1; index <= total; index++) {
    const organization = records.sampleOrganization(random, index, kinds);
    await organizations.createMemberOrganization(deps, cli(), organization);
    existing.push(organization.acronym);
  }
  return existing;
}

async function memberAcronyms(deps: Deps): Promise<string[]> {
  const acronyms: string[] = [];
  for (let page = 1; ; page++) {
    const result = await members.listMembers(deps, { page, kind: undefined, q: undefined });
    acronyms.push(...result.items.map((member) => member.acronym));
    if (acronyms.length >= result.total || result.items.length === 0) return acronyms;
  }
}

/** A profile for every generated organization (the seed's organizations keep their sample profiles). */
async function addProfiles(deps: Deps, random: Random, acronyms: string[]): Promise<number> {
  const { dimensions } = await getVocabularies(deps);
  const missing = acronyms.filter((acronym) => acronym.startsWith(records.sampleAcronymPrefix));
  if (missing.length > 0) {
    const sheet = records.profileSheet(
      random,
      missing,
      dimensions.map((dimension) => ({ code: dimension.code, values: offeredValues(dimension).map((value) => value.code) })),
    );
    await mapping.importProfiles(deps, cli(), sheet, 'bench/data');
  }
  return acronyms.length;
}

async function extendPlan(deps: Deps, random: Random, count: number, acronyms: string[]): Promise<void> {
  const source = records.extendedPlan(random, readFileSync(`${seedDir}demo/plan-2022.yaml`, 'utf8'), count, acronyms);
  await plans.importPlan(deps, cli(), { source, sourceName: 'bench/data (sample plan, extended)' });
}

async function activities(deps: Deps): Promise<plans.PlanItem[]> {
  const plan = await plans.findPlanForYear(deps, year);
  return (plan?.items ?? []).filter((item) => item.level === 'activity' && !item.retired);
}

async function addPledges(deps: Deps, random: Random, total: number): Promise<void> {
  const codes = (await activities(deps)).map((item) => item.code);
  const existing = (await progress.listPledges(deps, year)).length;
  for (let index = existing + 1; index <= total; index++) {
    await progress.createPledge(deps, cli(), {
      year,
      title: `Sample pledge ${index}: ${random.sentence(['support', 'survivors', 'data', 'partners', 'policy', 'training'], 4).slice(0, -1)}`,
      description: records.sampleNote,
      items: random.some(codes, random.int(1, 3)).join(' '),
    });
  }
}

async function addUpdates(deps: Deps, random: Random, total: number, acronyms: string[]): Promise<void> {
  const sample = readSeedJson<progress.SampleProgress>('demo/progress-2022.json');
  const items = (await activities(deps)).map((item) => ({
    code: item.code,
    numberIndicators: item.indicators.filter((indicator) => indicator.type === 'number' && !indicator.retired).map((indicator) => indicator.name),
  }));
  const taken = new Set(sample.updates.map((update) => `${update.entity}|${update.item}`));
  const updates = records.sampleUpdates(random, total - sample.updates.length, acronyms, items, taken);
  // One call (one transaction) per thousand, so that a failure names a bounded batch and memory stays flat.
  for (let start = 0; start < updates.length; start += 1000) {
    await progress.loadSampleProgress(deps, cli(), { ...sample, pledges: [], updates: updates.slice(start, start + 1000) });
  }
}

async function countPosts(deps: Deps): Promise<number> {
  return (await posts.listPosts(deps, cli(), group, { page: 1 })).total;
}

/** A statement in an endorsement round that closes in 60 days: what a focal point opens to endorse. */
async function openSampleRound(deps: Deps): Promise<string> {
  const slug = 'sample-statement-in-endorsement';
  const existing = await statements.listStatementsPage(deps, cli(), { page: 1, status: 'endorsement' });
  if (!existing.items.some((item) => item.slug === slug)) {
    const body = `*Sample data.* ${records.sampleNote}\n\nThe members call on States to strengthen the identification of victims.\n\nThe members commit to share data and guidance.`;
    await statements.createStatement(deps, cli(), { kind: 'joint_statement', title: 'Sample statement in an endorsement round', slug, body });
    const deadline = isoDay(new Date(deps.clock.now().getTime() + 60 * 24 * 3600 * 1000));
    await statements.openRound(deps, cli(), slug, { rule: 'consensus', deadline });
  }
  return slug;
}

async function addPerson(deps: Deps, email: string, name: string, entity: string | null, roles: Role[]): Promise<BenchPerson> {
  const { account } = await accounts.createAccount(deps, cli(), { email, name, roles, password: benchPassword, ...(entity ? { entity } : {}) });
  const actor: Actor = { accountId: account.id, name, email, entityId: account.entityId ?? null, entityAcronym: entity, roles, cochairYears: [], sessionId: null, locale: null };
  const { token } = await accounts.createApiToken(deps, actor, 'benchmark');
  return { email, password: benchPassword, token, entity };
}

/** Finalizes and publishes the year's report, then generates its files here rather than in the server's first minutes. */
async function publishReport(deps: Deps): Promise<string> {
  const draft = await reports.getWorkspace(deps, cli(), year);
  const final = await reports.finalizeReport(deps, cli(), year, draft.summary.version);
  await reports.publishReport(deps, cli(), year, final.version);
  const job = await reportJobs.requestGeneration(deps, cli(), year);
  await reportJobs.runGeneration(deps, job.id, true);
  return `/reports/${year}`;
}
