/**
 * `icat seed`: loads the reference data (facts from public sources) and the demo data (sample data,
 * marked as such). Every loader leaves existing records alone, so running it twice changes nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Deps } from '../deps';
import { readMeta, writeMeta } from '../db/meta';
import { readSpreadsheet } from '../lib/spreadsheet';
import { commandLineActor } from '../policy/actor';
import * as governance from '../features/governance/governance.service';
import * as mapping from '../features/members/mapping.service';
import * as members from '../features/members/members.service';

export const seedDir = fileURLToPath(new URL('../../seed/', import.meta.url));

export function readSeedJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(`${seedDir}${relativePath}`, 'utf8')) as T;
}

interface SeedStep {
  name: string;
  run(deps: Deps): Promise<number>;
}

/** The loaders in order: later ones refer to what earlier ones created. Features add their step here. */
export const seedSteps: SeedStep[] = [
  {
    name: 'members',
    run: (deps) =>
      members.loadReferenceMembers(deps, {
        entities: readSeedJson<{ entities: members.ReferenceEntity[] }>('reference/entities.json').entities,
        membershipCounts: readSeedJson<{ membershipCounts: members.MembershipCount[] }>('reference/membership-counts.json').membershipCounts,
        history: readSeedJson<{ history: members.AboutData['history'] }>('reference/history.json').history,
      }),
  },
  {
    name: 'terms',
    run: (deps) => governance.loadReferenceTerms(deps, readSeedJson<{ terms: governance.ReferenceTerm[] }>('reference/terms.json').terms),
  },
  {
    name: 'mapping (sample profiles)',
    run: async (deps) => {
      const sheet = await readSpreadsheet(`${seedDir}demo/profiles.sample.csv`);
      return (await mapping.importProfiles(deps, commandLineActor('icat seed'), sheet, 'seed/demo/profiles.sample.csv')).changed;
    },
  },
];

export interface SeedReport {
  steps: { name: string; inserted: number }[];
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
