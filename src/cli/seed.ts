/**
 * `icat seed`: loads the reference data (facts from public sources) and the demo data (sample data,
 * marked as such). Every loader leaves existing records alone, so running it twice changes nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Deps } from '../deps';
import type { MessageKey } from '../lib/i18n';
import { readMeta, writeMeta } from '../db/meta';
import { readSpreadsheet } from '../lib/spreadsheet';
import { commandLineActor } from '../policy/actor';
import * as governance from '../features/governance/governance.service';
import * as mapping from '../features/members/mapping.service';
import * as members from '../features/members/members.service';
import * as plans from '../features/progress/plan.service';
import * as progress from '../features/progress/progress.service';
import * as reports from '../features/reports/reports.service';
import * as groups from '../features/groups/groups.service';
import * as posts from '../features/groups/posts.service';
import * as library from '../features/library/library.service';
import * as statements from '../features/statements/statements.service';
import * as groupSettings from '../features/group-settings/group-settings.service';

export const seedDir = fileURLToPath(new URL('../../seed/', import.meta.url));

export function readSeedJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(`${seedDir}${relativePath}`, 'utf8')) as T;
}

interface SeedStep {
  /** What the step loads, as `icat seed` names it. */
  name: MessageKey;
  run(deps: Deps): Promise<number>;
}

/** The loaders in order: later ones refer to what earlier ones created. Features add their step here. */
export const seedSteps: SeedStep[] = [
  {
    name: 'groupSettings.seed.step',
    run: (deps) => groupSettings.loadReferenceGroupSettings(deps, readSeedJson<groupSettings.ReferenceGroup>('reference/group.json')),
  },
  {
    name: 'cli.seed.members',
    run: (deps) =>
      members.loadReferenceMembers(deps, {
        entities: readSeedJson<{ entities: members.ReferenceEntity[] }>('reference/entities.json').entities,
        membershipCounts: readSeedJson<{ membershipCounts: members.MembershipCount[] }>('reference/membership-counts.json').membershipCounts,
        history: readSeedJson<{ history: members.AboutData['history'] }>('reference/history.json').history,
      }),
  },
  {
    name: 'cli.seed.terms',
    run: (deps) => governance.loadReferenceTerms(deps, readSeedJson<{ terms: governance.ReferenceTerm[] }>('reference/terms.json').terms),
  },
  {
    name: 'cli.seed.termPriorities',
    run: (deps) => {
      const seed = readSeedJson<{ priorities2022: string[]; prioritiesByYear: Record<string, governance.ReferencePriorities> }>('reference/icat-seed.json');
      const byYear = { 2022: { items: seed.priorities2022, sources: [] }, ...seed.prioritiesByYear };
      return governance.loadReferencePriorities(deps, byYear);
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
    name: 'cli.seed.groups',
    run: (deps) => groups.loadReferenceGroups(deps, readSeedJson<{ groups: groups.ReferenceGroup[] }>('reference/groups.json').groups),
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

export async function seedDatabase(deps: Deps): Promise<SeedReport> {
  const steps = [];
  for (const step of seedSteps) steps.push({ name: step.name, inserted: await step.run(deps) });
  await writeMeta(deps.db, 'seeded_at', deps.clock.now().toISOString());
  return { steps };
}

export async function isSeeded(deps: Deps): Promise<boolean> {
  return (await readMeta(deps.db, 'seeded_at')) !== null;
}
