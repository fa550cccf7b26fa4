/**
 * `icat init --name "Full name" --short-name ABC [--description TEXT] [--contact EMAIL]`: prepares an
 * empty install for a new group: its settings, and no demo data on start. Refuses, changing nothing,
 * when the database holds anything.
 */
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrate';
import * as groupSettings from '../features/group-settings/group-settings.service';
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

export async function runInit(args: string[]): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: { name: { type: 'string' }, 'short-name': { type: 'string' }, description: { type: 'string' }, contact: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new AppError('VALIDATION', `${error instanceof Error ? error.message : String(error)}\n${localized('groupSettings.init.usage')}`);
  }
  if (values.help) {
    process.stdout.write(localized('groupSettings.init.usage'));
    return;
  }
  if (values.name === undefined || values['short-name'] === undefined) throw new AppError('VALIDATION', localized('groupSettings.init.usage'));
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const group = await groupSettings.initialiseGroup(deps, commandLineActor('icat init'), {
      name: values.name,
      shortName: values['short-name'],
      description: values.description,
      contact: values.contact,
    });
    console.log(localized('groupSettings.init.done', { name: group.fullName.en ?? '', shortName: group.shortName }));
    process.stdout.write(localized('groupSettings.init.next'));
  });
}
