/**
 * The annual report at scale: compiled from the live data and rendered as HTML, PDF and DOCX in this
 * process (time, size, the PDF's pages), and `icat report` end to end as a process of its own.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { loadGroupSettings } from '../../src/features/group-settings/group-settings.service';
import { openBrowserSession } from '../../src/features/reports/report.browser';
import { compileReport } from '../../src/features/reports/report.compile';
import { reportFormats } from '../../src/features/reports/report.model';
import { render } from '../../src/features/reports/report.render';
import { openJobQueue } from '../../src/jobs/queue';
import { systemClock } from '../../src/lib/clock';
import { silentLogger } from '../../src/lib/logger';
import { icatBin } from './processes';

export interface RenderedFormat {
  format: string;
  ms: number;
  kb: number;
  pages?: number | undefined;
}

export interface ReportTiming {
  compileMs: number;
  formats: RenderedFormat[];
  /** `icat report YEAR` as a process, start to exit. */
  command: { ms: number; exitCode: number | null; files: RenderedFormat[] };
}

/** The PDF's page count, from pdfinfo (poppler-utils); undefined if it is not installed. */
export function pdfPages(path: string): number | undefined {
  try {
    const match = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - start) };
}

async function renderInProcess(where: { dataDir: string; databaseUrl?: string | undefined }, year: number, scratch: string): Promise<Pick<ReportTiming, 'compileMs' | 'formats'>> {
  const config = loadConfig({ ICAT_DATA_DIR: where.dataDir, LOG_LEVEL: 'silent', ICAT_SEED: 'false', ...(where.databaseUrl ? { DATABASE_URL: where.databaseUrl } : {}) });
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const jobs = await openJobQueue(database.db, { workers: false });
  const session = openBrowserSession(config.chromiumPath);
  try {
    const deps = { db: database.db, config, clock: systemClock, log: silentLogger, jobs };
    await loadGroupSettings(deps);
    const compiled = await timed(() => compileReport(deps, { year, status: 'draft', narratives: {} }));
    const formats: RenderedFormat[] = [];
    for (const format of reportFormats) {
      const rendered = await timed(() => render(compiled.result, format, { session }));
      const file = join(scratch, `in-process.${format}`);
      writeFileSync(file, rendered.result);
      formats.push({ format, ms: rendered.ms, kb: Math.round(rendered.result.length / 1024), pages: format === 'pdf' ? pdfPages(file) : undefined });
    }
    return { compileMs: compiled.ms, formats };
  } finally {
    await session.close();
    await jobs.stop();
    await database.close();
  }
}

async function runCommand(env: Record<string, string>, year: number, out: string): Promise<ReportTiming['command']> {
  const start = performance.now();
  const child = spawn(process.execPath, [icatBin, 'report', String(year), '--out', out], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'ignore'] });
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const ms = Math.round(performance.now() - start);
  const files = readdirSync(out).map((name) => {
    const path = join(out, name);
    const format = name.split('.').at(-1) ?? name;
    return { format, ms, kb: Math.round(statSync(path).size / 1024), pages: format === 'pdf' ? pdfPages(path) : undefined };
  });
  return { ms, exitCode, files };
}

/** Both measures, on a database no server is using at the time. */
export async function timeReport(where: { dataDir: string; databaseUrl?: string | undefined }, year: number): Promise<ReportTiming> {
  const scratch = mkdtempSync(join(tmpdir(), 'icat-bench-report-'));
  try {
    const inProcess = await renderInProcess(where, year, scratch);
    const out = join(scratch, 'command');
    const env: Record<string, string> = { ICAT_DATA_DIR: where.dataDir, ...(where.databaseUrl ? { DATABASE_URL: where.databaseUrl } : {}) };
    mkdirSync(out);
    return { ...inProcess, command: await runCommand(env, year, out) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
