/**
 * `icat bench [NAME…] [--scale 1,10,100] [--seconds N] [--connections N] [--database-url URL]`: runs the
 * benchmarks in bench/*.bench.ts (all, or those named) and prints their timings. The options are
 * passed to each benchmark (those of bench/pages.bench.ts); options without a name run that one only.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AppError } from '../lib/errors';
import { localized, type MessageKey } from '../lib/i18n';
import { projectPath } from '../lib/project-dir';

const benchDir = projectPath('bench');

export interface BenchOptions {
  scales?: number[];
  seconds?: number;
  connections?: number;
  databaseUrl?: string;
}

const optionNames: Record<string, keyof BenchOptions> = { '--scale': 'scales', '--seconds': 'seconds', '--connections': 'connections', '--database-url': 'databaseUrl' };

function badOption(option: string, value: string, expected: MessageKey): AppError {
  return new AppError('VALIDATION', localized('cli.bench.option', { option, value, expected: localized(expected) }));
}

function numbers(option: string, value: string): number[] {
  const parsed = value.split(',').map(Number);
  if (value === '' || parsed.some((number) => !Number.isInteger(number) || number < 1)) throw badOption(option, value, 'cli.bench.expected.numbers');
  return parsed;
}

function setOption(options: BenchOptions, option: string, value: string): void {
  const name = optionNames[option];
  if (!name) throw new AppError('VALIDATION', localized('cli.bench.unknownOption', { option }));
  if (name === 'databaseUrl') {
    if (!/^postgres(ql)?:\/\//.test(value)) throw badOption(option, value, 'cli.bench.expected.address');
    options.databaseUrl = value;
  } else if (name === 'scales') options.scales = numbers(option, value);
  else options[name] = numbers(option, value)[0] as number;
}

/** Names and options from the arguments: `--scale 100` or `--scale=100`. */
export function parseBenchArgs(args: string[]): { names: string[]; options: BenchOptions; hasOptions: boolean } {
  const names: string[] = [];
  const options: BenchOptions = {};
  let hasOptions = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (!arg.startsWith('--')) {
      names.push(arg);
      continue;
    }
    const [option, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? args[++index] ?? '';
    setOption(options, option, value);
    hasOptions = true;
  }
  return { names, options, hasOptions };
}

export async function runBench(args: string[]): Promise<void> {
  const { names, options, hasOptions } = parseBenchArgs(args);
  const available = readdirSync(benchDir)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => file.slice(0, -'.bench.ts'.length))
    .sort();
  const chosen = names.length > 0 ? names : hasOptions ? ['pages'] : available;
  const unknown = chosen.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new AppError('VALIDATION', localized('cli.bench.unknown', { names: unknown.join(', '), available: available.join(', ') }));
  for (const name of chosen) {
    console.log(`bench ${name}`);
    const module = (await import(pathToFileURL(`${benchDir}${name}.bench.ts`).href)) as { run: (options: BenchOptions) => Promise<void> };
    await module.run(options);
  }
}
