/** `icat import-plan FILE.yaml [--note TEXT]`: loads a Plan of Action, whole or not at all (docs/plan-format.md). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { importPlan } from '../features/progress/plan.service';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

export async function runImportPlan(args: string[]): Promise<void> {
  const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--note');
  const noteIndex = args.indexOf('--note');
  const note = noteIndex >= 0 ? (args[noteIndex + 1] ?? null) : null;
  if (!file) throw new Error('Usage: icat import-plan FILE.yaml [--note "what changed"]');
  const source = await readFile(resolve(file), 'utf8');
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const result = await importPlan(deps, commandLineActor(), { source, sourceName: file, note });
    if (!result.changed) console.log(`${file}: the plan "${result.plan.key}" is already at this text (version ${result.plan.version}); nothing changed.`);
    else console.log(`${file}: ${result.created ? 'created' : 'updated'} the plan "${result.plan.title}" (${result.plan.key}), now version ${result.plan.version}. See /plan?plan=${result.plan.key}`);
  });
}
