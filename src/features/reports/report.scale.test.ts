/**
 * The report of a group many times ICAT's size: a pledge with many updates prints its counts, its
 * strongest evidence and "and N more"; every update is in the CSV beside the report; a figure of
 * many organizations draws the largest and one "Others" bar whose number is the rest's sum.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { testDatabaseKinds } from '../../../test/support/test-database';
import type { Deps } from '../../deps';
import { topCategories } from '../../lib/figures';
import { commandLineActor, type Actor } from '../../policy/actor';
import * as organizations from '../members/organizations.service';
import * as progress from '../progress/progress.service';
import * as updates from '../progress/updates.service';
import { claimsPrintedInFull, strongestShown } from './report.claims';
import { compileReport } from './report.compile';
import { renderHtmlDocument } from './report.html';
import { inlineText, walkBlocks, type Block, type ReportModel } from './report.model';
import * as reports from './reports.service';

const admin = commandLineActor('scale test');
const organizationCount = 40;
const updatesPerPledge = 60;
/** Each pledge's updates 0..4 cite two sources: the strongest evidence. */
const withSources = 5;

function acronymOf(index: number): string {
  return `SCALE${String(index + 1).padStart(2, '0')}`;
}

function focalPoint(entityId: number, acronym: string): Actor {
  return { ...admin, roles: ['focal_point'], entityId, entityAcronym: acronym };
}

async function createOrganizations(deps: Deps): Promise<Actor[]> {
  const [kind] = await organizations.kindChoices(deps);
  const focal: Actor[] = [];
  for (let index = 0; index < organizationCount; index++) {
    const row = await organizations.createMemberOrganization(deps, admin, { acronym: acronymOf(index), name: `Scale organization ${index + 1}`, kind, status: 'member', joined_year: '2020' });
    focal.push(focalPoint(row.id, row.acronym));
  }
  return focal;
}

/** Files, submits and accepts one update, as a focal point and the secretariat do. */
async function acceptedUpdate(deps: Deps, focal: Actor, input: { period: number; pledge: number; narrative: string; links?: string }): Promise<number> {
  const created = await updates.createUpdate(deps, focal, {
    period: String(input.period),
    pledge: String(input.pledge),
    status: 'on_track',
    narrative: input.narrative,
    evidence_links: input.links ?? '',
    intent: 'save',
  });
  const submitted = await updates.submitUpdate(deps, focal, created.id, { version: String(created.version) });
  await updates.acceptUpdate(deps, admin, created.id, { version: String(submitted.version) });
  return created.id;
}

/**
 * A pledge's 60 accepted updates written at once, as the services leave them once accepted (the
 * services' own path is the last test's): updates 0..4 cite two links each. Gives the ids of those five.
 */
async function insertAcceptedUpdates(deps: Deps, focal: Actor[], periods: number[], pledgeId: number, title: string): Promise<number[]> {
  const now = deps.clock.now();
  const rows = Array.from({ length: updatesPerPledge }, (_, index) => ({
    period_id: periods[Math.floor(index / organizationCount)] as number,
    entity_id: (focal[index % organizationCount] as Actor).entityId as number,
    pledge_id: pledgeId,
    state: 'accepted' as const,
    status: 'on_track' as const,
    narrative: `${title}: activity ${index + 1}.`,
    submitted_at: now,
    reviewed_at: now,
    reviewed_by_label: 'scale test',
    author_label: 'scale test',
    created_at: now,
    updated_at: now,
  }));
  const inserted = await deps.db.insertInto('progress_updates').values(rows).returning('id').execute();
  const ids = inserted
    .map((row) => row.id)
    .sort((a, b) => a - b)
    .slice(0, withSources);
  const links = ids.flatMap((id, index) =>
    (['a', 'b'] as const).map((suffix, position) => ({
      update_id: id,
      kind: 'link' as const,
      title: suffix === 'a' ? 'Report' : 'Data',
      url: `https://example.org/${title.at(-1)}/${index}/${suffix}`,
      position,
      created_at: now,
    })),
  );
  await deps.db.insertInto('progress_evidence').values(links).execute();
  return ids;
}

function pledgeSubsection(model: ReportModel, title: string): Block[] {
  const section = model.sections.find((candidate) => candidate.id === 'pledges');
  const found = section?.blocks.find((block) => block.kind === 'subsection' && block.title.includes(title));
  if (found?.kind !== 'subsection') throw new Error(`No pledge "${title}" in the report`);
  return found.blocks;
}

function texts(blocks: Block[]): string[] {
  return [...walkBlocks(blocks)].flatMap((block) => (block.kind === 'paragraph' || block.kind === 'claim' ? [inlineText(block.content)] : []));
}

function claimIds(blocks: Block[]): number[] {
  return [...walkBlocks(blocks)].flatMap((block) => (block.kind === 'claim' ? [Number(/evidence-(\d+)/.exec(block.sources[0]?.href ?? '')?.[1])] : []));
}

/** CSV lines (the narratives here have no line breaks), without the byte-order mark and header. */
function csvRows(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1);
}

for (const kind of testDatabaseKinds()) {
  describe(`the report of a large group (${kind})`, () => {
    const ctx = useTestContext(kind);
    const people = signedInPeople(ctx);
    const strong = new Map<string, number[]>();
    let focal: Actor[] = [];
    /** One update per organization, target and period: the 60 updates of a pledge come in two periods. */
    let periods: number[] = [];
    let model: ReportModel;

    beforeAll(async () => {
      const { deps } = ctx();
      focal = await createOrganizations(deps);
      const seeded = (await progress.listPeriods(deps, 2022))[0]?.id ?? 0;
      const second = await progress.createPeriod(deps, admin, { year: '2022', label: 'Scale test, second half', kind: 'half_yearly', opens_on: '2022-07-01', deadline: '2022-12-31' });
      periods = [seeded, second.id];
      for (const title of ['Scale pledge A', 'Scale pledge B']) {
        const pledge = await progress.createPledge(deps, admin, { year: '2022', title, items: '' });
        strong.set(title, await insertAcceptedUpdates(deps, focal, periods, pledge.id, title));
      }
      model = await compileReport(deps, { year: 2022, status: 'draft', narratives: {} });
    }, 600_000);

    it('prints a pledge’s counts, its strongest evidence and how many more updates the annex lists', () => {
      const blocks = pledgeSubsection(model, 'Scale pledge A');
      const text = texts(blocks).join('\n');
      expect(text).toContain(`${updatesPerPledge} accepted updates from ${organizationCount} organizations`);
      // The five that cite sources are the strongest, whatever their order of filing.
      expect(claimIds(blocks).sort((a, b) => a - b)).toEqual(strong.get('Scale pledge A'));
      expect(claimIds(blocks)).toHaveLength(strongestShown);
      // The other 55 come from all 40 organizations (organizations 1-5 filed twice).
      expect(text).toContain(`And ${updatesPerPledge - strongestShown} more updates from ${organizationCount} organizations (listed in the annex’s CSV file).`);
      const more = [...walkBlocks(blocks)].find((block) => block.kind === 'paragraph' && inlineText(block.content).startsWith('And '));
      expect(more?.kind === 'paragraph' && more.content.some((part) => typeof part === 'object' && part.href === '/reports/2022/updates.csv')).toBe(true);
    });

    it('prints every update of a pledge that has few, as before', async () => {
      const { deps } = ctx();
      const seeded = (await progress.listPledges(deps, 2022)).find((pledge) => pledge.position === 1);
      const blocks = pledgeSubsection(model, seeded?.priority?.title ?? seeded?.title ?? '');
      const claims = claimIds(blocks);
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.length).toBeLessThanOrEqual(claimsPrintedInFull);
      expect(texts(blocks).join('\n')).not.toContain('more updates from');
    });

    it('lists every accepted update in the CSV beside the report, and links to it from the evidence annex', async () => {
      const { deps } = ctx();
      const total = await sql<{ n: number }>`
        select count(*)::int as n from progress_updates u join reporting_periods p on p.id = u.period_id where p.year = 2022 and u.state = 'accepted'`.execute(deps.db);
      const expected = Number(total.rows[0]?.n);
      expect(expected).toBeGreaterThanOrEqual(2 * updatesPerPledge);
      const chair = await people.client('secretariat', { roles: ['admin'] });
      const response = await chair.get('/reports/2022/updates.csv');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const rows = csvRows(response.body);
      expect(rows).toHaveLength(expected);
      for (const ids of strong.values()) for (const id of ids) expect(rows.some((row) => row.startsWith(`${id},`))).toBe(true);
      expect(response.body).toContain('https://example.org/A/0/a');
      const annex = model.sections.find((section) => section.id === 'annex-evidence');
      expect(texts(annex?.blocks ?? []).join('\n')).toContain(`All ${expected} accepted progress updates of 2022`);
      // A person outside the report's preparers gets no draft's data.
      const anonymous = await ctx().app.inject({ method: 'GET', url: '/reports/2022/updates.csv' });
      expect([303, 401, 403, 404]).toContain(anonymous.statusCode);
      expect(anonymous.body).not.toContain('Scale pledge A');
    });

    it('draws the largest organizations and one "Others" bar whose number is the sum of the rest; the CSV keeps every organization', async () => {
      const figure = model.figures.find((candidate) => candidate.id === 'figure-updates-by-member');
      if (!figure) throw new Error('No figure of updates by member');
      const full = figure.table.rows.map(([label, value]) => [String(label), Number(value)] as const);
      expect(full.length).toBeGreaterThan(organizationCount);
      const bars = (figure.spec as { data: { values: { label: string; value: number }[] } }).data.values;
      expect(bars).toHaveLength(topCategories + 1);
      const others = bars.at(-1);
      expect(others?.label).toBe(`Others (${full.length - topCategories})`);
      const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
      expect(sum(bars.map((bar) => bar.value))).toBe(sum(full.map(([, value]) => value)));
      const largest = [...full].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).slice(0, topCategories);
      expect(bars.slice(0, topCategories).map((bar) => bar.label)).toEqual(largest.map(([label]) => label));
      expect(figure.alt).toContain(`The ${topCategories} largest of ${full.length} categories are drawn one by one`);
      const response = await (await people.client('secretariat', { roles: ['admin'] })).get('/reports/2022/figures/figure-updates-by-member.csv');
      expect(csvRows(response.body)).toHaveLength(full.length);
      // The annex prints the table as drawn, and says where the full one is.
      const html = await renderHtmlDocument(model);
      expect(html).toContain(`Others (${full.length - topCategories})`);
      expect(html).toContain('The CSV file holds the full table.');
    });

    it('keeps the members’ table to the organizations that reported most, and names how many more there are', () => {
      const section = model.sections.find((candidate) => candidate.id === 'members');
      const table = [...walkBlocks(section?.blocks ?? [])].find((block) => block.kind === 'table');
      expect(table?.kind === 'table' && table.rows.length).toBe(topCategories);
      expect(texts(section?.blocks ?? []).join('\n')).toMatch(/The table lists the 12 organizations that reported most; \d+ other organizations are in the list of all updates/);
    });

    it('compiles a consistent report while focal points submit updates', async () => {
      const { deps } = ctx();
      const pledge = await progress.createPledge(deps, admin, { year: '2022', title: 'Scale pledge C', items: '' });
      const before = model.updates?.rows.length ?? 0;
      const filing = focal.slice(0, 6).map((actor, index) => acceptedUpdate(deps, actor, { period: periods[0] as number, pledge: pledge.id, narrative: `Filed during the report: ${index + 1}.` }));
      const [exported] = await Promise.all([reports.exportReport(deps, admin, 2022, ['html']), ...filing]);
      const { model: during, files } = exported;
      const rows = during.updates?.rows.length ?? 0;
      expect(rows).toBeGreaterThanOrEqual(before);
      expect(rows).toBeLessThanOrEqual(before + 6);
      // Whatever moment it read, the report agrees with itself: its figure, its CSV and its annex count the same updates.
      const figure = during.figures.find((candidate) => candidate.id === 'figure-updates-by-member');
      expect(figure?.table.rows.reduce((total, row) => total + Number(row[1]), 0)).toBe(rows);
      const csv = files.find((file) => file.name.endsWith('-updates.csv'));
      expect(csvRows(csv?.data.toString('utf8') ?? '')).toHaveLength(rows);
      const after = await compileReport(deps, { year: 2022, status: 'draft', narratives: {} });
      expect(after.updates?.rows.length).toBe(before + 6);
    }, 300_000);
  });
}
