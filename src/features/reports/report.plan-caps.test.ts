/**
 * A large plan and a long evidence annex: above their thresholds, each objective of the Plan of Action
 * is summarised by its outputs (the whole plan in plan.csv), and the evidence annex sets out the
 * summaries of the strongest cited updates, the other citations linking to the updates' CSV. The
 * thresholds are lowered here so that the demo's data crosses them; with them as they are, the demo's
 * report prints everything.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { compileReport } from './report.compile';
import { listCsvFiles } from './report.files';
import { reportCaps } from './report.lists';
import { inlineText, walkBlocks, type Block, type ReportModel } from './report.model';

const defaults = structuredClone({ planItems: reportCaps.planItems, planIndicators: reportCaps.planIndicators, evidence: reportCaps.evidence });

function blocksOf(model: ReportModel, id: string): Block[] {
  return [...walkBlocks(model.sections.find((section) => section.id === id)?.blocks ?? [])];
}

function captions(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'table' ? [block.caption] : []));
}

/** Where the citations of progress updates link: a summary in the evidence annex, or the updates' CSV. */
function sourceHrefs(model: ReportModel): string[] {
  return model.sections
    .flatMap((section) => [...walkBlocks(section.blocks)])
    .flatMap((block) => (block.kind === 'claim' ? block.sources.filter((source) => source.label.startsWith('Progress update ')).map((source) => source.href) : []));
}

function evidenceIds(model: ReportModel): string[] {
  return blocksOf(model, 'annex-evidence').flatMap((block) => (block.kind === 'subsection' ? [block.id] : []));
}

for (const kind of testDatabaseKinds()) {
  describe(`a large plan and a long evidence annex in the report (${kind})`, () => {
    const ctx = useTestContext(kind);
    let small: ReportModel;

    beforeAll(async () => {
      small = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
    }, 120_000);

    afterEach(() => Object.assign(reportCaps, structuredClone(defaults)));

    it('prints a small plan’s tables and every cited update’s summary, and the whole plan in its CSV', () => {
      const plan = blocksOf(small, 'plan');
      expect(captions(plan).some((caption) => caption.startsWith('Outputs and activities of objective'))).toBe(true);
      expect(captions(plan).some((caption) => caption.startsWith('Outputs of objective'))).toBe(false);
      const cited = evidenceIds(small);
      expect(cited.length).toBeGreaterThan(3);
      // Every citation links to its summary in the annex.
      const hrefs = sourceHrefs(small);
      expect(hrefs.length).toBeGreaterThan(3);
      expect(hrefs.every((href) => cited.some((id) => href.endsWith(`#${id}-title`)))).toBe(true);
      const csv = listCsvFiles(small).find((list) => list.id === 'plan');
      expect(csv?.name).toBe('icat-annual-report-2022-plan.csv');
      expect(csv?.csv).toContain('Output or activity,Level,Lead,Accepted progress,Indicator,Baseline,Target,Actual,Target met');
    });

    it('summarises each objective by its outputs above the threshold, pointing to plan.csv', async () => {
      reportCaps.planItems = { inFull: 3, shown: 0 };
      const large = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
      const plan = blocksOf(large, 'plan');
      expect(captions(plan).some((caption) => caption.startsWith('Outputs and activities of objective'))).toBe(false);
      expect(captions(plan).some((caption) => caption.startsWith('Indicators of objective'))).toBe(false);
      const summaries = plan.flatMap((block) => (block.kind === 'table' && block.caption.startsWith('Outputs of objective') ? [block] : []));
      expect(summaries.length).toBeGreaterThan(0);
      expect(summaries[0]?.columns).toEqual(['Output or activity', 'Lead', 'Activities', 'Accepted progress', 'Targets met']);
      expect(summaries.flatMap((table) => table.rows).every((row) => typeof row[2] === 'number' && /^\d+ of \d+$/.test(String(row[4])))).toBe(true);
      const pointer = plan.find((block) => block.kind === 'paragraph' && inlineText(block.content).startsWith('The plan counts'));
      expect(pointer?.kind === 'paragraph' && pointer.content.some((part) => typeof part === 'object' && part.href === '/reports/2022/plan.csv')).toBe(true);
      // The CSV is the same whatever the report prints.
      expect(listCsvFiles(large).find((list) => list.id === 'plan')?.csv).toBe(listCsvFiles(small).find((list) => list.id === 'plan')?.csv);
    });

    it('sets out the strongest cited updates above the threshold; the other citations link to the updates’ CSV', async () => {
      reportCaps.evidence = { inFull: 3, shown: 2 };
      const large = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
      const shown = evidenceIds(large);
      expect(shown).toHaveLength(2);
      const selected = blocksOf(large, 'annex-evidence').find((block) => block.kind === 'paragraph' && inlineText(block.content).startsWith('The summaries of 2 of the'));
      expect(selected).toBeDefined();
      const hrefs = sourceHrefs(large);
      const toCsv = hrefs.filter((href) => href === '/reports/2022/updates.csv');
      expect(toCsv.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => href !== '/reports/2022/updates.csv').every((href) => shown.some((id) => href.endsWith(`#${id}-title`)))).toBe(true);
      expect(hrefs).toHaveLength(sourceHrefs(small).length);
    });
  });
}
