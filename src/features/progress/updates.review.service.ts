/**
 * An update's life after filing: saving it again, submitting, accepting or returning it (each a new
 * version and an audit entry), and reading one with the viewer's rights.
 */
import type { z } from 'zod';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, isStale, notFound, staleRecord, staleVersion, validationError } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { handOffUpdate } from './hand-offs.service';
import type { PlanIndicator } from './plan.service';
import { acceptsFiling, toVersion, type Period, type ProgressUpdate, type UpdateVersion } from './progress.model';
import * as repo from './progress.repository';
import { editUpdateForm, returnForm, reviewForm, versionForm } from './progress.schemas';
import { actorLabel, findUpdateWithRow, hydrateUpdates } from './progress.service';
import type { UpdateState } from './progress.table';
import { localized } from '../../lib/i18n';
import { assertFiling, checkInput, periodOrThrow, recordVersion, targetOf } from './updates.filing.service';

export const staleUpdate = staleRecord<ProgressUpdate>('raised.update.stale');

/**
 * Inside a transaction the refusal carries the row; the saved update is shown whole once the
 * transaction is over (reading it goes through deps.db, and PGlite has one connection).
 */
const staleUpdateRow = staleRecord<repo.UpdateRow>('raised.update.stale');

export async function inTransaction<T>(deps: Deps, id: number, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  try {
    return await deps.db.transaction().execute(work);
  } catch (error) {
    if (isStale(error, staleUpdateRow)) throw staleVersion(staleUpdate, await current(deps, id));
    throw error;
  }
}

/** Moves an update to its next version with `changes`, recording the version and the audit entry with it. */
export function saveVersion(
  trx: Transaction<DB>,
  before: repo.UpdateRow,
  expectedVersion: number,
  changes: Parameters<typeof repo.updateUpdate>[3],
  steps: { related?: (after: repo.UpdateRow) => Promise<void>; recorded: string; actor: Actor; now: Date; audit: (after: repo.UpdateRow) => audit.AuditEntry },
): Promise<repo.UpdateRow> {
  return updateVersioned(trx, {
    table: 'progress_updates',
    before,
    expectedVersion,
    changes,
    stale: staleUpdateRow,
    show: (saved) => saved,
    related: async (after) => {
      await steps.related?.(after);
      await recordVersion(trx, after, steps.recorded, steps.actor, steps.now);
    },
    audit: (after) => audit.record(trx, steps.now, steps.audit(after)),
  });
}

export interface Loaded {
  row: repo.UpdateRow;
  period: Period;
}

export async function load(deps: Deps, id: number): Promise<Loaded> {
  const row = await repo.findUpdate(deps.db, id);
  if (!row) throw notFound('progressUpdate');
  return { row, period: await periodOrThrow(deps, row.period_id) };
}

export const editable: UpdateState[] = ['draft', 'returned'];

export function assertState(row: repo.UpdateRow, allowed: UpdateState[], doing: 'edited' | 'changed' | 'submitted' | 'reviewed'): void {
  if (!allowed.includes(row.state)) throw new AppError('CONFLICT', localized('raised.update.state', { state: row.state, doing }));
}

async function current(deps: Deps, id: number): Promise<ProgressUpdate> {
  const row = await repo.findUpdate(deps.db, id);
  if (!row) throw notFound('progressUpdate');
  return (await hydrateUpdates(deps, [row]))[0] as ProgressUpdate;
}

/** Saves the focal point's edit (and submits it when asked); only drafts and returned updates change. */
export async function saveUpdate(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<ProgressUpdate> {
  const { row, period } = await load(deps, id);
  authorize(actor, 'progress.file', { entityId: row.entity_id });
  assertFiling(period);
  assertState(row, editable, 'edited');
  const { indicators } = await targetOf(deps, period, { item: row.plan_item_id, pledge: row.pledge_id });
  const { input, values } = checkInput(editUpdateForm, raw, indicators);
  const now = deps.clock.now();
  const submit = input.intent === 'submit';
  const saved = await inTransaction(deps, id, async (trx) => {
    await repo.lockPeriodRow(trx, period.id);
    const before = await repo.lockUpdate(trx, id);
    if (!before) throw notFound('progressUpdate');
    if (before.version !== input.version) throw staleVersion(staleUpdateRow, before);
    assertState(before, editable, 'edited');
    const changes = { status: input.status, narrative: input.narrative, ...(submit ? { state: 'submitted' as const, submitted_at: now } : {}), updated_at: now };
    return saveVersion(trx, before, input.version, changes, {
      related: async () => {
        await repo.replaceLinks(trx, id, input.evidence_links, now);
        await repo.replaceValues(trx, id, period.year, values);
      },
      recorded: submit ? (before.state === 'returned' ? 'resubmit' : 'submit') : 'edit',
      actor,
      now,
      audit: (updated) => ({
        actor,
        action: submit ? 'submit' : 'update',
        table: 'progress_updates',
        recordId: id,
        entityId: row.entity_id,
        before,
        after: { ...updated, links: input.evidence_links, values },
      }),
    });
  });
  const update = (await hydrateUpdates(deps, [saved]))[0] as ProgressUpdate;
  if (submit) await handOffUpdate(deps, actor, update);
  return update;
}

async function transition(
  deps: Deps,
  actor: Actor,
  loaded: Loaded,
  version: number,
  allowed: UpdateState[],
  action: string,
  changes: Parameters<typeof repo.updateUpdate>[3],
): Promise<ProgressUpdate> {
  const { row, period } = loaded;
  assertFiling(period);
  const doing = action === 'submit' ? 'submitted' : 'reviewed';
  assertState(row, allowed, doing);
  const now = deps.clock.now();
  const saved = await inTransaction(deps, row.id, async (trx) => {
    await repo.lockPeriodRow(trx, period.id);
    const before = await repo.lockUpdate(trx, row.id);
    if (!before) throw notFound('progressUpdate');
    if (before.version !== version) throw staleVersion(staleUpdateRow, before);
    assertState(before, allowed, doing);
    return saveVersion(
      trx,
      before,
      version,
      { ...changes, updated_at: now },
      {
        recorded: action,
        actor,
        now,
        audit: (updated) => ({ actor, action, table: 'progress_updates', recordId: row.id, entityId: row.entity_id, before, after: updated }),
      },
    );
  });
  const update = (await hydrateUpdates(deps, [saved]))[0] as ProgressUpdate;
  await handOffUpdate(deps, actor, update);
  return update;
}

export async function submitUpdate(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<ProgressUpdate> {
  const loaded = await load(deps, id);
  authorize(actor, 'progress.file', { entityId: loaded.row.entity_id });
  const { version } = parseOrThrow(versionForm, raw);
  if (loaded.row.narrative.trim() === '') throw validationError([{ field: 'narrative', message: localized('raised.update.narrativeRequired') }]);
  const action = loaded.row.state === 'returned' ? 'resubmit' : 'submit';
  return transition(deps, actor, loaded, version, editable, action, { state: 'submitted', submitted_at: deps.clock.now() });
}

/** The co-chairs of the period's year (or the secretariat) accept a submitted update. */
export async function acceptUpdate(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<ProgressUpdate> {
  const loaded = await load(deps, id);
  authorize(actor, 'progress.review', { year: loaded.period.year, entityId: loaded.row.entity_id });
  const { version, comment } = parseOrThrow(reviewForm, raw);
  return transition(deps, actor, loaded, version, ['submitted'], 'accept', { state: 'accepted', reviewed_at: deps.clock.now(), reviewed_by_label: actorLabel(actor), review_comment: comment ?? null });
}

/** Returns a submitted update to its organization with a comment saying what to change. */
export async function returnUpdate(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<ProgressUpdate> {
  const loaded = await load(deps, id);
  authorize(actor, 'progress.review', { year: loaded.period.year, entityId: loaded.row.entity_id });
  const { version, comment } = parseOrThrow(returnForm, raw);
  return transition(deps, actor, loaded, version, ['submitted'], 'return', { state: 'returned', reviewed_at: deps.clock.now(), reviewed_by_label: actorLabel(actor), review_comment: comment });
}

function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(fieldIssues(result.error));
  return result.data;
}

export interface UpdateRights {
  edit: boolean;
  review: boolean;
  attach: boolean;
}

export interface UpdateDetail {
  update: ProgressUpdate;
  history: UpdateVersion[];
  indicators: PlanIndicator[];
  rights: UpdateRights;
}

/** An update with its history. Accepted ones are for every signed-in person; the others for its organization, the co-chairs and the secretariat. */
export async function getUpdate(deps: Deps, actor: Actor | null, id: number): Promise<UpdateDetail> {
  authorize(actor, 'progress.read');
  const found = await findUpdateWithRow(deps, id);
  if (!found) throw notFound('progressUpdate');
  const { row, update } = found;
  const period = update.period;
  if (row.state !== 'accepted') authorize(actor, 'progress.read_unaccepted', { entityId: row.entity_id, year: period.year });
  const [versions, target] = await Promise.all([repo.listUpdateVersions(deps.db, id), targetOf(deps, period, { item: row.plan_item_id, pledge: row.pledge_id }).catch(() => null)]);
  const filing = acceptsFiling(period);
  const mayFile = can(actor, 'progress.file', { entityId: row.entity_id });
  return {
    update,
    history: versions.map(toVersion),
    indicators: target?.indicators ?? [],
    rights: {
      edit: mayFile && filing && editable.includes(row.state),
      attach: mayFile && filing && editable.includes(row.state),
      review: can(actor, 'progress.review', { year: period.year, entityId: row.entity_id }) && filing && row.state === 'submitted',
    },
  };
}

/** The update for the edit form: only its organization's focal points, while it can change. */
export async function updateForEditing(deps: Deps, actor: Actor | null, id: number): Promise<UpdateDetail> {
  const { row, period } = await load(deps, id);
  authorize(actor, 'progress.file', { entityId: row.entity_id });
  assertFiling(period);
  assertState(row, editable, 'edited');
  return getUpdate(deps, actor, id);
}
