/**
 * `icat seed`: loads the reference data (facts from public sources: the group's bundle
 * seed/reference/icat.group.yaml, publications, meetings) and the demo data (sample data, marked as
 * such), all in one transaction: a step that fails leaves the database as it was. Every loader leaves
 * existing records alone, so running it twice changes nothing. No year is written here: the years are
 * in the data.
 */
import { readFileSync } from 'node:fs';
import type { Deps } from '../deps';
import type { MessageKey } from '../lib/i18n';
import { readMeta, writeMeta } from '../db/meta';
import { allOrNothing } from '../db/transactions';
import { readSpreadsheet } from '../lib/spreadsheet';
import { projectPath } from '../lib/project-dir';
import { commandLineActor } from '../policy/actor';
import { importBundle } from '../features/group-bundle/group-bundle.service';
import { describeBundleIssues } from '../features/group-bundle/bundle.write';
import { AppError } from '../lib/errors';
import * as mapping from '../features/members/mapping.service';
import * as plans from '../features/progress/plan.service';
import * as progress from '../features/progress/progress.service';
import * as reports from '../features/reports/reports.service';
import * as posts from '../features/groups/posts.service';
import * as library from '../features/library/library.service';
import * as statements from '../features/statements/statements.service';

export const seedDir = projectPath('seed');

/** The group's reference data (members, counts, history, terms and priorities, working groups): one bundle. */
export const referenceBundle = 'reference/icat.group.yaml';

export function readSeedJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(`${seedDir}${relativePath}`, 'utf8')) as T;
}

export interface SeedStep {
  /** What the step loads, as `icat seed` names it. */
  name: MessageKey;
  run(deps: Deps): Promise<number>;
}

/** The loaders in order: later ones refer to what earlier ones created. Features add their step here. */
export const seedSteps: SeedStep[] = [
  {
    name: 'groupBundle.seedStep',
    run: async (deps) => {
      const outcome = await importBundle(deps, commandLineActor('icat seed'), { source: readFileSync(`${seedDir}${referenceBundle}`, 'utf8'), sourceName: `seed/${referenceBundle}` });
      if (!outcome.ok) throw new AppError('VALIDATION', describeBundleIssues(`seed/${referenceBundle}`, outcome.issues));
      const { settings, vocabularies, members: entities, terms, priorities, groups: workingGroups } = outcome.inserted;
      return settings + vocabularies + entities + terms + priorities + workingGroups;
    },
  },
  {
    name: 'cli.seed.mapping',
    run: async (deps) => {
      const sheet = await readSpreadsheet(`${seedDir}demo/profiles.sample.csv`);
      return (await mapping.importProfiles(deps, commandLineActor('icat seed'), sheet, 'seed/demo/profiles.sample.csv')).changed;
    },
  },
  {
    name: 'cli.seed.groupPosts',
    run: (deps) => posts.loadSamplePosts(deps, readSeedJson<{ posts: posts.SamplePost[] }>('demo/group-posts.sample.json').posts),
  },
  {
    name: 'cli.seed.library',
    run: (deps) => library.loadReferenceLibrary(deps, readSeedJson<{ publications: library.ReferencePublication[]; events: library.ReferenceEvent[] }>('reference/library.json')),
  },
  {
    name: 'cli.seed.record',
    run: (deps) => statements.loadReferenceRecord(deps, commandLineActor('icat seed'), readSeedJson<statements.ReferenceRecord>('reference/meetings.json')),
  },
  {
    name: 'cli.seed.plan',
    run: (deps) => plans.importPlanIfMissing(deps, commandLineActor('icat seed'), readFileSync(`${seedDir}demo/plan-2022.yaml`, 'utf8'), 'seed/demo/plan-2022.yaml'),
  },
  {
    name: 'cli.seed.progress',
    run: (deps) => progress.loadSampleProgress(deps, commandLineActor('icat seed'), readSeedJson<progress.SampleProgress>('demo/progress-2022.json')),
  },
  {
    name: 'cli.seed.report',
    run: (deps) => reports.loadSampleNarratives(deps, commandLineActor('icat seed'), readSeedJson<reports.SampleNarratives>('demo/report-2022.sample.json')),
  },
];

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
