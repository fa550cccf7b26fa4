/**
 * Progress updates imported from a spreadsheet for one reporting period: the secretariat collects
 * them by mail, in Excel, and loads them at once. One row is one organization's update on one plan
 * item or pledge, with the same fields as the update form (status, narrative, evidence links, a value
 * per indicator) and whether it is handed in.
 *
 * The whole file is checked first, each row with the form's own check (`checkInput`): every problem
 * is listed with its row (as Excel shows it) and column, and nothing is written unless the file is
 * clean. Then every row is written in one transaction, versioned and audited like an edit in the form.
 * The same organization, target and period update the update already there rather than adding one, and
 * a row that says what is already saved changes nothing, so importing the same file twice changes
 * nothing. An update already submitted or accepted is never changed by an import: a row that says the
 * same is left alone, a row that says something else is a problem of the file (the co-chairs return
 * the update first).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../../deps';
import { AppError, isAppError, type FieldIssue } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { readSpreadsheet, type Sheet, type SheetRow } from '../../lib/spreadsheet';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import { handOffUpdate } from './hand-offs.service';
import * as plans from './plan.service';
import type { PlanIndicator, PlanItem } from './plan.service';
import { indicatorField, type Period, type ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';
import { importColumns, updateForm, type ImportColumn, type ImportIssue, type UpdateInput } from './progress.schemas';
import { actorLabel, getPeriod, hydrateUpdates, listPledges } from './progress.service';
import { progressStatuses, type ProgressStatus, type UpdateState } from './progress.table';
import { assertFiling, checkInput, editable, periodOrThrow, recordVersion } from './updates.service';

export { importColumns, type ImportIssue };

export interface ProgressImportResult {
  period: Period;
  /** Rows that report something (blank rows of the template are skipped). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  blank: number;
}

/** `indicator_12`, `indicator 12 Number of trainings (1.1.1)`: the number is what counts, the rest is for people. */
const indicatorColumn = /^indicator[_\s:]*(\d{1,9})(?:\b|_)/;

function canonical(column: string): string {
  return column
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

interface Planned {
  rowNumber: number;
  entityId: number;
  itemId: number | null;
  pledgeId: number | null;
  input: UpdateInput;
  values: { indicatorId: number; value: number }[];
  existing: { id: number; version: number; state: UpdateState } | null;
  change: 'create' | 'update' | 'none';
}

interface Context {
  period: Period;
  items: Map<string, PlanItem>;
  indicators: Map<number, PlanIndicator>;
  pledges: { id: number; title: string }[];
  columns: Map<ImportColumn, string>;
  indicatorColumns: Map<number, string>;
  organizations: Map<string, number | null>;
  /** Organization and target of each row already read, to its row number. */
  seen: Map<string, number>;
}

/** The exports write a text that starts like a formula with an apostrophe first; it is read back without it. */
function unescaped(text: string): string {
  return text.replace(/^'(?=[=+\-@])/, '');
}

function statusOf(text: string): ProgressStatus | null {
  const wanted = canonical(text);
  return progressStatuses.find((status) => status === wanted || canonical(localized(`progress.status.${status}`)) === wanted) ?? null;
}

function stateOf(text: string): 'save' | 'submit' | null {
  const word = canonical(text);
  if (word === '' || word === 'draft' || word === canonical(localized('progress.state.draft'))) return 'save';
  if (word === 'submitted' || word === 'submit' || word === canonical(localized('progress.state.submitted'))) return 'submit';
  return null;
}

function sameLinks(a: { url: string; title: string }[], b: { url: string; title: string }[]): boolean {
  return a.length === b.length && a.every((link, index) => link.url === b[index]?.url && link.title === b[index]?.title);
}

function sameValues(a: { indicatorId: number; value: number }[], b: { indicatorId: number; value: number }[]): boolean {
  const key = (values: { indicatorId: number; value: number }[]) =>
    values
      .map((value) => `${value.indicatorId}=${value.value}`)
      .sort()
      .join(';');
  return key(a) === key(b);
}

/** The columns of a row that differ from the update saved now (empty when the row says what is saved). */
async function differences(deps: Deps, context: Context, existing: repo.UpdateRow, input: UpdateInput, values: { indicatorId: number; value: number }[]): Promise<string[]> {
  const [evidence, saved] = await Promise.all([repo.listEvidence(deps.db, [existing.id]), repo.listValues(deps.db, [existing.id])]);
  const links = evidence.filter((entry) => entry.kind === 'link').map((entry) => ({ url: entry.url ?? '', title: entry.title }));
  const columnOf = (name: ImportColumn) => context.columns.get(name) ?? name;
  const differ: string[] = [];
  if (existing.status !== input.status) differ.push(columnOf('status'));
  if (existing.narrative !== input.narrative) differ.push(columnOf('narrative'));
  if (!sameLinks(links, input.evidence_links)) differ.push(columnOf('evidence_links'));
  if (
    !sameValues(
      saved.map((value) => ({ indicatorId: value.indicator_id, value: value.value })),
      values,
    )
  ) {
    const changed = [...new Set([...saved.map((value) => value.indicator_id), ...values.map((value) => value.indicatorId)])].filter(
      (id) => saved.find((value) => value.indicator_id === id)?.value !== values.find((value) => value.indicatorId === id)?.value,
    );
    differ.push(...changed.map((id) => context.indicatorColumns.get(id) ?? indicatorField(id)));
  }
  return differ;
}

function checkHeader(sheet: Sheet, context: Context, issues: ImportIssue[]): void {
  const known = new Set<string>(importColumns);
  for (const column of sheet.columns) {
    if (!column) continue;
    const name = canonical(column);
    const indicator = indicatorColumn.exec(name);
    if (indicator) {
      const id = Number(indicator[1]);
      if (!context.indicators.has(id)) issues.push({ row: 1, column, message: localized('progressImport.unknownIndicator', { year: String(context.period.year) }) });
      else if (context.indicatorColumns.has(id)) issues.push({ row: 1, column, message: localized('progressImport.repeatedColumn') });
      else context.indicatorColumns.set(id, column);
    } else if (known.has(name)) {
      if (context.columns.has(name as ImportColumn)) issues.push({ row: 1, column, message: localized('progressImport.repeatedColumn') });
      else context.columns.set(name as ImportColumn, column);
    } else {
      issues.push({ row: 1, column, message: localized('progressImport.unknownColumn', { columns: [...importColumns, 'indicator_…'].join(', ') }) });
    }
  }
  for (const required of ['organization', 'status'] as const) {
    if (!context.columns.has(required)) issues.push({ row: 1, column: required, message: localized('progressImport.missingColumn') });
  }
  if (!context.columns.has('item') && !context.columns.has('pledge')) issues.push({ row: 1, column: 'item', message: localized('progressImport.itemOrPledgeColumn') });
}

/** One row, checked like the form; its problems are added to `issues`, named by the file's own column headers. */
async function checkRow(deps: Deps, context: Context, row: SheetRow, issues: ImportIssue[]): Promise<Omit<Planned, 'existing' | 'change'> | null> {
  const cell = (name: ImportColumn) => {
    const column = context.columns.get(name);
    return column === undefined ? '' : unescaped(row.values[column] ?? '');
  };
  const before = issues.length;
  const at = (name: ImportColumn, message: string) => issues.push({ row: row.rowNumber, column: context.columns.get(name) ?? name, message });

  const acronym = cell('organization');
  let entityId: number | null | undefined;
  if (acronym === '') at('organization', localized('progressImport.required'));
  else {
    const key = acronym.toLowerCase();
    if (!context.organizations.has(key)) context.organizations.set(key, (await members.entityIdsByAcronym(deps, [acronym])).get(acronym) ?? null);
    entityId = context.organizations.get(key);
    if (entityId === null) at('organization', localized('progressImport.unknownOrganization', { value: acronym.slice(0, 80) }));
  }

  const code = cell('item');
  const pledgeText = cell('pledge');
  let item: PlanItem | undefined;
  let pledgeId: number | null = null;
  if ((code === '') === (pledgeText === '')) at(code === '' ? 'item' : 'pledge', localized('progressImport.itemOrPledge'));
  else if (code !== '') {
    item = context.items.get(code.replace(/\.$/, ''));
    if (!item) at('item', localized('progressImport.unknownItem', { value: code.slice(0, 40), year: String(context.period.year) }));
  } else {
    const wanted = pledgeText.toLowerCase();
    const pledge = context.pledges.find((candidate) => candidate.title.toLowerCase() === wanted || String(candidate.id) === wanted.replace(/^#/, ''));
    if (pledge) pledgeId = pledge.id;
    else at('pledge', localized('progressImport.unknownPledge', { value: pledgeText.slice(0, 80), year: String(context.period.year) }));
  }

  // The same organization and target twice: the second row is named, whatever else is wrong with either.
  if (entityId && (item || pledgeId !== null)) {
    const key = `${entityId}:${item?.id ?? ''}:${pledgeId ?? ''}`;
    const first = context.seen.get(key);
    if (first !== undefined) at(item ? 'item' : 'pledge', localized('progressImport.repeats', { row: first }));
    else context.seen.set(key, row.rowNumber);
  }

  const statusText = cell('status');
  const status = statusText === '' ? '' : (statusOf(statusText) ?? statusText);
  if (statusText !== '' && statusOf(statusText) === null) at('status', localized('progressImport.unknownStatus', { value: statusText.slice(0, 40), statuses: progressStatuses.join(', ') }));
  const intent = stateOf(cell('state'));
  if (intent === null) at('state', localized('progressImport.unknownState', { value: cell('state').slice(0, 40) }));

  const ownIndicators = item?.indicators.filter((indicator) => !indicator.retired) ?? [];
  const raw: Record<string, string> = { status, narrative: cell('narrative'), evidence_links: cell('evidence_links'), intent: intent ?? 'save' };
  for (const [id, column] of context.indicatorColumns) {
    const value = unescaped(row.values[column] ?? '');
    if (value === '') continue;
    if (ownIndicators.some((indicator) => indicator.id === id)) raw[indicatorField(id)] = value;
    else if (item || pledgeId !== null)
      issues.push({ row: row.rowNumber, column, message: localized('progressImport.notIndicatorOfTarget', { target: item ? item.code : cell('pledge').slice(0, 80) }) });
  }
  let checked: ReturnType<typeof checkInput<UpdateInput>> | null = null;
  try {
    checked = checkInput(updateForm, raw, ownIndicators);
  } catch (error) {
    if (!isAppError(error, 'VALIDATION')) throw error;
    const fields = ((error.details as { fields?: FieldIssue[] } | undefined)?.fields ?? []).filter((issue) => !(issue.field === 'status' && statusText !== '' && statusOf(statusText) === null));
    for (const issue of fields) {
      const id = /^indicator_(\d+)$/.exec(issue.field);
      const column = id
        ? (context.indicatorColumns.get(Number(id[1])) ?? issue.field)
        : issue.field === 'intent'
          ? (context.columns.get('state') ?? 'state')
          : (context.columns.get(issue.field as ImportColumn) ?? issue.field);
      issues.push({ row: row.rowNumber, column, message: issue.message });
    }
  }
  if (issues.length > before || !checked || !entityId) return null;
  return { rowNumber: row.rowNumber, entityId, itemId: item?.id ?? null, pledgeId, input: checked.input, values: checked.values };
}

function isBlank(row: SheetRow, context: Context): boolean {
  const reported: string[] = (['status', 'narrative', 'evidence_links', 'state'] as const).map((name) => context.columns.get(name) ?? '').filter((column) => column !== '');
  return [...reported, ...context.indicatorColumns.values()].every((column) => (row.values[column] ?? '') === '');
}

export function describeIssues(source: string, issues: ImportIssue[]): string {
  const shown = issues.slice(0, 50).map((issue) => localized('progressImport.issueLine', { row: issue.row, column: issue.column, message: issue.message }));
  const more = issues.length > shown.length ? [localized('progressImport.more', { count: issues.length - shown.length })] : [];
  return [localized('progressImport.summary', { source, count: issues.length }), ...shown, ...more].join('\n');
}

async function loadContext(deps: Deps, periodId: number): Promise<Context> {
  const period = await periodOrThrow(deps, periodId);
  assertFiling(period);
  const [plan, pledges] = await Promise.all([plans.findPlanForYear(deps, period.year), listPledges(deps, period.year)]);
  const live = (plan?.items ?? []).filter((item) => !item.retired);
  return {
    period,
    items: new Map(live.map((item) => [item.code, item])),
    indicators: new Map(live.flatMap((item) => item.indicators.filter((indicator) => !indicator.retired).map((indicator) => [indicator.id, indicator] as const))),
    pledges: pledges.map((pledge) => ({ id: pledge.id, title: pledge.title })),
    columns: new Map(),
    indicatorColumns: new Map(),
    organizations: new Map(),
    seen: new Map(),
  };
}

/** Checks the whole file; returns what each row would do, or throws IMPORT_INVALID with every problem. */
async function planImport(deps: Deps, context: Context, sheet: Sheet, source: string): Promise<{ planned: Planned[]; blank: number }> {
  const issues: ImportIssue[] = [];
  checkHeader(sheet, context, issues);
  if (issues.length > 0) throw new AppError('IMPORT_INVALID', describeIssues(source, issues), { issues });
  const planned: Planned[] = [];
  let blank = 0;
  for (const row of sheet.rows) {
    if (isBlank(row, context)) {
      blank++;
      continue;
    }
    const checked = await checkRow(deps, context, row, issues);
    if (!checked) continue;
    const existing = await repo.findUpdateFor(deps.db, context.period.id, checked.entityId, { itemId: checked.itemId, pledgeId: checked.pledgeId });
    let change: Planned['change'] = existing ? 'none' : 'create';
    if (existing) {
      const differ = await differences(deps, context, existing, checked.input, checked.values);
      const handedIn = !editable.includes(existing.state);
      if (handedIn && differ.length > 0) {
        issues.push({ row: row.rowNumber, column: differ[0] as string, message: localized('progressImport.handedIn', { state: existing.state }) });
        continue;
      }
      if (!handedIn && (differ.length > 0 || checked.input.intent === 'submit')) change = 'update';
    }
    planned.push({ ...checked, existing: existing ? { id: existing.id, version: existing.version, state: existing.state } : null, change });
  }
  if (planned.length === 0 && issues.length === 0) issues.push({ row: 2, column: context.columns.get('organization') ?? 'organization', message: localized('progressImport.noRows') });
  if (issues.length > 0) throw new AppError('IMPORT_INVALID', describeIssues(source, issues), { issues });
  return { planned, blank };
}

function changedMeanwhile(): AppError {
  return new AppError('CONFLICT', localized('progressImport.changedMeanwhile'));
}

/**
 * Imports a sheet of updates into a reporting period: all rows or none. The secretariat (and the
 * command line) may; the period must accept filing (open, or past its deadline but not locked).
 */
/** The period whose updates the actor imports from a spreadsheet: the secretariat's page (else FORBIDDEN or UNAUTHENTICATED). */
export async function periodForImport(deps: Deps, actor: Actor | null, periodId: number): Promise<Period> {
  authorize(actor, 'progress.import');
  return getPeriod(deps, periodId);
}

export async function importProgress(deps: Deps, actor: Actor | null, periodId: number, sheet: Sheet, source: string): Promise<ProgressImportResult> {
  authorize(actor, 'progress.import');
  const context = await loadContext(deps, periodId);
  const { period } = context;
  const { planned, blank } = await planImport(deps, context, sheet, source);
  const now = deps.clock.now();
  const label = actorLabel(actor);
  const submitted: repo.UpdateRow[] = [];
  try {
    await deps.db.transaction().execute(async (trx) => {
      const locked = await repo.lockPeriodRow(trx, period.id);
      if (!locked || locked.locked_at !== null) throw new AppError('CONFLICT', localized('raised.period.locked', { label: period.label }));
      for (const row of planned) {
        const submit = row.input.intent === 'submit';
        if (row.change === 'none') {
          // Still what was checked: a form may have changed it since.
          if (row.existing && (await repo.findUpdate(trx, row.existing.id))?.version !== row.existing.version) throw changedMeanwhile();
          continue;
        }
        if (row.change === 'create') {
          const created = await repo.insertUpdate(trx, {
            period_id: period.id,
            entity_id: row.entityId,
            plan_item_id: row.itemId,
            pledge_id: row.pledgeId,
            state: submit ? 'submitted' : 'draft',
            status: row.input.status,
            narrative: row.input.narrative,
            submitted_at: submit ? now : null,
            created_by: actor.accountId > 0 ? actor.accountId : null,
            author_label: label,
            created_at: now,
            updated_at: now,
          });
          await repo.replaceLinks(trx, created.id, row.input.evidence_links, now);
          await repo.replaceValues(trx, created.id, period.year, row.values);
          await recordVersion(trx, created, 'import', actor, now);
          await audit.record(trx, now, {
            actor,
            action: 'import',
            table: 'progress_updates',
            recordId: created.id,
            entityId: row.entityId,
            after: { ...created, links: row.input.evidence_links, values: row.values },
          });
          if (submit) submitted.push(created);
          continue;
        }
        const existing = row.existing as NonNullable<Planned['existing']>;
        const before = await repo.lockUpdate(trx, existing.id);
        if (!before || before.version !== existing.version || !editable.includes(before.state)) throw changedMeanwhile();
        const updated = await repo.updateUpdate(trx, before.id, before.version, {
          status: row.input.status,
          narrative: row.input.narrative,
          ...(submit ? { state: 'submitted' as const, submitted_at: now } : {}),
          updated_at: now,
        });
        if (!updated) throw changedMeanwhile();
        await repo.replaceLinks(trx, before.id, row.input.evidence_links, now);
        await repo.replaceValues(trx, before.id, period.year, row.values);
        await recordVersion(trx, updated, 'import', actor, now);
        await audit.record(trx, now, {
          actor,
          action: 'import',
          table: 'progress_updates',
          recordId: before.id,
          entityId: before.entity_id,
          before,
          after: { ...updated, links: row.input.evidence_links, values: row.values },
        });
        if (submit) submitted.push(updated);
      }
    });
  } catch (error) {
    if ((error as { code?: string } | null)?.code === '23505') throw changedMeanwhile();
    throw error;
  }
  // A submitted update goes to the co-chairs, as when it is submitted in the form.
  for (const update of await hydrateUpdates(deps, submitted)) await handOffUpdate(deps, actor, update as ProgressUpdate);
  return {
    period,
    rows: planned.length,
    created: planned.filter((row) => row.change === 'create').length,
    updated: planned.filter((row) => row.change === 'update').length,
    unchanged: planned.filter((row) => row.change === 'none').length,
    blank,
  };
}

/** Reads an uploaded file by its content (an .xlsx is a ZIP archive; anything else must be CSV text). */
export async function readUploadedSheet(bytes: Buffer, fileName: string): Promise<Sheet> {
  const source = fileName.replace(/[\u0000-\u001f\u007f]/g, '').slice(-120) || 'upload';
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!isZip && (bytes.subarray(0, 8192).includes(0) || bytes.length === 0)) throw new AppError('IMPORT_INVALID', localized('progressImport.notSpreadsheet', { source }));
  const dir = await mkdtemp(join(tmpdir(), 'icat-import-'));
  const path = join(dir, isZip ? 'upload.xlsx' : 'upload.csv');
  try {
    await writeFile(path, bytes);
    return await readSpreadsheet(path);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message.replaceAll(path, source), error.details);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The period a command names: its number, or its year and label ("2023 H1"; "2022" for a yearly one). */
export async function findPeriodByName(deps: Deps, name: string): Promise<Period | null> {
  const trimmed = name.trim();
  if (/^\d{1,9}$/.test(trimmed)) {
    const byId = await repo.findPeriod(deps.db, Number(trimmed));
    if (byId) return periodOrThrow(deps, byId.id);
  }
  const match = /^(\d{4})(?:\s+(.+))?$/.exec(trimmed);
  if (!match) return null;
  const year = Number(match[1]);
  const row = await repo.findPeriodByLabel(deps.db, year, match[2] ?? trimmed);
  return row ? periodOrThrow(deps, row.id) : null;
}
