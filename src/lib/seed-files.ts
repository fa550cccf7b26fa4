/**
 * The seed data set's files (seed/reference: facts from public sources; seed/demo: sample data), read
 * by each feature's `<noun>.seed.ts` for the steps of `icat seed` (src/cli/seed-steps.ts).
 */
import { readFileSync } from 'node:fs';
import { projectPath } from './project-dir';

export const seedDir = projectPath('seed');

/** The group's reference data (members, counts, history, terms and priorities, working groups): one bundle. */
export const referenceBundle = 'reference/icat.group.yaml';

export function readSeedText(relativePath: string): string {
  return readFileSync(`${seedDir}${relativePath}`, 'utf8');
}

export function readSeedJson<T>(relativePath: string): T {
  return JSON.parse(readSeedText(relativePath)) as T;
}
