/** The sample mapping `icat seed` loads: the profiles of seed/demo/profiles.sample.csv, through the same import as `icat import-profiles`. */
import type { Deps } from '../../deps';
import { seedDir } from '../../lib/seed-files';
import { readSpreadsheet } from '../../lib/spreadsheet';
import { commandLineActor } from '../../policy/actor';
import { importProfiles } from './mapping.service';

const sampleProfiles = 'demo/profiles.sample.csv';

/** The seed step of the mapping. */
export async function seedSampleProfiles(deps: Deps): Promise<number> {
  const sheet = await readSpreadsheet(`${seedDir}${sampleProfiles}`);
  return (await importProfiles(deps, commandLineActor('icat seed'), sheet, `seed/${sampleProfiles}`)).changed;
}
