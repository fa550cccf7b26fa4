/**
 * How long the 2022 annual report takes: compiling the model from a seeded database, then rendering
 * it as HTML, PDF and DOCX (first with a cold browser, then warm). Run with `npm run bench -- report`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedDatabase } from '../src/cli/seed';
import { loadConfig } from '../src/config';
import { openEmbeddedDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { openJobQueue } from '../src/jobs/queue';
import type { Deps } from '../src/deps';
import { openBrowserSession } from '../src/features/reports/report.browser';
import { compileReport } from '../src/features/reports/report.compile';
import { render } from '../src/features/reports/report.render';
import { reportFormats } from '../src/features/reports/report.model';
import { fixedClock } from '../src/lib/clock';
import { silentLogger } from '../src/lib/logger';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icat-bench-'));
  const database = await openEmbeddedDatabase({ dataDir, inMemory: true });
  try {
    await migrateToLatest(database.db);
    const config = loadConfig({ ICAT_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ICAT_SEED: 'false' });
    const jobs = await openJobQueue(database.db, { workers: false });
    const deps: Deps = { db: database.db, config, clock: fixedClock('2022-11-20T10:00:00Z'), log: silentLogger, jobs };
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
    await jobs.stop();
    console.log(`The 2022 report: ${model.sections.length} sections, ${model.figures.length} figures.`);
    for (const [name, ms] of rows) console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms`);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
