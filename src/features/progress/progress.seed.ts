/**
 * The sample plan and progress `icat seed` loads: the plan of seed/demo/plan-2022.yaml, then pledges, a
 * reporting period and accepted updates, all marked as sample data.
 */
import type { Deps } from '../../deps';
import { readSeedJson, readSeedText } from '../../lib/seed-files';
import { commandLineActor, type Actor } from '../../policy/actor';
import * as audit from '../audit/audit.service';
import * as governance from '../governance/governance.service';
import * as members from '../members/members.service';
import * as plans from './plan.service';
import { snapshotOf } from './progress.model';
import * as repo from './progress.repository';
import * as periodsRepo from './progress.periods.repository';
import * as pledgesRepo from './progress.pledges.repository';
import type { ProgressStatus } from './progress.table';

// ---- sample data ----

export interface SampleProgress {
  year: number;
  pledges: { priority: number; items: string[]; status: ProgressStatus; note: string }[];
  period: { label: string; kind: 'yearly' | 'half_yearly'; opensOn: string; deadline: string };
  /** The days the sample updates say they were filed and accepted (not the day the seed runs). */
  filedOn: string;
  reviewedOn: string;
  updates: {
    entity: string;
    item: string;
    status: ProgressStatus;
    narrative: string;
    values: Record<string, number | string>;
    links?: { url: string; title: string }[];
  }[];
}

/**
 * Loads the sample pledges (one per priority of the term), a reporting period and accepted sample
 * updates, all marked as sample data. What exists already is left alone: a second run adds nothing.
 */
export async function loadSampleProgress(deps: Deps, actor: Actor, data: SampleProgress): Promise<number> {
  const termId = await governance.termIdOf(deps, data.year);
  const plan = await plans.findPlanForYear(deps, data.year);
  if (termId === null || !plan) throw new Error(`Sample progress for ${data.year} needs its term and a plan covering the year.`);
  const priorities = await governance.listPriorities(deps, data.year);
  const itemByCode = new Map(plan.items.map((item) => [item.code, item]));
  const entityIds = await members.entityIdsByAcronym(
    deps,
    data.updates.map((update) => update.entity),
  );
  const now = deps.clock.now();
  const label = `${actor.name} (sample data)`;
  const filedAt = new Date(`${data.filedOn}T09:00:00Z`);
  const reviewedAt = new Date(`${data.reviewedOn}T09:00:00Z`);
  return deps.db.transaction().execute(async (trx) => {
    let inserted = 0;
    if ((await pledgesRepo.listPledgesOfTerm(trx, termId)).length === 0) {
      for (const [index, sample] of data.pledges.entries()) {
        const priority = priorities.find((candidate) => candidate.position === sample.priority);
        if (!priority) throw new Error(`Sample pledge ${index + 1} names priority ${sample.priority}, which ${data.year} does not have.`);
        const pledge = await pledgesRepo.insertPledge(trx, {
          term_id: termId,
          priority_id: priority.id,
          position: index + 1,
          title: priority.title,
          description: null,
          progress_status: sample.status,
          progress_note: sample.note,
          is_sample: true,
          created_at: now,
          updated_at: now,
        });
        const itemIds = sample.items.map((code) => {
          const item = itemByCode.get(code);
          if (!item) throw new Error(`Sample pledge ${index + 1} names item ${code}, which the plan does not have.`);
          return item.id;
        });
        await pledgesRepo.replacePledgeItems(trx, pledge.id, itemIds);
        await audit.record(trx, now, { actor, action: 'seed', table: 'pledges', recordId: pledge.id, after: pledge });
        inserted++;
      }
    }
    let period = await repo.findPeriodByLabel(trx, data.year, data.period.label);
    if (!period) {
      period = await periodsRepo.insertPeriod(trx, {
        year: data.year,
        label: data.period.label,
        kind: data.period.kind,
        opens_on: data.period.opensOn,
        deadline: data.period.deadline,
        is_sample: true,
        created_at: now,
        updated_at: now,
      });
      await audit.record(trx, now, { actor, action: 'seed', table: 'reporting_periods', recordId: period.id, after: period });
      inserted++;
    }
    for (const sample of data.updates) {
      const item = itemByCode.get(sample.item);
      const entityId = entityIds.get(sample.entity);
      if (!item || entityId === undefined) throw new Error(`Sample update of ${sample.entity} on ${sample.item}: unknown organization or item.`);
      const row = await repo.insertUpdateIfMissing(trx, {
        period_id: period.id,
        entity_id: entityId,
        plan_item_id: item.id,
        pledge_id: null,
        state: 'accepted',
        status: sample.status,
        narrative: sample.narrative,
        submitted_at: filedAt,
        reviewed_at: reviewedAt,
        reviewed_by_label: label,
        author_label: label,
        is_sample: true,
        created_at: filedAt,
        updated_at: reviewedAt,
      });
      if (!row) continue;
      const values = Object.entries(sample.values).map(([name, value]) => {
        const indicator = item.indicators.find((candidate) => candidate.name === name);
        if (!indicator) throw new Error(`Sample update of ${sample.entity} on ${sample.item}: no indicator "${name}".`);
        return { indicatorId: indicator.id, value: Number(value) };
      });
      await repo.replaceLinks(trx, row.id, sample.links ?? [], now);
      await repo.replaceValues(trx, row.id, data.year, values);
      const evidence = await repo.listEvidence(trx, [row.id]);
      await repo.insertUpdateVersion(trx, {
        update_id: row.id,
        number: row.version,
        action: 'seed',
        state: row.state,
        snapshot: JSON.stringify(snapshotOf(row, evidence, values)),
        actor_label: label,
        created_at: reviewedAt,
      });
      await audit.record(trx, now, { actor, action: 'seed', table: 'progress_updates', recordId: row.id, entityId, after: row });
      inserted++;
    }
    return inserted;
  });
}

/** The seed step of the plan: the sample Plan of Action, imported when that year has none. */
export async function seedSamplePlan(deps: Deps): Promise<number> {
  return plans.importPlanIfMissing(deps, commandLineActor('icat seed'), readSeedText('demo/plan-2022.yaml'), 'seed/demo/plan-2022.yaml');
}

/** The seed step of progress: the sample pledges, period and updates of seed/demo/progress-2022.json. */
export async function seedSampleProgress(deps: Deps): Promise<number> {
  return loadSampleProgress(deps, commandLineActor('icat seed'), readSeedJson<SampleProgress>('demo/progress-2022.json'));
}
