/** A group's reference data as one YAML file, in and out; `icat seed` starts from the reference group's. */
import type { Feature } from '../feature';
import { seedReferenceBundle } from './group-bundle.seed';
import { groupBundleMessages } from './group-bundle.messages';

export const groupBundleFeature: Feature = {
  name: 'group-bundle',
  messages: groupBundleMessages,
  seed: [{ name: 'groupBundle.seedStep', run: seedReferenceBundle }],
};
