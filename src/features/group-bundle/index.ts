/** A group's reference data as one YAML file, in and out; `icat seed` starts from ICAT's. */
import type { Feature } from '../feature';
import { seedReferenceBundle } from './group-bundle.seed';

export const groupBundleFeature: Feature = {
  name: 'group-bundle',
  seed: [{ name: 'groupBundle.seedStep', run: seedReferenceBundle }],
};
