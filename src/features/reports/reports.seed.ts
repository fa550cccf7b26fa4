/** The sample narratives `icat seed` loads into the draft report of seed/demo/report-2022.sample.json. */
import type { Deps } from '../../deps';
import { readSeedJson } from '../../lib/seed-files';
import { commandLineActor } from '../../policy/actor';
import { loadSampleNarratives, type SampleNarratives } from './reports.service';

/** The seed step of the report: its sample narrative sections, marked as sample data. */
export async function seedSampleNarratives(deps: Deps): Promise<number> {
  return loadSampleNarratives(deps, commandLineActor('icat seed'), readSeedJson<SampleNarratives>('demo/report-2022.sample.json'));
}
