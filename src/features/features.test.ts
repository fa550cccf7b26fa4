/// <reference types="vite/client" />
/**
 * The feature list is the one list the app, the policy, the schema, `icat seed` and the route-access
 * test loop over: every folder under src/features/ is in it once, under its own name, and the
 * policy's and the catalogue's projections of it (src/policy/feature-rules.ts, src/messages/catalogue.ts)
 * hold the same rules and messages in the same order. A manifest's route-access expectations are its
 * own folder's <noun>.access.ts, the file the route-access test names when one is missing.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedSteps } from '../cli/seed-steps';
import { featureMessages } from '../messages/catalogue';
import { featureRules } from '../policy/feature-rules';
import { features } from './features';

const manifests = import.meta.glob<Record<string, unknown>>('./*/index.ts', { eager: true });
const accessFiles = import.meta.glob<Record<string, unknown>>('./*/*.access.ts', { eager: true });
const featureFolders = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('the feature list', () => {
  it('names every feature folder once, by its folder name, with the manifest its index.ts exports', () => {
    const names = features.map((feature) => feature.name);
    expect([...names].sort()).toEqual([...featureFolders].sort());
    expect(new Set(names).size).toBe(names.length);
    for (const folder of featureFolders) {
      expect(Object.values(manifests[`./${folder}/index.ts`] ?? {})).toContain(features.find((feature) => feature.name === folder));
    }
  });

  it("takes each feature's access expectations from its folder's <noun>.access.ts, and leaves no such file unread", () => {
    const withAccess = features.filter((feature) => feature.access).map((feature) => `./${feature.name}/${feature.name}.access.ts`);
    expect(Object.keys(accessFiles).sort()).toEqual(withAccess.sort());
    for (const feature of features.filter((candidate) => candidate.access)) {
      expect(Object.values(accessFiles[`./${feature.name}/${feature.name}.access.ts`] ?? {})).toContain(feature.access);
    }
  });

  it("gives the policy every feature's rules, in the list's order, and no others", () => {
    const withRules = features.filter((feature) => feature.rules).map((feature) => [feature.name, feature.rules]);
    expect(Object.entries(featureRules)).toEqual(withRules);
    for (const [name, rules] of withRules) expect(featureRules[name as keyof typeof featureRules]).toBe(rules);
  });

  it("gives the catalogue every feature's messages, in the list's order, and no others", () => {
    const withMessages = features.filter((feature) => feature.messages).map((feature) => [feature.name, feature.messages]);
    expect(Object.entries(featureMessages)).toEqual(withMessages);
    for (const [name, messages] of withMessages) expect(featureMessages[name as keyof typeof featureMessages]).toBe(messages);
  });

  it('runs the seed steps in the order that lets each refer to what the ones before it created', () => {
    // The bundle makes the organizations, terms and groups the mapping and the posts name; the record's
    // meetings come before the plan, the plan before progress, and everything before the report.
    expect(seedSteps.map((step) => step.name)).toEqual([
      'groupBundle.seedStep',
      'cli.seed.mapping',
      'cli.seed.groupPosts',
      'cli.seed.library',
      'cli.seed.record',
      'cli.seed.plan',
      'cli.seed.progress',
      'cli.seed.report',
    ]);
  });
});
