/**
 * The 2022 demo report, compiled from the seeded data: it names what the seed describes, and every
 * figure carries the numbers a direct SQL count gives.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { icat, madeUpGroup, useGroup } from '../../../test/support/group-words';
import { seedProgress } from '../../../test/support/seed-data';
import { testDatabaseKinds } from '../../../test/support/test-database';
import type { DB } from '../../db/schema';
import { compileReport } from './report.compile';
import { loadGroupSettings } from '../group-settings/group-settings.service';
import { setOptionalSectionTitles } from '../../lib/report-sections';
import { renderHtmlDocument } from './report.html';
import { inlineText, walkBlocks, type Block, type ReportModel } from './report.model';

function textOf(model: ReportModel, sectionId: string): string {
  const section = model.sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`No section ${sectionId}`);
  const parts: string[] = [section.title];
  for (const block of walkBlocks(section.blocks)) parts.push(blockText(block));
  return parts.join('\n');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'claim':
      return `${inlineText(block.content)} ${block.sources.map((source) => source.label).join(' ')}`;
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'table':
      return [block.caption, ...block.rows.map((row) => row.map((cell) => (typeof cell === 'object' ? cell.text : String(cell))).join(' '))].join('\n');
    case 'subsection':
      return block.title;
    case 'markdown':
      return block.markdown;
    case 'empty':
    case 'note':
      return block.text;
    default:
      return '';
  }
}

/** A figure's data as label -> value. */
function figureValues(model: ReportModel, id: string): Map<string, number> {
  const figure = model.figures.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`The report has no figure ${id}; it has ${model.figures.map((item) => item.id).join(', ')}`);
  return new Map(figure.table.rows.map((row) => [String(row[0]), Number(row[1])]));
}

async function countOf(db: Kysely<DB>, query: ReturnType<typeof sql<{ count: number }>>): Promise<number> {
  const result = await query.execute(db);
  return Number(result.rows[0]?.count ?? 0);
}

async function countsBy(db: Kysely<DB>, query: ReturnType<typeof sql<{ label: string; count: number }>>): Promise<Map<string, number>> {
  const result = await query.execute(db);
  return new Map(result.rows.map((row) => [row.label, Number(row.count)]));
}

/** Accepted updates of the 2022 reporting periods, the population of every progress figure. */
const accepted2022 = sql`
  select u.* from progress_updates u join reporting_periods p on p.id = u.period_id
  where p.year = 2022 and u.state = 'accepted'`;

for (const kind of testDatabaseKinds()) {
  describe(`the 2022 demo report (${kind})`, () => {
    const ctx = useTestContext(kind);
    let model: ReportModel;

    async function report(): Promise<ReportModel> {
      model ??= await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: { foreword: 'The co-chairs’ foreword.' } });
      return model;
    }

    it('names ICMPD and UNODC as co-chairs, with the data moment', async () => {
      const m = await report();
      expect(m.meta.cochairs.map((chair) => chair.acronym)).toEqual(['ICMPD', 'UNODC']);
      expect(m.meta.dataAsOf).toBe('2022-11-20T10:00:00.000Z');
      expect(m.labels.dataAsOfText).toBe('20 November 2022, 10:00 UTC');
      expect(m.meta.sampleNotice).not.toBeNull();
    });

    it('has the pledges of the seed, each with its status and the accepted progress that supports it', async () => {
      const m = await report();
      const pledges = m.sections.find((section) => section.id === 'pledges');
      const subsections = pledges?.blocks.filter((block) => block.kind === 'subsection') ?? [];
      expect(subsections).toHaveLength(seedProgress().pledges.length);
      const text = textOf(m, 'pledges');
      for (const title of ['survivors', 'Multi-stakeholder collaboration', 'Knowledge production', 'procurement', 'partnerships', 'field level', 'multilateral policy']) {
        expect(text).toContain(title);
      }
      const claims = [...walkBlocks(pledges?.blocks ?? [])].filter((block) => block.kind === 'claim');
      expect(claims.length).toBeGreaterThan(0);
      // Each cites its update's public summary in the evidence annex, not the members-only update page.
      const annex = m.sections.find((section) => section.id === 'annex-evidence');
      for (const claim of claims) {
        if (claim.kind !== 'claim') continue;
        const anchor = /^\/reports\/2022#(evidence-\d+)-title$/.exec(claim.sources[0]?.href ?? '')?.[1];
        expect(annex?.blocks.some((block) => block.kind === 'subsection' && block.id === anchor)).toBe(true);
      }
    });

    it('shows the Policy Support Group, the December 2022 Call to Action with its endorsers, and the Vienna Migration Conference', async () => {
      const m = await report();
      expect(textOf(m, 'crises')).toContain('Policy Support Group');
      const statements = textOf(m, 'statements');
      expect(statements).toContain('Call to Action on trafficking in humanitarian crises and conflicts');
      expect(statements).toContain('2 December 2022');
      expect(statements).toMatch(/Endorsed by \d+ organizations: .*ICMPD.*UNODC/s);
      expect(textOf(m, 'knowledge')).toContain('Vienna Migration Conference');
      expect(textOf(m, 'meetings')).toContain('Fourth annual meeting of ICAT Principals');
    });

    it('looks ahead to IOM and OSRSG-VAC, the co-chairs for 2023, and their priorities', async () => {
      const m = await report();
      const outlook = textOf(m, 'outlook');
      expect(outlook).toContain('(IOM)');
      expect(outlook).toContain('(OSRSG-VAC)');
      expect(outlook).toContain('2023');
    });

    it('has at least six numbered figures, each with a text alternative and a data table in the annex', async () => {
      const m = await report();
      expect(m.figures.length).toBeGreaterThanOrEqual(6);
      m.figures.forEach((figure, index) => {
        expect(figure.number).toBe(index + 1);
        expect(figure.alt.length).toBeGreaterThan(10);
        expect(figure.table.rows.length).toBeGreaterThan(0);
      });
      const annex = m.sections.find((section) => section.id === 'annex-figures');
      expect(annex?.blocks.filter((block) => block.kind === 'figure-data')).toHaveLength(m.figures.length);
      const html = await renderHtmlDocument(m);
      for (const name of ['ICMPD', 'UNODC', 'Policy Support Group', 'Vienna Migration Conference', 'OSRSG-VAC']) expect(html).toContain(name);
    });

    it('figures: the year in numbers equals the counts in the database', async () => {
      const db = ctx().deps.db;
      const values = figureValues(await report(), 'figure-year-in-numbers');
      expect(values.get('Member organizations listed')).toBe(await countOf(db, sql`select count(*) as count from entities where status = 'member'`));
      expect(values.get('Meetings')).toBe(await countOf(db, sql`select count(*) as count from meetings where visibility = 'public' and starts_on between '2022-01-01' and '2022-12-31'`));
      expect(values.get('Decisions')).toBe(await countOf(db, sql`select count(*) as count from decisions d join meetings m on m.id = d.meeting_id where d.year = 2022 and m.visibility = 'public'`));
      expect(values.get('Statements')).toBe(await countOf(db, sql`select count(*) as count from statements where status = 'published' and year = 2022`));
      expect(values.get('Publications')).toBe(await countOf(db, sql`select count(*) as count from publications where status = 'published' and year = 2022`));
      expect(values.get('Events')).toBe(await countOf(db, sql`select count(*) as count from events where status = 'published' and starts_on like '2022%'`));
      expect(values.get('Meetings')).toBeGreaterThan(0);
      expect(values.get('Events')).toBeGreaterThan(0);
    });

    it('figures: pledges and progress equal the counts in the database', async () => {
      const db = ctx().deps.db;
      const m = await report();
      const pledgeCounts = await countsBy(
        db,
        sql`
        select coalesce(p.progress_status, 'none') as label, count(*) as count
        from pledges p join terms t on t.id = p.term_id where t.year = 2022 group by 1`,
      );
      const statusLabels: Record<string, string> = { on_track: 'On track', achieved: 'Achieved', delayed: 'Delayed', not_started: 'Not started', discontinued: 'Discontinued', none: 'Not assessed' };
      expect(figureValues(m, 'figure-pledges-status')).toEqual(new Map([...pledgeCounts].map(([status, count]) => [statusLabels[status], count])));
      expect([...pledgeCounts.values()].reduce((sum, count) => sum + count, 0)).toBe(seedProgress().pledges.length);

      const byStatus = await countsBy(db, sql`select u.status as label, count(*) as count from (${accepted2022}) u group by 1`);
      expect(figureValues(m, 'figure-progress-status')).toEqual(new Map([...byStatus].map(([status, count]) => [statusLabels[status], count])));

      const byEntity = await countsBy(db, sql`select e.acronym as label, count(*) as count from (${accepted2022}) u join entities e on e.id = u.entity_id group by 1`);
      expect(figureValues(m, 'figure-updates-by-member')).toEqual(byEntity);

      const byObjective = await countsBy(
        db,
        sql`
        with recursive tree as (
          select id, id as objective_id from plan_items where level = 'objective'
          union all select c.id, tree.objective_id from plan_items c join tree on c.parent_id = tree.id
        )
        select o.code || '. ' || o.title as label, count(u.id) as count
        from plan_items o join tree on tree.objective_id = o.id
        left join (${accepted2022}) u on u.plan_item_id = tree.id
        where o.level = 'objective' and o.retired_in_version is null
        group by o.code, o.title`,
      );
      expect(figureValues(m, 'figure-progress-objectives')).toEqual(byObjective);
    });

    it('figures: the working group, the endorsements and the membership equal the database', async () => {
      const db = ctx().deps.db;
      const m = await report();
      const posts = await countsBy(
        db,
        sql`
        select e.acronym as label, count(*) as count from group_posts p
        join groups g on g.id = p.group_id join entities e on e.id = p.entity_id
        where g.slug = 'policy-support-group' and extract(year from p.created_at at time zone 'UTC') = 2022 group by 1`,
      );
      expect(figureValues(m, 'figure-group-policy-support-group')).toEqual(posts);

      const endorsers = await countsBy(
        db,
        sql`
        select s.title as label,
          jsonb_array_length(r.result->'endorserIds') + jsonb_array_length(r.result->'silentConsentIds') + coalesce((r.result->>'unnamedEndorsers')::int, 0) as count
        from statements s join endorsement_rounds r on r.statement_id = s.id
        where s.status = 'published' and s.year = 2022 and r.outcome = 'endorsed' and r.version_number = s.current_version`,
      );
      expect(figureValues(m, 'figure-statement-endorsers')).toEqual(endorsers);

      const membership = await countsBy(db, sql`select as_of as label, count as count from membership_counts where left(as_of, 4)::int <= 2022`);
      expect([...figureValues(m, 'figure-membership').values()]).toEqual([...membership].sort((a, b) => a[0].localeCompare(b[0])).map(([, count]) => count));
    });

    it('figures: the mapping equals the latest profiles in the database', async () => {
      const db = ctx().deps.db;
      const m = await report();
      const facetLabels: Record<string, Record<string, string>> = {
        regions: { africa: 'Africa', americas: 'Americas', arab_states: 'Arab States and the Middle East', asia_pacific: 'Asia and the Pacific', europe_central_asia: 'Europe and Central Asia' },
      };
      for (const facet of ['regions', 'forms', 'interventions', 'levels'] as const) {
        const counts = await countsBy(
          db,
          sql`
          select value as label, count(*) as count from (
            select distinct on (p.entity_id) p.* from profiles p join entities e on e.id = p.entity_id
            where e.status = 'member' order by p.entity_id, p.as_of desc
          ) latest, jsonb_array_elements_text(coalesce(latest.mapping -> ${facet}, '[]'::jsonb)) as value group by value`,
        );
        const figure = figureValues(m, `figure-mapping-${facet}`);
        const total = [...figure.values()].reduce((sum, value) => sum + value, 0);
        expect(total).toBe([...counts.values()].reduce((sum, value) => sum + value, 0));
        const labels = facetLabels[facet];
        if (labels) for (const [code, count] of counts) expect(figure.get(labels[code] as string)).toBe(count);
      }
    });

    it('has ICAT’s crises section from the seeded group settings alone, in each language, and none once the settings name none', async () => {
      try {
        // Nothing set by the tests: only what the settings on record say.
        setOptionalSectionTitles({});
        await loadGroupSettings(ctx().deps);
        const english = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
        expect(english.sections.find((section) => section.id === 'crises')?.title).toBe('Responding to crises');
        const chinese = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {}, locale: 'zh' });
        expect(chinese.sections.find((section) => section.id === 'crises')?.title).toBe('应对危机');
        expect(await renderHtmlDocument(english)).toContain('Responding to crises');

        await sql`update group_settings set report_sections = '{}'::jsonb`.execute(ctx().deps.db);
        await loadGroupSettings(ctx().deps);
        const unnamed = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
        expect(unnamed.sections.map((section) => section.id)).not.toContain('crises');
        expect(await renderHtmlDocument(unnamed)).not.toContain('Responding to crises');
      } finally {
        await sql`update group_settings set report_sections = ${JSON.stringify({ crises: icat.reportSections.crises })}::jsonb`.execute(ctx().deps.db);
        useGroup(icat);
      }
    });

    it('speaks as another group: its name and words, a crises section only when the group names it, and no empty "()" after a reason without sources', async () => {
      await sql`update groups set sources = '[]'::jsonb where formed_reason is not null`.execute(ctx().deps.db);
      try {
        useGroup({ ...madeUpGroup, reportSections: { crises: { en: 'Working groups at work' } } });
        const named = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
        const crises = named.sections.find((section) => section.id === 'crises');
        expect(crises?.title).toBe('Working groups at work');
        expect(textOf(named, 'crises')).toContain('Policy Support Group');
        // The reason is there, as a plain paragraph: no claim without sources, no "()" in any format.
        expect([...walkBlocks(crises?.blocks ?? [])].filter((block) => block.kind === 'claim')).toEqual([]);
        const html = await renderHtmlDocument(named);
        expect(html).not.toContain('()');
        expect(html).not.toMatch(/claim-sources">\(\)/);
        expect(named.meta.groupName).toBe('Regional Water Cooperation Network');
        expect(html).toContain('Regional Water Cooperation Network');
        expect(html).not.toContain('Inter-Agency Coordination Group against Trafficking in Persons');

        useGroup(madeUpGroup);
        const unnamed = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
        expect(unnamed.sections.map((section) => section.id)).not.toContain('crises');
        expect(unnamed.sections.filter((section) => section.kind !== 'annex').map((section) => section.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
        expect(await renderHtmlDocument(unnamed)).not.toContain('Responding to crises');
      } finally {
        useGroup(icat);
      }
    });
  });
}
