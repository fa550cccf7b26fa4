/**
 * Filing and reviewing progress updates. A focal point files, for their own organization, one update
 * per plan item or pledge and period: draft > submitted > accepted, or returned with a comment and
 * then edited and submitted again. Every change adds a version (the whole update as it then was),
 * and the audit log records it. Nothing changes in a locked period.
 */
import type { z } from 'zod';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, isStale, notFound, staleRecord, staleVersion, validationError, type FieldIssue } from '../../lib/errors';
import type { DownloadableFile, StoredFile } from '../../lib/uploads';
import { fieldIssues } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as files from '../files/files.service';
import { handOffUpdate } from './hand-offs.service';
import { typedValue } from './plan.format';
import * as plans from './plan.service';
import type { PlanIndicator } from './plan.service';
import { acceptsFiling, indicatorField, snapshotOf, toPeriod, toVersion, type Period, type ProgressUpdate, type UpdateTarget, type UpdateVersion } from './progress.model';
import * as repo from './progress.repository';
import { editUpdateForm, newUpdateForm, returnForm, reviewForm, versionForm, type UpdateInput } from './progress.schemas';
import { actorLabel, findUpdateWithRow, hydrateUpdates, listPledges } from './progress.service';
import type { UpdateState } from './progress.table';
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
    if (!item) throw new AppError('VALIDATION', localized('raised.update.notPlanItem.summary', { year: String(period.year) }), { fields: [{ field: 'item', message: localized('raised.update.notPlanItem', { year: String(period.year) }) }] });
    return { target: { kind: 'item', id: item.id, code: item.code, title: item.title }, indicators: item.indicators.filter((indicator) => !indicator.retired) };
  }
  const pledge = (await listPledges(deps, period.year)).find((candidate) => candidate.id === target.pledge);
  if (!pledge) throw new AppError('VALIDATION', localized('raised.update.notPledge.summary', { year: String(period.year) }), { fields: [{ field: 'pledge', message: localized('raised.update.notPledge', { year: String(period.year) }) }] });
  return { target: { kind: 'pledge', id: pledge.id, code: null, title: pledge.title }, indicators: [] };
}

/** What the "new update" form needs; also says whether the organization already has an update there. */
export async function filingContext(deps: Deps, actor: Actor | null, query: { period: number; item?: number | undefined; pledge?: number | undefined }): Promise<FilingContext & { existingId: number | null }> {
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
  const snapshot = snapshotOf(row, evidence, values.map((value) => ({ indicatorId: value.indicator_id, value: value.value })));
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
      await audit.record(trx, now, { actor, action: submit ? 'submit' : 'create', table: 'progress_updates', recordId: created.id, entityId, after: { ...created, links: input.evidence_links, values } });
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

export const staleUpdate = staleRecord<ProgressUpdate>('raised.update.stale');

/**
 * Inside a transaction the refusal carries the row; the saved update is shown whole once the
 * transaction is over (reading it goes through deps.db, and PGlite has one connection).
 */
const staleUpdateRow = staleRecord<repo.UpdateRow>('raised.update.stale');

async function inTransaction<T>(deps: Deps, id: number, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  try {
    return await deps.db.transaction().execute(work);
  } catch (error) {
    if (isStale(error, staleUpdateRow)) throw staleVersion(staleUpdate, await current(deps, id));
    throw error;
  }
}

/** Moves an update to its next version with `changes`, recording the version and the audit entry with it. */
function saveVersion(
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

interface Loaded {
  row: repo.UpdateRow;
  period: Period;
}

async function load(deps: Deps, id: number): Promise<Loaded> {
  const row = await repo.findUpdate(deps.db, id);
  if (!row) throw notFound('progressUpdate');
  return { row, period: await periodOrThrow(deps, row.period_id) };
}

export const editable: UpdateState[] = ['draft', 'returned'];

function assertState(row: repo.UpdateRow, allowed: UpdateState[], doing: 'edited' | 'changed' | 'submitted' | 'reviewed'): void {
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
      audit: (updated) => ({ actor, action: submit ? 'submit' : 'update', table: 'progress_updates', recordId: id, entityId: row.entity_id, before, after: { ...updated, links: input.evidence_links, values } }),
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
    return saveVersion(trx, before, version, { ...changes, updated_at: now }, {
      recorded: action,
      actor,
      now,
      audit: (updated) => ({ actor, action, table: 'progress_updates', recordId: row.id, entityId: row.entity_id, before, after: updated }),
    });
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

// ---- evidence files ----

export interface IncomingFile {
  fileName: string;
  bytes: Buffer;
}

async function loadForAttaching(deps: Deps, actor: Actor | null, id: number): Promise<Loaded & { actor: Actor }> {
  const loaded = await load(deps, id);
  authorize(actor, 'progress.file', { entityId: loaded.row.entity_id });
  assertFiling(loaded.period);
  assertState(loaded.row, editable, 'changed');
  return { ...loaded, actor };
}

/** Checks, before an upload is read, that this person may attach files to the update now. */
export async function assertMayAttach(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  await loadForAttaching(deps, actor, id);
}

/** Stores files (checked by their content, bounded in size, under random names) as evidence of an update. */
export async function attachFiles(deps: Deps, someone: Actor | null, id: number, uploads: IncomingFile[]): Promise<ProgressUpdate> {
  const { actor, ...loaded } = await loadForAttaching(deps, someone, id);
  if (uploads.length === 0) throw validationError([{ field: 'files', message: localized('raised.chooseFile') }]);
  const existing = await repo.countFiles(deps.db, id);
  if (existing + uploads.length > maxFilesPerUpdate) throw validationError([{ field: 'files', message: localized('raised.update.maxFiles', { count: maxFilesPerUpdate }) }]);
  files.checkUploads(uploads, 'files');
  const now = deps.clock.now();
  const saved = await inTransaction(deps, id, async (trx) => {
    await repo.lockPeriodRow(trx, loaded.period.id);
    const before = await repo.lockUpdate(trx, id);
    if (!before) throw notFound('progressUpdate');
    assertState(before, editable, 'changed');
    const stored: StoredFile[] = [];
    for (const upload of uploads) stored.push(await files.storeUpload(trx, upload.bytes, upload.fileName, now));
    for (const [index, file] of stored.entries()) {
      await repo.insertEvidenceFile(trx, {
        update_id: id,
        kind: 'file',
        title: file.originalName,
        stored_name: file.storedName,
        mime_type: file.mimeType,
        size_bytes: file.sizeBytes,
        sha256: file.sha256,
        position: 100 + existing + index,
        created_at: now,
      });
    }
    return saveVersion(trx, before, before.version, { updated_at: now }, {
      recorded: 'attach',
      actor,
      now,
      audit: () => ({ actor, action: 'attach', table: 'progress_updates', recordId: id, entityId: before.entity_id, after: { files: stored.map((file) => file.originalName) } }),
    });
  });
  return (await hydrateUpdates(deps, [saved]))[0] as ProgressUpdate;
}

export async function removeEvidence(deps: Deps, actor: Actor | null, evidenceId: number): Promise<ProgressUpdate> {
  const evidence = await repo.findEvidence(deps.db, evidenceId);
  if (!evidence) throw notFound('evidence');
  const loaded = await load(deps, evidence.update_id);
  authorize(actor, 'progress.file', { entityId: loaded.row.entity_id });
  assertFiling(loaded.period);
  assertState(loaded.row, editable, 'changed');
  const now = deps.clock.now();
  const saved = await inTransaction(deps, evidence.update_id, async (trx) => {
    const before = await repo.lockUpdate(trx, evidence.update_id);
    if (!before) throw notFound('progressUpdate');
    assertState(before, editable, 'changed');
    await repo.deleteEvidence(trx, evidenceId);
    await files.deleteFiles(trx, [evidence.stored_name]);
    return saveVersion(trx, before, before.version, { updated_at: now }, {
      recorded: 'remove_evidence',
      actor,
      now,
      audit: () => ({ actor, action: 'remove_evidence', table: 'progress_updates', recordId: before.id, entityId: before.entity_id, before: evidence }),
    });
  });
  return (await hydrateUpdates(deps, [saved]))[0] as ProgressUpdate;
}

/** A stored evidence file, for download by those who may read its update. */
export async function evidenceFile(deps: Deps, actor: Actor | null, evidenceId: number): Promise<DownloadableFile> {
  authorize(actor, 'progress.read');
  const evidence = await repo.findEvidence(deps.db, evidenceId);
  if (!evidence || evidence.kind !== 'file' || !evidence.stored_name) throw notFound('theFile');
  await getUpdate(deps, actor, evidence.update_id);
  const bytes = await files.readFileBytes(deps.db, evidence.stored_name);
  return { originalName: evidence.title, mimeType: evidence.mime_type ?? 'application/octet-stream', bytes };
}

// ---- the focal point's work list ----

export interface WorkItem {
  target: UpdateTarget;
  role: 'lead' | 'contributor' | null;
  update: { id: number; state: UpdateState; status: string } | null;
}

export interface ReportingList {
  period: Period;
  /** The plan items that name the organization. */
  assigned: WorkItem[];
  /** Its other updates in the period. */
  other: WorkItem[];
  /** Everything it may report on, for the "report on something else" choice. */
  choices: { value: string; label: string }[];
}

/** For a focal point: each period open for filing, what their organization is asked to report on and where each stands. */
export async function reportingLists(deps: Deps, actor: Actor | null): Promise<ReportingList[]> {
  authorize(actor, 'progress.file', { entityId: actor?.entityId });
  const entityId = actor.entityId as number;
  const now = deps.clock.now();
  const periods = (await repo.listPeriods(deps.db)).map((row) => toPeriod(row, now)).filter(acceptsFiling);
  const lists: ReportingList[] = [];
  for (const period of periods) {
    const [plan, pledges, rows] = await Promise.all([plans.findPlanForYear(deps, period.year), listPledges(deps, period.year), repo.listUpdates(deps.db, { periodIds: [period.id], entityId })]);
    const items = (plan?.items ?? []).filter((item) => !item.retired);
    const updateOf = (kind: 'item' | 'pledge', targetId: number) => {
      const row = rows.find((candidate) => (kind === 'item' ? candidate.plan_item_id : candidate.pledge_id) === targetId);
      return row ? { id: row.id, state: row.state, status: row.status } : null;
    };
    const assigned: WorkItem[] = items.flatMap((item): WorkItem[] => {
      const role = item.lead.some((entity) => entity.id === entityId) ? 'lead' : item.contributors.some((entity) => entity.id === entityId) ? 'contributor' : null;
      return role ? [{ target: { kind: 'item', id: item.id, code: item.code, title: item.title }, role, update: updateOf('item', item.id) }] : [];
    });
    const assignedIds = new Set(assigned.map((work) => work.target.id));
    const other: WorkItem[] = rows
      .filter((row) => (row.plan_item_id !== null && !assignedIds.has(row.plan_item_id)) || row.pledge_id !== null)
      .map((row) => {
        const item = items.find((candidate) => candidate.id === row.plan_item_id);
        const pledge = pledges.find((candidate) => candidate.id === row.pledge_id);
        const target: UpdateTarget = item ? { kind: 'item', id: item.id, code: item.code, title: item.title } : { kind: 'pledge', id: pledge?.id ?? 0, code: null, title: pledge?.title ?? '' };
        return { target, role: null, update: { id: row.id, state: row.state, status: row.status } };
      });
    const choices = [
      ...items.map((item) => ({ value: `item:${item.id}`, label: `${item.code} ${item.title}` })),
      ...pledges.map((pledge) => ({ value: `pledge:${pledge.id}`, label: pledge.title })),
    ];
    lists.push({ period, assigned, other, choices });
  }
  return lists;
}
