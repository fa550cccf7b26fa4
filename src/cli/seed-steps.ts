/**
 * The steps of `icat seed`, in order: every feature's steps (its manifest's `seed`), in the order of
 * the feature list, where later ones refer to what earlier ones created (the mapping and the posts
 * name the bundle's organizations and groups, the record its meetings, progress the plan). Each
 * feature keeps its seed code in its `<noun>.seed.ts`.
 */
import type { SeedStep } from '../features/feature';
import { features } from '../features/features';

export type { SeedStep };

export const seedSteps: SeedStep[] = features.flatMap((feature) => feature.seed ?? []);
