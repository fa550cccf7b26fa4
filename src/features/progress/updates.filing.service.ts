/** Filing an update: the period and target it is on, checking its input and indicator values, and creating it with its first version. */
import type { z } from 'zod';
import type { Deps } from '../../deps';
import { AppError, notFound, validationError, type FieldIssue } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { handOffUpdate } from './hand-offs.service';
import { typedValue } from './plan.format';
import * as plans from './plan.service';
import type { PlanIndicator } from './plan.service';
import { indicatorField, snapshotOf, toPeriod, type Period, type ProgressUpdate, type UpdateTarget } from './progress.model';
import * as repo from './progress.repository';
import { newUpdateForm, type UpdateInput } from './progress.schemas';
import { actorLabel, hydrateUpdates, listPledges } from './progress.service';
import { localized } from '../../lib/i18n';

export const maxFilesPerUpdate = 10;

export interface FilingContext {
  period: Period;
  target: UpdateTarget;
  /** The indicators of the item (a pledge has none): the form asks a value for each. */
  indicators: PlanIndicator[];
}

export async function periodOrThrow(deps: Deps, id: number): Promise<Period> {
  const row = await repo.findPeriod(deps.db, id);
  if (!row) throw notFound('reportingPeriod');
  return toPeriod(row, deps.clock.now());
}

export function assertFiling(period: Period): void {
  if (period.phase === 'locked') throw new AppError('CONFLICT', localized('raised.period.locked', { label: period.label }));
  if (period.phase === 'upcoming') throw new AppError('CONFLICT', localized('raised.period.upcoming', { label: period.label, date: period.opensOn }));
}

export async function targetOf(deps: Deps, period: Period, target: { item?: number | null; pledge?: number | null }): Promise<{ target: UpdateTarget; indicators: PlanIndicator[] }> {
  if (target.item) {
    const plan = await plans.findPlanForYear(deps, period.year);
    const item = plan?.items.find((candidate) => candidate.id === target.item);
    if (!item)
      throw new AppError('VALIDATION', localized('raised.update.notPlanItem.summary', { year: String(period.year) }), {
        fields: [{ field: 'item', message: localized('raised.update.notPlanItem', { year: String(period.year) }) }],
      });
    return { target: { kind: 'item', id: item.id, code: item.code, title: item.title }, indicators: item.indicators.filter((indicator) => !indicator.retired) };
  }
  const pledge = (await listPledges(deps, period.year)).find((candidate) => candidate.id === target.pledge);
  if (!pledge)
    throw new AppError('VALIDATION', localized('raised.update.notPledge.summary', { year: String(period.year) }), {
      fields: [{ field: 'pledge', message: localized('raised.update.notPledge', { year: String(period.year) }) }],
    });
  return { target: { kind: 'pledge', id: pledge.id, code: null, title: pledge.title }, indicators: [] };
}

/** What the "new update" form needs; also says whether the organization already has an update there. */
export async function filingContext(
  deps: Deps,
  actor: Actor | null,
  query: { period: number; item?: number | undefined; pledge?: number | undefined },
): Promise<FilingContext & { existingId: number | null }> {
  authorize(actor, 'progress.file', { entityId: actor?.entityId });
  const period = await periodOrThrow(deps, query.period);
  assertFiling(period);
  const { target, indicators } = await targetOf(deps, period, query);
  const existing = await repo.findUpdateFor(deps.db, period.id, actor.entityId as number, { itemId: target.kind === 'item' ? target.id : null, pledgeId: target.kind === 'pledge' ? target.id : null });
  return { period, target, indicators, existingId: existing?.id ?? null };
}

/**
 * The form's values, checked field by field: the schema's fields and every indicator value (a
 * percentage from 0 to 100, a number that is a number, yes or no). All problems are reported at once.
 */
export function checkInput<T extends UpdateInput>(schema: z.ZodType<T, unknown>, raw: unknown, indicators: PlanIndicator[]): { input: T; values: { indicatorId: number; value: number }[] } {
  const issues: FieldIssue[] = [];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) issues.push(...fieldIssues(parsed.error));
  const form = (raw ?? {}) as Record<string, unknown>;
  const values: { indicatorId: number; value: number }[] = [];
  for (const indicator of indicators) {
    const field = indicatorField(indicator.id);
    const given = form[field];
    const text = Array.isArray(given) ? given[0] : given;
    if (text === undefined || text === null || String(text).trim() === '') continue;
    const checked = typedValue(indicator.type, String(text));
    if ('error' in checked) issues.push({ field, message: checked.error });
    else values.push({ indicatorId: indicator.id, value: checked.value });
  }
  // Checked from what was sent, whether or not the rest parsed, so it comes with the other problems.
  const submitting = (Array.isArray(form.intent) ? form.intent.at(-1) : form.intent) === 'submit';
  const narrative = typeof form.narrative === 'string' ? form.narrative.trim() : '';
  if (submitting && narrative === '' && !issues.some((issue) => issue.field === 'narrative')) issues.push({ field: 'narrative', message: localized('raised.update.narrativeRequired') });
  if (issues.length > 0 || !parsed.success) throw validationError(issues);
  return { input: parsed.data, values };
}

export async function recordVersion(trx: Parameters<typeof repo.insertUpdateVersion>[0], row: repo.UpdateRow, action: string, actor: Actor, at: Date): Promise<void> {
  const [evidence, values] = await Promise.all([repo.listEvidence(trx, [row.id]), repo.listValues(trx, [row.id])]);
  const snapshot = snapshotOf(
    row,
    evidence,
    values.map((value) => ({ indicatorId: value.indicator_id, value: value.value })),
  );
  await repo.insertUpdateVersion(trx, { update_id: row.id, number: row.version, action, state: row.state, snapshot: JSON.stringify(snapshot), actor_label: actorLabel(actor), created_at: at });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

export async function createUpdate(deps: Deps, actor: Actor | null, raw: unknown): Promise<ProgressUpdate> {
  authorize(actor, 'progress.file', { entityId: actor?.entityId });
  const entityId = actor.entityId as number;
  const form = raw as Record<string, unknown>;
  const head = newUpdateForm.pick({ period: true, item: true, pledge: true }).safeParse(form);
  if (!head.success || (head.data.item === undefined) === (head.data.pledge === undefined)) {
    throw validationError(head.success ? [{ field: 'item', message: localized('raised.update.chooseItem') }] : fieldIssues(head.error));
  }
  const period = await periodOrThrow(deps, head.data.period);
  assertFiling(period);
  const { target, indicators } = await targetOf(deps, period, head.data);
  const { input, values } = checkInput(newUpdateForm, raw, indicators);
  const now = deps.clock.now();
  const submit = input.intent === 'submit';
  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      await repo.lockPeriodRow(trx, period.id);
      const created = await repo.insertUpdate(trx, {
        period_id: period.id,
        entity_id: entityId,
        plan_item_id: target.kind === 'item' ? target.id : null,
        pledge_id: target.kind === 'pledge' ? target.id : null,
        state: submit ? 'submitted' : 'draft',
        status: input.status,
        narrative: input.narrative,
        submitted_at: submit ? now : null,
        created_by: actor.accountId > 0 ? actor.accountId : null,
        author_label: actorLabel(actor),
        created_at: now,
        updated_at: now,
      });
      await repo.replaceLinks(trx, created.id, input.evidence_links, now);
      await repo.replaceValues(trx, created.id, period.year, values);
      await recordVersion(trx, created, submit ? 'submit' : 'create', actor, now);
      await audit.record(trx, now, {
        actor,
        action: submit ? 'submit' : 'create',
        table: 'progress_updates',
        recordId: created.id,
        entityId,
        after: { ...created, links: input.evidence_links, values },
      });
      return created;
    });
    const update = (await hydrateUpdates(deps, [row]))[0] as ProgressUpdate;
    if (submit) await handOffUpdate(deps, actor, update);
    return update;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', localized('raised.update.exists'));
    throw error;
  }
}
