/**
 * The group's reference data for `icat seed` (members, counts, history, terms with their priorities,
 * working groups, settings and vocabularies): the bundle seed/reference/icat.group.yaml, read by the
 * same import as `icat import-group`.
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { readSeedText, referenceBundle } from '../../lib/seed-files';
import { commandLineActor } from '../../policy/actor';
import { describeBundleIssues } from './bundle.write';
import { importBundle } from './group-bundle.service';

/** The seed step of the bundle: what it inserted, all kinds of record together. */
export async function seedReferenceBundle(deps: Deps): Promise<number> {
  const sourceName = `seed/${referenceBundle}`;
  const outcome = await importBundle(deps, commandLineActor('icat seed'), { source: readSeedText(referenceBundle), sourceName });
  if (!outcome.ok) throw new AppError('VALIDATION', describeBundleIssues(sourceName, outcome.issues));
  const { settings, vocabularies, members: entities, terms, priorities, groups: workingGroups } = outcome.inserted;
  return settings + vocabularies + entities + terms + priorities + workingGroups;
}
