/**
 * How long the 2022 annual report takes: compiling the model from a seeded database, then rendering
 * it as HTML, PDF and DOCX (first with a cold browser, then warm). Run with `npm run bench -- report`.
 */
import { performance } from 'node:perf_hooks';
import { seedDatabase } from '../src/cli/seed';
import { openBrowserSession } from '../src/features/reports/report.browser';
import { compileReport } from '../src/features/reports/report.compile';
import { render } from '../src/features/reports/report.render';
import { reportFormats } from '../src/features/reports/report.model';
import { fixedClock } from '../src/lib/clock';
import { withBenchDatabase } from './bench-database';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

export async function run(): Promise<void> {
  await withBenchDatabase(fixedClock('2022-11-20T10:00:00Z'), async (deps) => {
    const { config } = deps;
    await seedDatabase(deps);
    const rows: [string, number][] = [];
    const compiled = await timed(() => compileReport(deps, { year: 2022, status: 'draft', narratives: { foreword: 'Benchmark foreword.' } }));
    rows.push(['compile (cold)', compiled.ms]);
    rows.push(['compile (warm)', (await timed(() => compileReport(deps, { year: 2022, status: 'draft', narratives: {} }))).ms]);
    const model = compiled.result;
    const session = openBrowserSession(config.chromiumPath);
    try {
      for (const pass of ['cold', 'warm']) {
        for (const format of reportFormats) {
          const rendered = await timed(() => render(model, format, { session }));
          rows.push([`render ${format} (${pass}, ${Math.round(rendered.result.length / 1024)} KB)`, rendered.ms]);
        }
      }
    } finally {
      await session.close();
    }
    console.log(`The 2022 report: ${model.sections.length} sections, ${model.figures.length} figures.`);
    for (const [name, ms] of rows) console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms`);
  });
}
