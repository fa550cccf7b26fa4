/**
 * The steps of `icat seed`, in order: later ones refer to what earlier ones created (the mapping and
 * the posts name the bundle's organizations and groups, the record its meetings, progress the plan).
 * Each feature keeps its seed code in its `<noun>.seed.ts`; adding a feature's seed data is one entry
 * here. The statements record (statements.seed.ts) and the report narratives take their file as an
 * argument, so their entries read it here.
 */
import type { Deps } from '../deps';
import type { MessageKey } from '../lib/i18n';
import { readSeedJson } from '../lib/seed-files';
import { commandLineActor } from '../policy/actor';
import { seedReferenceBundle } from '../features/group-bundle/group-bundle.seed';
import { seedSamplePosts } from '../features/groups/groups.seed';
import { seedReferenceLibrary } from '../features/library/library.seed';
import { seedSampleProfiles } from '../features/members/members.seed';
import { seedSamplePlan, seedSampleProgress } from '../features/progress/progress.seed';
import * as reports from '../features/reports/reports.service';
import * as statements from '../features/statements/statements.service';

export interface SeedStep {
  /** What the step loads, as `icat seed` names it. */
  name: MessageKey;
  /** Loads what is missing and leaves the rest alone; answers how many records it inserted. */
  run(deps: Deps): Promise<number>;
}

export const seedSteps: SeedStep[] = [
  { name: 'groupBundle.seedStep', run: seedReferenceBundle },
  { name: 'cli.seed.mapping', run: seedSampleProfiles },
  { name: 'cli.seed.groupPosts', run: seedSamplePosts },
  { name: 'cli.seed.library', run: seedReferenceLibrary },
  {
    name: 'cli.seed.record',
    run: (deps) => statements.loadReferenceRecord(deps, commandLineActor('icat seed'), readSeedJson<statements.ReferenceRecord>('reference/meetings.json')),
  },
  { name: 'cli.seed.plan', run: seedSamplePlan },
  { name: 'cli.seed.progress', run: seedSampleProgress },
  {
    name: 'cli.seed.report',
    run: (deps) => reports.loadSampleNarratives(deps, commandLineActor('icat seed'), readSeedJson<reports.SampleNarratives>('demo/report-2022.sample.json')),
  },
];
