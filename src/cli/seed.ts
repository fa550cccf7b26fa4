/**
 * `icat seed`: loads the reference data (facts from public sources: the group's bundle
 * seed/reference/icat.group.yaml, publications, meetings) and the demo data (sample data, marked as
 * such), all in one transaction: a step that fails leaves the database as it was. Every loader leaves
 * existing records alone, so running it twice changes nothing. No year is written here: the years are
 * in the data. The steps are one list, in seed-steps.ts.
 */
import type { Deps } from '../deps';
import type { MessageKey } from '../lib/i18n';
import { readMeta, writeMeta } from '../db/meta';
import { allOrNothing } from '../db/transactions';
import { seedSteps, type SeedStep } from './seed-steps';

export { readSeedJson, referenceBundle, seedDir } from '../lib/seed-files';
export { seedSteps, type SeedStep } from './seed-steps';

export interface SeedReport {
  steps: { name: MessageKey; inserted: number }[];
}

/** All or nothing: the steps run in one transaction, so a step that fails leaves the database as it was. */
export async function seedDatabase(deps: Deps, steps: SeedStep[] = seedSteps): Promise<SeedReport> {
  return allOrNothing(deps, async (within) => {
    const done = [];
    for (const step of steps) done.push({ name: step.name, inserted: await step.run(within) });
    await writeMeta(within.db, 'seeded_at', within.clock.now().toISOString());
    return { steps: done };
  });
}

export async function isSeeded(deps: Deps): Promise<boolean> {
  return (await readMeta(deps.db, 'seeded_at')) !== null;
}
