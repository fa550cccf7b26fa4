/**
 * What the seed's data files hold, read from the files themselves, so that a test expects what the
 * seed loads rather than a copy of its counts: changing the seed then breaks no unrelated test.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readSeedJson, referenceBundle, seedDir } from '../../src/cli/seed';
import { parseCsv } from '../../src/lib/csv';
import type { SampleProgress } from '../../src/features/progress/progress.service';

interface SeedBundle {
  members: { acronym: string; kind: string; status: 'member' | 'former' | 'partner' }[];
  membership_counts: unknown[];
  terms: { year: number; cochairs?: string[]; priorities?: { items: string[] } }[];
}

let bundle: SeedBundle | undefined;

/** The group bundle the seed loads (seed/reference/icat.group.yaml). */
export function seedBundle(): SeedBundle {
  bundle ??= parse(readFileSync(`${seedDir}${referenceBundle}`, 'utf8')) as SeedBundle;
  return bundle;
}

/** The organizations the seed loads, members and partners alike. */
export function seedOrganizations(): string[] {
  return seedBundle().members.map((member) => member.acronym);
}

/** The priorities of a year's term, in the bundle's order. */
export function seedPriorities(year: number): string[] {
  return seedBundle().terms.find((term) => term.year === year)?.priorities?.items ?? [];
}

/** The sample progress of 2022 (seed/demo/progress-2022.json): its pledges and updates. */
export function seedProgress(): SampleProgress {
  return readSeedJson<SampleProgress>('demo/progress-2022.json');
}

/** The current members (of one kind: un_entity, international, regional), as the directory lists them. */
export function seedCurrentMembers(kind?: string): string[] {
  return seedBundle()
    .members.filter((member) => member.status === 'member' && (kind === undefined || member.kind === kind))
    .map((member) => member.acronym);
}

/** The organizations with a sample mapping profile (seed/demo/profiles.sample.csv). */
export function seedProfiles(): string[] {
  const [, ...rows] = parseCsv(readFileSync(`${seedDir}demo/profiles.sample.csv`, 'utf8'));
  return rows.filter((row) => row.length > 1).map((row) => row[0] as string);
}
