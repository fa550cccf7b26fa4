/**
 * A large group's long lists: above their thresholds, the member annex counts members by kind, the
 * decisions, meetings, timeline, publications and events print their most significant entries and
 * "And N more" with a link to the full list (a CSV beside the report, or the public list), and the
 * CSVs hold every row. Below the thresholds (the demo's data) everything is printed as before.
 * The data is grown by copying the demo's rows of 2022 in the database itself, many at a time.
 */
import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { compileReport } from './report.compile';
import { reportCaps } from './report.lists';
import { inlineText, walkBlocks, type Block, type ReportModel } from './report.model';

const principalLabel = 'Principal level';
const grown = { pledges: 24, members: 70, meetings: 36, decisions: 48, publications: 45, events: 34 };

/**
 * Copies a row `count` times, each copy with the columns `changes` names set to the SQL given, in
 * which `g` is the copy's number (1..count). The columns are read from the table itself.
 */
async function copyRows(db: Kysely<unknown>, table: string, where: string, count: number, changes: Record<string, string>): Promise<void> {
  const found = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and column_name <> 'id' and is_generated = 'NEVER'
    order by ordinal_position`.execute(db);
  const columns = found.rows.map((row) => row.column_name);
  const values = columns.map((column) => changes[column] ?? `t.${column}`);
  await sql.raw(`insert into ${table} (${columns.join(', ')}) select ${values.join(', ')} from ${table} t, generate_series(1, ${count}) g where ${where}`).execute(db);
}

function section(model: ReportModel, id: string): Block[] {
  return model.sections.find((candidate) => candidate.id === id)?.blocks ?? [];
}

function subsection(model: ReportModel, sectionId: string, id: string): Block[] {
  const found = [...walkBlocks(section(model, sectionId))].find((block) => block.kind === 'subsection' && block.id === id);
  return found?.kind === 'subsection' ? found.blocks : [];
}

function tables(blocks: Block[]): Extract<Block, { kind: 'table' }>[] {
  return [...walkBlocks(blocks)].flatMap((block) => (block.kind === 'table' ? [block] : []));
}

function paragraphs(blocks: Block[]): Extract<Block, { kind: 'paragraph' }>[] {
  return [...walkBlocks(blocks)].flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
}

/** The "And N more" paragraph of some blocks: its text and the addresses it links to. */
function more(blocks: Block[]): { text: string; hrefs: string[] } {
  const found = paragraphs(blocks).find((block) => inlineText(block.content).startsWith('And '));
  if (!found) throw new Error('No "And N more" paragraph');
  return { text: inlineText(found.content), hrefs: found.content.flatMap((part) => (typeof part === 'object' && part.href ? [part.href] : [])) };
}

function csvRows(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1);
}

async function countOf(db: Kysely<unknown>, query: string): Promise<number> {
  const result = await sql<{ n: number }>`${sql.raw(`select count(*)::int as n from ${query}`)}`.execute(db);
  return Number(result.rows[0]?.n);
}

for (const kind of testDatabaseKinds()) {
  describe(`a large group's long lists in the report (${kind})`, () => {
    const ctx = useTestContext(kind);
    const people = signedInPeople(ctx);
    let small: ReportModel;
    let large: ReportModel;
    const total = { pledges: 0, members: 0, meetings: 0, principal: 0, decisions: 0, publications: 0, events: 0 };

    beforeAll(async () => {
      const { deps } = ctx();
      const db = deps.db as unknown as Kysely<unknown>;
      small = await compileReport(deps, { year: 2022, status: 'draft', narratives: {} });
      await copyRows(db, 'entities', `t.id = (select min(id) from entities where status = 'member')`, grown.members, {
        acronym: `'BIG' || g`,
        slug: `'big-' || g`,
        name: `'Large group organization ' || g`,
      });
      const meeting = `t.id = (select min(id) from meetings where visibility = 'public' and starts_on between '2022-01-01' and '2022-12-31')`;
      await copyRows(db, 'meetings', meeting, grown.meetings, {
        title: `t.title || ' (copy ' || g || ')'`,
        number: `t.number + 1000 + g`,
        level: `case when g % 3 = 0 then 'principal' else 'working' end`,
      });
      await copyRows(db, 'decisions', `t.id = (select min(id) from decisions where year = 2022)`, grown.decisions, {
        number: `t.number + 1000 + g`,
        reference: `t.reference || '/' || g`,
        title: `'Copied decision ' || g`,
        type: `case when g % 4 = 0 then 'assessment' else 'other' end`,
        statement_id: 'null',
        term_year: 'null',
      });
      await copyRows(db, 'publications', `t.id = (select min(id) from publications where status = 'published' and year = 2022)`, grown.publications, {
        slug: `t.slug || '-copy-' || g`,
        title: `t.title || ' (copy ' || g || ')'`,
        number: 'null',
      });
      await copyRows(db, 'events', `t.id = (select min(id) from events where status = 'published' and starts_on like '2022%')`, grown.events, {
        slug: `t.slug || '-copy-' || g`,
        title: `t.title || ' (copy ' || g || ')'`,
      });
      await copyRows(db, 'pledges', `t.id = (select min(p.id) from pledges p join terms tm on tm.id = p.term_id where tm.year = 2022)`, grown.pledges, {
        priority_id: 'null',
        position: `t.position + 100 + g`,
        title: `'Copied pledge ' || g`,
      });
      total.pledges = await countOf(db, `pledges p join terms tm on tm.id = p.term_id where tm.year = 2022`);
      total.members = await countOf(db, `entities where status = 'member'`);
      total.meetings = await countOf(db, `meetings where visibility = 'public' and starts_on between '2022-01-01' and '2022-12-31'`);
      total.principal = await countOf(db, `meetings where visibility = 'public' and level = 'principal' and starts_on between '2022-01-01' and '2022-12-31'`);
      total.decisions = await countOf(db, `decisions d join meetings m on m.id = d.meeting_id where d.year = 2022 and m.visibility = 'public'`);
      total.publications = await countOf(db, `publications where status = 'published' and year = 2022`);
      total.events = await countOf(db, `events where status = 'published' and starts_on like '2022%'`);
      large = await compileReport(deps, { year: 2022, status: 'draft', narratives: {} });
    }, 300_000);

    it('prints a small group’s lists whole, with no "more"', () => {
      expect(
        small.sections
          .filter((entry) => entry.kind !== 'narrative')
          .flatMap((entry) => paragraphs(entry.blocks))
          .map((block) => inlineText(block.content)),
      ).not.toContainEqual(expect.stringMatching(/^And \d+ more (decision|meeting|publication|event|dated)/));
      const members = tables(section(small, 'annex-members'))[0];
      expect(members?.columns).toHaveLength(4);
      expect(members?.rows.length).toBeLessThanOrEqual(reportCaps.members.inFull);
    });

    it('counts a large group’s members by kind, and links to the CSV that lists every one', async () => {
      expect(total.members).toBeGreaterThan(reportCaps.members.inFull);
      const annex = section(large, 'annex-members');
      const [byKind] = tables(annex);
      expect(byKind?.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(total.members);
      const intro = paragraphs(annex)[0];
      expect(inlineText(intro?.content ?? [])).toContain(`The ${total.members} member organizations are counted by kind below`);
      expect(intro?.content).toContainEqual({ text: 'all member organizations (CSV)', href: '/reports/2022/members.csv' });
      const response = await (await people.client('secretariat', { roles: ['admin'] })).get('/reports/2022/members.csv');
      expect(response.statusCode).toBe(200);
      const rows = csvRows(response.body);
      expect(rows).toHaveLength(total.members);
      expect(rows.filter((row) => row.startsWith('BIG'))).toHaveLength(grown.members);
    });

    it('sets out the pledges most updates support, and lists every pledge in the CSV', async () => {
      expect(total.pledges).toBeGreaterThan(reportCaps.pledges.inFull);
      const pledges = section(large, 'pledges');
      const parts = pledges.flatMap((block) => (block.kind === 'subsection' ? [block.title] : []));
      expect(parts).toHaveLength(reportCaps.pledges.shown);
      // The demo's pledges have accepted updates; the copies have none, so every one of the demo's is set out.
      const demo = section(small, 'pledges').flatMap((block) => (block.kind === 'subsection' ? [block.title] : []));
      for (const title of demo) expect(parts).toContain(title);
      expect(more(pledges)).toEqual({ text: `And ${total.pledges - reportCaps.pledges.shown} more pledges (all pledges of 2022, CSV).`, hrefs: ['/reports/2022/pledges.csv'] });
      const response = await (await people.client('secretariat', { roles: ['admin'] })).get('/reports/2022/pledges.csv');
      expect(csvRows(response.body)).toHaveLength(total.pledges);
    });

    it('prints the most significant decisions, in the annex and in the meetings section, and the rest in the CSV', async () => {
      expect(total.decisions).toBeGreaterThan(reportCaps.decisions.inFull);
      const annex = section(large, 'annex-decisions');
      expect(tables(annex)[0]?.rows).toHaveLength(reportCaps.decisions.shown);
      const rest = total.decisions - reportCaps.decisions.shown;
      expect(more(annex)).toEqual({ text: `And ${rest} more decisions (all decisions of 2022, CSV).`, hrefs: ['/reports/2022/decisions.csv'] });
      // The seed's own decisions of 2022 (an endorsement of co-chairs among them) outrank the copies.
      const printed = tables(annex)[0]?.rows.map((row) => String(row[2])) ?? [];
      expect(printed).toContain('Endorsement of co-chairs');
      const meetings = section(large, 'meetings');
      expect([...walkBlocks(meetings)].filter((block) => block.kind === 'claim')).toHaveLength(reportCaps.decisions.shown);
      expect(more(paragraphs(meetings).slice(-1)).hrefs).toEqual(['/reports/2022/decisions.csv']);
      const response = await (await people.client('secretariat', { roles: ['admin'] })).get('/reports/2022/decisions.csv');
      expect(csvRows(response.body)).toHaveLength(total.decisions);
    });

    it('prints the principal-level meetings first and points to the list of the year’s meetings', () => {
      expect(total.meetings).toBeGreaterThan(reportCaps.meetings.inFull);
      const meetings = section(large, 'meetings');
      const [table] = tables(meetings);
      expect(table?.rows).toHaveLength(reportCaps.meetings.shown);
      const principal = table?.rows.filter((row) => row[2] === principalLabel).length ?? 0;
      expect(principal).toBe(Math.min(reportCaps.meetings.shown, total.principal));
      expect(more(meetings)).toEqual({ text: `And ${total.meetings - reportCaps.meetings.shown} more meetings (meetings of 2022).`, hrefs: ['/meetings?year=2022'] });
    });

    it('keeps the timeline to its most significant entries, pointing to the public lists', () => {
      const timeline = subsection(large, 'at-a-glance', 'at-a-glance-timeline');
      expect(tables(timeline)[0]?.rows).toHaveLength(reportCaps.timeline.shown);
      const { text, hrefs } = more(timeline);
      expect(text).toMatch(/^And \d+ more dated entries \(meetings of 2022, statements of 2022, and events of 2022\)\.$/);
      expect(hrefs).toEqual(['/meetings?year=2022', '/statements?year=2022', '/events?year=2022']);
      // Statements come first: every published statement of the year is on the timeline.
      const titles = tables(timeline)[0]?.rows.map((row) => (typeof row[1] === 'object' ? row[1].text : String(row[1]))) ?? [];
      const statements = [...walkBlocks(section(large, 'statements'))].flatMap((block) => (block.kind === 'subsection' ? [block.title] : []));
      expect(statements.length).toBeGreaterThan(0);
      for (const title of statements) expect(titles).toContain(title);
    });

    it('keeps publications and events to their caps, pointing to the public lists', () => {
      const publications = subsection(large, 'knowledge', 'knowledge-publications');
      expect(tables(publications)[0]?.rows).toHaveLength(reportCaps.publications.shown);
      expect(more(publications)).toEqual({ text: `And ${total.publications - reportCaps.publications.shown} more publications (publications of 2022).`, hrefs: ['/publications?year=2022'] });
      const events = subsection(large, 'knowledge', 'knowledge-events');
      expect([...walkBlocks(events)].filter((block) => block.kind === 'claim')).toHaveLength(reportCaps.events.shown);
      expect(more(events)).toEqual({ text: `And ${total.events - reportCaps.events.shown} more events (events of 2022).`, hrefs: ['/events?year=2022'] });
    });

    it('offers the full lists with the report’s downloads, in the report’s language too', async () => {
      const secretariat = await people.client('secretariat', { roles: ['admin'] });
      const page = await secretariat.get('/reports/2022');
      expect(page.body).toContain('href="/reports/2022/members.csv"');
      expect(page.body).toContain('href="/reports/2022/decisions.csv"');
      const french = await secretariat.get('/reports/2022/members.csv?lang=fr');
      expect(french.statusCode).toBe(200);
      expect(french.body).toContain('Sigle');
      expect(csvRows(french.body)).toHaveLength(total.members);
    });
  });
}
