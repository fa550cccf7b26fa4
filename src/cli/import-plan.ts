/** `icat import-plan FILE.yaml [--note TEXT]`: loads a Plan of Action, whole or not at all (docs/plan-format.md). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { importPlan } from '../features/progress/plan.service';
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

export async function runImportPlan(args: string[]): Promise<void> {
  const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--note');
  const noteIndex = args.indexOf('--note');
  const note = noteIndex >= 0 ? (args[noteIndex + 1] ?? null) : null;
  if (!file) throw new AppError('VALIDATION', localized('cli.importPlan.usage'));
  const source = await readFile(resolve(file), 'utf8');
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const result = await importPlan(deps, commandLineActor(), { source, sourceName: file, note });
    const { key, title, version } = result.plan;
    if (!result.changed) console.log(localized('cli.importPlan.unchanged', { file, key, version: String(version) }));
    else console.log(localized('cli.importPlan.done', { file, outcome: result.created ? 'created' : 'updated', title, key, version: String(version) }));
  });
}
