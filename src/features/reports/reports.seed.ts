/** The demo's sample narrative sections, loaded by `icat seed` from seed/demo/report-2022.sample.json. */
import type { Deps } from '../../deps';
import { readSeedJson } from '../../lib/seed-files';
import { commandLineActor, type Actor } from '../../policy/actor';
import * as audit from '../audit/audit.service';
import { narrativeKeys, type NarrativeKey } from './report.model';
import * as repo from './reports.repository';
import { actorLabel } from './reports.read.service';

export interface SampleNarratives {
  year: number;
  narratives: Partial<Record<NarrativeKey, string>>;
}

/** The seed step of the report: its sample narrative sections, marked as sample data. */
export async function seedSampleNarratives(deps: Deps): Promise<number> {
  return loadSampleNarratives(deps, commandLineActor('icat seed'), readSeedJson<SampleNarratives>('demo/report-2022.sample.json'));
}

/** Loads sample narrative sections into a draft report; a section already written is left as it is. */
export async function loadSampleNarratives(deps: Deps, actor: Actor, sample: SampleNarratives): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { row: report, created } = await repo.lockOrCreateReport(trx, sample.year, now);
    if (created) await audit.record(trx, now, { actor, action: 'create', table: 'reports', recordId: report.id, after: { year: sample.year, status: report.status } });
    if (report.status !== 'draft') return created ? 1 : 0;
    let inserted = created ? 1 : 0;
    for (const key of narrativeKeys) {
      const markdown = sample.narratives[key];
      if (!markdown || (await repo.lockNarrative(trx, report.id, key))) continue;
      const saved = await repo.insertNarrative(trx, { report_id: report.id, key, markdown, updated_by_label: actorLabel(actor), updated_at: now });
      await repo.insertNarrativeVersion(trx, { report_id: report.id, key, version: saved.version, markdown, saved_by_account_id: null, saved_by_label: actorLabel(actor), saved_at: now });
      await audit.record(trx, now, { actor, action: 'create', table: 'report_narratives', recordId: `${report.id}:${key}`, after: { year: sample.year, key, version: saved.version, markdown } });
      inserted++;
    }
    return inserted;
  });
}
