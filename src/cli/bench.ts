/** `icat bench [NAME…]`: runs the benchmarks in bench/*.bench.ts (all, or those named) and prints their timings. */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import { projectPath } from '../lib/project-dir';

const benchDir = projectPath('bench');

export async function runBench(names: string[]): Promise<void> {
  const available = readdirSync(benchDir)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => file.slice(0, -'.bench.ts'.length))
    .sort();
  const chosen = names.length > 0 ? names : available;
  const unknown = chosen.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new AppError('VALIDATION', localized('cli.bench.unknown', { names: unknown.join(', '), available: available.join(', ') }));
  for (const name of chosen) {
    console.log(`bench ${name}`);
    const module = (await import(pathToFileURL(`${benchDir}${name}.bench.ts`).href)) as { run: () => Promise<void> };
    await module.run();
  }
}
