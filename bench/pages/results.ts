/** What a page benchmark found at one scale, printed as a table and kept as JSON with the machine it ran on. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { GeneratedData } from '../data/generate';
import type { LoadResult } from './load';
import type { Audience } from './pages';
import type { ReportTiming } from './report-timing';

export interface PageResult {
  audience: Audience;
  path: string;
  status: number;
  /** Size of the answer as sent (compressed if the server compressed it), in KB. */
  kb: number;
  contentEncoding: string | null;
  /** Not loaded: the page did not answer 2xx when fetched first (its status says why). */
  skipped: boolean;
  platform?: LoadResult;
  bare?: LoadResult;
  /** platform req/s ÷ bare req/s */
  ratio?: number;
  /** The second identical round, to see whether throughput or memory drift. */
  secondRound?: LoadResult;
}

export interface ExportResult {
  path: string;
  status: number;
  ms: number;
  kb: number;
}

export interface ScaleResult {
  scale: number;
  database: 'embedded' | 'postgres';
  generation: { seconds: number | null; counts: GeneratedData['counts'] };
  serverStartMs: number;
  memoryMb: { afterStart: number; afterRound1: number; afterRound2: number; afterExports: number };
  pages: PageResult[];
  exports: ExportResult[];
  report: ReportTiming | { error: string };
}

export function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

const number = (value: number | undefined, digits = 0) => (value === undefined ? '' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ');
}

export function printScale(result: ScaleResult): void {
  const { memoryMb: memory } = result;
  console.log(
    `\n${result.scale}× on the ${result.database} database (generation ${result.generation.seconds === null ? 'cached' : `${result.generation.seconds} s`}; first answer ${number(result.serverStartMs / 1000, 1)} s after start)`,
  );
  console.log(`  resident memory: ${memory.afterStart} MB after start, ${memory.afterRound1} MB after round 1, ${memory.afterRound2} MB after round 2, ${memory.afterExports} MB after the exports`);
  const widths = [44, 8, 7, 7, 7, 9, 7, 9, 6, 7];
  console.log(`  ${row(['page', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'bare r/s', 'ratio', 'round 2', 'errors', 'KB'], widths)}`);
  for (const page of result.pages) {
    const name = `${page.audience === 'public' ? '' : `[${page.audience}] `}${page.path}`.slice(0, 44);
    if (page.skipped || !page.platform) {
      console.log(`  ${row([name, `(answered ${page.status}: not loaded)`], [44, 0])}`);
      continue;
    }
    const { platform, bare, secondRound } = page;
    const errors = platform.errors + (secondRound?.errors ?? 0);
    console.log(
      `  ${row([name, number(platform.rps), number(platform.p50, 1), number(platform.p95, 1), number(platform.p99, 1), number(bare?.rps), page.ratio === undefined ? '' : `${number(page.ratio * 100, 1)}%`, number(secondRound?.rps), String(errors), `${number(page.kb, 1)}${page.contentEncoding ? '*' : ''}`], widths)}`,
    );
  }
  console.log('  (* compressed as sent)');
  for (const file of result.exports) console.log(`  export ${file.path.padEnd(44)} ${String(file.status).padStart(4)}  ${number(file.ms).padStart(7)} ms  ${number(file.kb).padStart(8)} KB`);
  if ('error' in result.report) {
    console.log(`  report: ${result.report.error}`);
    return;
  }
  const { report } = result;
  console.log(
    `  report compile ${number(report.compileMs)} ms; ${report.formats.map((file) => `${file.format} ${number(file.ms)} ms, ${number(file.kb)} KB${file.pages ? `, ${file.pages} pages` : ''}`).join('; ')}`,
  );
  const documents = report.command.files.filter((file) => file.format !== 'csv');
  const figureFiles = report.command.files.length - documents.length;
  console.log(
    `  icat report (process, exit ${report.command.exitCode}): ${number(report.command.ms)} ms; ${documents.map((file) => `${file.format} ${number(file.kb)} KB${file.pages ? ` (${file.pages} pages)` : ''}`).join(', ')}; ${figureFiles} figure CSV files`,
  );
}

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/** bench/results/latest.json and a dated copy; returns the dated file's path. */
export function writeResults(results: { machine: ReturnType<typeof machine>; startedAt: string; options: object; scales: ScaleResult[] }): string {
  mkdirSync(resultsDir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const dated = `${resultsDir}${results.startedAt.replace(/[:.]/g, '-')}.json`;
  writeFileSync(`${resultsDir}latest.json`, text);
  writeFileSync(dated, text);
  return dated;
}
