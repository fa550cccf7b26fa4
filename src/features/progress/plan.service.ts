/**
 * The Plan of Action: plans with their period and endorsement, items that nest objective > output >
 * activity, lead and contributing organizations, and indicators with baseline and yearly targets.
 *
 * A plan is written as YAML (docs/plan-format.md), imported with `icat import-plan` or saved from the
 * editor in the app; both go through importPlan. Each import that changes something adds a version
 * (the YAML is kept), items are matched by code, and an item or indicator a new version drops is
 * marked retired, never deleted: updates filed on it stay readable.
 */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import type { Rights } from '../../policy/rights';
import * as audit from '../audit/audit.service';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import { describePlanIssues, parsePlanYaml, type PlanDocument, type PlanIssue } from './plan.format';
import * as repo from './plan.repository';
import * as documentsRepo from './progress.documents.repository';
import type { Direction, IndicatorType, PlanLevel } from './progress.table';
import { localized } from '../../lib/i18n';

export interface PlanIndicator {
  id: number;
  itemId: number;
  name: string;
  unit: string;
  type: IndicatorType;
  direction: Direction;
  baseline: number | null;
  baselineYear: number | null;
  targets: { year: number; value: number }[];
  retired: boolean;
}

/** An organization named in the plan: its directory summary and its id. */
export type PlanEntity = MemberSummary & { id: number };

export interface PlanItem {
  id: number;
  code: string;
  level: PlanLevel;
  title: string;
  description: string | null;
  parentId: number | null;
  position: number;
  retired: boolean;
  lead: PlanEntity[];
  contributors: PlanEntity[];
  indicators: PlanIndicator[];
}

export interface PlanSummary {
  id: number;
  key: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  endorsedOn: string | null;
  endorsedBy: string | null;
  note: string | null;
  isSample: boolean;
  version: number;
  updatedAt: Date;
}

export interface Plan extends PlanSummary {
  /** Every item, retired ones too, in code order. */
  items: PlanItem[];
}

export interface PlanVersion {
  number: number;
  note: string | null;
  createdBy: string;
  createdAt: Date;
}

/** A plan another import saved at the same time. */
const planSavedMeanwhile = staleRecord<PlanSummary>('raised.plan.staleSameTime');

function toSummary(row: repo.PlanRow): PlanSummary {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    endorsedOn: row.endorsed_on,
    endorsedBy: row.endorsed_by,
    note: row.note,
    isSample: row.is_sample,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** A plan whole: its items with their organizations, indicators and targets (two statements, whatever its size). */
async function assemble(deps: Deps, row: repo.PlanRow): Promise<Plan> {
  const items = await repo.listItemsWithDetails(deps.db, row.id);
  const entities = await members.summariesByIds(deps, [...new Set(items.flatMap((item) => item.links.map((link) => link.entity_id)))]);
  return toPlan(toSummary(row), items, (id) => entities.get(id));
}

/** A plan read as one JSON document (repo.planCoveringJson) to the same shape as one assembled from rows. */
export function planFromJson(json: documentsRepo.PlanJson): Plan {
  const entities = new Map(json.items.flatMap((item) => item.links.map((link) => [link.entity_id, members.toSummary(link.entity as Parameters<typeof members.toSummary>[0])] as const)));
  const summary = toSummary({ ...json, created_at: new Date(json.created_at), updated_at: new Date(json.updated_at) });
  return toPlan(summary, json.items, (id) => entities.get(id));
}

/** The plan in force in a year, whole, in one statement. */
async function findPlanWhole(deps: Deps, year: number): Promise<Plan | null> {
  const json = await documentsRepo.findPlanJsonCovering(deps.db, year);
  return json ? planFromJson(json) : null;
}

function toPlan(summary: PlanSummary, items: repo.PlanItemDetailRow[], entityOf: (id: number) => MemberSummary | undefined): Plan {
  const byAcronym = (a: PlanEntity, b: PlanEntity) => a.acronym.localeCompare(b.acronym);
  const entitiesOf = (item: repo.PlanItemDetailRow, role: 'lead' | 'contributor'): PlanEntity[] =>
    item.links
      .filter((link) => link.role === role)
      .flatMap((link) => {
        const entity = entityOf(link.entity_id);
        return entity ? [{ ...entity, id: link.entity_id }] : [];
      })
      .sort(byAcronym);
  return {
    ...summary,
    items: items.map((item) => ({
      id: item.id,
      code: item.code,
      level: item.level,
      title: item.title,
      description: item.description,
      parentId: item.parent_id,
      position: item.position,
      retired: item.retired_in_version !== null,
      lead: entitiesOf(item, 'lead'),
      contributors: entitiesOf(item, 'contributor'),
      indicators: item.indicators.map((indicator) => ({
        id: indicator.id,
        itemId: item.id,
        name: indicator.name,
        unit: indicator.unit,
        type: indicator.value_type,
        direction: indicator.direction,
        baseline: indicator.baseline === null ? null : Number(indicator.baseline),
        baselineYear: indicator.baseline_year,
        targets: indicator.targets.map((target) => ({ year: target.year, value: Number(target.target) })),
        retired: indicator.retired_in_version !== null,
      })),
    })),
  };
}

export async function listPlans(deps: Deps): Promise<PlanSummary[]> {
  return (await repo.listPlans(deps.db)).map(toSummary);
}

export async function getPlan(deps: Deps, key: string): Promise<Plan> {
  const row = await repo.findPlanByKey(deps.db, key);
  if (!row) throw notFound('plan', { key });
  return assemble(deps, row);
}

/** The plan in force in a year (the one covering it that started last), or null. */
export async function findPlanForYear(deps: Deps, year: number): Promise<Plan | null> {
  return findPlanWhole(deps, year);
}

/** The plan for a year, else the most recent one: what the plan page shows first. */
export async function findCurrentPlan(deps: Deps, year: number): Promise<Plan | null> {
  const covering = await findPlanWhole(deps, year);
  if (covering) return covering;
  const row = (await repo.listPlans(deps.db))[0];
  return row ? assemble(deps, row) : null;
}

export async function listPlanVersions(deps: Deps, planId: number): Promise<PlanVersion[]> {
  const rows = await repo.listPlanVersions(deps.db, planId);
  return rows.map((row) => ({ number: row.number, note: row.note, createdBy: row.created_by_label, createdAt: row.created_at }));
}

/** The plan asked for by its key, else the one for the year (this year when none is given). */
export async function selectPlan(deps: Deps, choice: { plan?: string | undefined; year?: number | undefined }): Promise<Plan | null> {
  if (choice.plan) return getPlan(deps, choice.plan);
  return findCurrentPlan(deps, choice.year ?? deps.clock.now().getUTCFullYear());
}

/** The plan's page: the plan chosen, the other plans, its versions, and whether the viewer may edit it. */
export interface PlanPageModel {
  plan: Plan | null;
  others: PlanSummary[];
  versions: PlanVersion[];
  rights: Rights<'edit'>;
}

export async function getPlanPage(deps: Deps, actor: Actor | null, choice: { plan?: string | undefined; year?: number | undefined }): Promise<PlanPageModel> {
  const plan = await selectPlan(deps, choice);
  const [all, versions] = await Promise.all([listPlans(deps), plan ? listPlanVersions(deps, plan.id) : Promise.resolve([])]);
  return { plan, others: all.filter((other) => other.id !== plan?.id), versions, rights: { edit: can(actor, 'plan.edit') } };
}

/** The YAML of the plan's current version, for the editor. */
export async function planSource(deps: Deps, actor: Actor | null, key: string): Promise<{ plan: PlanSummary; source: string }> {
  authorize(actor, 'plan.edit');
  const row = await repo.findPlanByKey(deps.db, key);
  if (!row) throw notFound('plan', { key });
  const version = await repo.findPlanVersion(deps.db, row.id, row.version);
  return { plan: toSummary(row), source: version?.source ?? '' };
}

export interface PlanItemLink {
  item: Pick<PlanItem, 'id' | 'code' | 'title' | 'level'>;
  role: 'lead' | 'contributor';
}

/** The plan items an organization leads or contributes to, in the plan in force in a year. */
export async function itemsOfEntity(deps: Deps, entityId: number, year: number): Promise<PlanItemLink[]> {
  const rows = await repo.listItemsOfEntity(deps.db, entityId, year);
  return rows.map(({ leads, ...item }) => ({ item, role: leads ? 'lead' : 'contributor' }));
}

export class PlanImportError extends AppError {
  constructor(
    readonly issues: PlanIssue[],
    sourceName: string,
  ) {
    super('IMPORT_INVALID', describePlanIssues(sourceName, issues), { issues });
  }
}

export interface ImportResult {
  plan: PlanSummary;
  created: boolean;
  /** False when the text is the same as the current version's: nothing was written. */
  changed: boolean;
}

/** Checks the whole file (shape, codes, values, organizations); throws PlanImportError listing every problem with its line. */
async function checkPlanText(deps: Deps, source: string, sourceName: string): Promise<{ plan: PlanDocument; entityIds: Map<string, number> }> {
  const parsed = parsePlanYaml(source);
  const issues = [...parsed.issues];
  const refs = parsed.refs;
  const entityIds = await members.entityIdsByAcronym(deps, [...new Set(refs.map((ref) => ref.acronym))]);
  for (const ref of refs) if (!entityIds.has(ref.acronym)) issues.push(parsed.locate(ref.path, `"${ref.acronym}" is not a known organization (use its acronym, as on /members)`));
  if (issues.length > 0 || !parsed.plan)
    throw new PlanImportError(
      issues.sort((a, b) => a.line - b.line || a.column - b.column),
      sourceName,
    );
  return { plan: parsed.plan, entityIds };
}

/**
 * Imports a plan from YAML, whole or not at all. A plan with a new key is created; a known key gets a
 * new version. `expectedVersion` (the editor's) makes a stale save fail with STALE_VERSION.
 */
export async function importPlan(
  deps: Deps,
  actor: Actor | null,
  input: { source: string; sourceName: string; note?: string | null; expectedKey?: string; expectedVersion?: number },
): Promise<ImportResult> {
  authorize(actor, 'plan.edit');
  const { plan, entityIds } = await checkPlanText(deps, input.source, input.sourceName);
  if (input.expectedKey !== undefined && plan.key !== input.expectedKey) {
    const issue = parsePlanYaml(input.source).locate(['key'], `must stay "${input.expectedKey}": a new key makes a new plan (import it instead)`);
    throw new PlanImportError([issue], input.sourceName);
  }
  const now = deps.clock.now();
  const actorLabel = actor.accountId > 0 ? `${actor.name} <${actor.email}>` : actor.name;
  return deps.db.transaction().execute(async (trx) => {
    const existing = await repo.lockPlanByKey(trx, plan.key);
    if (input.expectedVersion !== undefined && existing && existing.version !== input.expectedVersion) {
      throw new AppError('STALE_VERSION', localized('raised.plan.staleEditing'));
    }
    if (existing) {
      const current = await repo.findPlanVersion(trx, existing.id, existing.version);
      if (current?.source === input.source) return { plan: toSummary(existing), created: false, changed: false };
    }
    const values = {
      title: plan.title,
      period_start: plan.periodStart,
      period_end: plan.periodEnd,
      endorsed_on: plan.endorsedOn,
      endorsed_by: plan.endorsedBy,
      note: plan.note,
      is_sample: plan.sample,
      updated_at: now,
    };
    const writeVersion = async (saved: repo.PlanRow) => {
      await writeItems(trx, saved, plan, entityIds, now);
      await repo.insertPlanVersion(trx, { plan_id: saved.id, number: saved.version, source: input.source, note: input.note ?? null, created_by_label: actorLabel, created_at: now });
    };
    const recordImport = (saved: repo.PlanRow) =>
      audit.record(trx, now, {
        actor,
        action: existing ? 'import_version' : 'import',
        table: 'plans',
        recordId: saved.id,
        before: existing ? { title: existing.title, version: existing.version } : null,
        after: { title: saved.title, version: saved.version, items: plan.items.length, source: input.sourceName },
      });
    if (existing) {
      // The form's version was checked above, before comparing sources; this expects the version locked.
      const saved = await updateVersioned(trx, { table: 'plans', before: existing, changes: values, stale: planSavedMeanwhile, show: toSummary, related: writeVersion, audit: recordImport });
      return { plan: toSummary(saved), created: false, changed: true };
    }
    const saved = await repo.insertPlan(trx, { key: plan.key, ...values, created_at: now });
    await writeVersion(saved);
    await recordImport(saved);
    return { plan: toSummary(saved), created: true, changed: true };
  });
}

async function writeItems(trx: Parameters<typeof repo.upsertItem>[0], plan: repo.PlanRow, doc: PlanDocument, entityIds: Map<string, number>, now: Date): Promise<void> {
  const idsByCode = new Map<string, number>();
  const keptIndicators: number[] = [];
  for (const item of doc.items) {
    const id = await repo.upsertItem(trx, {
      plan_id: plan.id,
      parent_id: item.parentCode ? (idsByCode.get(item.parentCode) ?? null) : null,
      level: item.level,
      code: item.code,
      title: item.title,
      description: item.description,
      position: item.position,
      created_at: now,
      updated_at: now,
    });
    idsByCode.set(item.code, id);
    const links = [
      ...item.lead.map((ref) => ({ item_id: id, entity_id: entityIds.get(ref.acronym) as number, role: 'lead' as const })),
      ...item.contributors.map((ref) => ({ item_id: id, entity_id: entityIds.get(ref.acronym) as number, role: 'contributor' as const })),
    ];
    const unique = [...new Map(links.map((link) => [link.entity_id, link])).values()];
    await repo.replaceItemEntities(trx, id, unique);
    for (const [position, indicator] of item.indicators.entries()) {
      const indicatorId = await repo.upsertIndicator(trx, {
        item_id: id,
        name: indicator.name,
        unit: indicator.unit,
        value_type: indicator.type,
        direction: indicator.direction,
        baseline: indicator.baseline,
        baseline_year: indicator.baselineYear,
        position: position + 1,
      });
      keptIndicators.push(indicatorId);
      await repo.replaceTargets(
        trx,
        indicatorId,
        indicator.targets.map((target) => ({ year: target.year, target: target.value })),
      );
    }
  }
  const kept = [...idsByCode.values()];
  await repo.retireItemsNotIn(trx, plan.id, kept, plan.version);
  await repo.retireIndicatorsNotIn(
    trx,
    (await repo.listItems(trx, plan.id)).map((item) => item.id),
    keptIndicators,
    plan.version,
  );
}

/** Items by id (retired ones too), for the features that show what an update was about. */
export async function itemsByIds(deps: Deps, ids: number[]): Promise<Map<number, { id: number; code: string; title: string; level: PlanLevel; planId: number }>> {
  const rows = await repo.listItemsByIds(deps.db, ids);
  return new Map(rows.map((row) => [row.id, { id: row.id, code: row.code, title: row.title, level: row.level, planId: row.plan_id }]));
}

/** Checks a plan text without writing anything: the editor's "check" and the tests. */
export async function checkPlan(deps: Deps, source: string, sourceName: string): Promise<PlanIssue[]> {
  try {
    await checkPlanText(deps, source, sourceName);
    return [];
  } catch (error) {
    if (error instanceof PlanImportError) return error.issues;
    throw error;
  }
}

/** Indicators by id (retired ones too), with the item they measure. */
export async function indicatorsByIds(deps: Deps, ids: number[]): Promise<Map<number, Omit<PlanIndicator, 'targets' | 'retired'>>> {
  const rows = await repo.listIndicatorsByIds(deps.db, ids);
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, itemId: row.item_id, name: row.name, unit: row.unit, type: row.value_type, direction: row.direction, baseline: row.baseline, baselineYear: row.baseline_year },
    ]),
  );
}

/** Seeds a plan from YAML unless a plan with its key exists; returns the number of items written. */
export async function importPlanIfMissing(deps: Deps, actor: Actor | null, source: string, sourceName: string): Promise<number> {
  const key = parsePlanYaml(source).plan?.key;
  if (key && (await repo.findPlanByKey(deps.db, key))) return 0;
  await importPlan(deps, actor, { source, sourceName, note: `Loaded from ${sourceName}` });
  return (await getPlan(deps, key ?? '')).items.length;
}
