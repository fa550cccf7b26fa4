/**
 * Checking a sheet of progress updates before anything is written: its header, then each row with
 * the update form's own check (`checkInput`), every problem listed with its row (as Excel shows it)
 * and column; and what each clean row would do (create, update, or nothing when it says what is saved).
 */
import type { Deps } from '../../deps';
import { AppError, isAppError, type FieldIssue } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Sheet, SheetRow } from '../../lib/spreadsheet';
import * as members from '../members/members.service';
import * as plans from './plan.service';
import type { PlanIndicator, PlanItem } from './plan.service';
import { indicatorField, type Period } from './progress.model';
import * as repo from './progress.repository';
import { importColumns, updateForm, type ImportColumn, type ImportIssue, type UpdateInput } from './progress.schemas';
import { listPledges } from './progress.service';
import { progressStatuses, type ProgressStatus, type UpdateState } from './progress.table';
import { assertFiling, checkInput, editable, periodOrThrow } from './updates.service';

/** `indicator_12`, `indicator 12 Number of trainings (1.1.1)`: the number is what counts, the rest is for people. */
const indicatorColumn = /^indicator[_\s:]*(\d{1,9})(?:\b|_)/;

function canonical(column: string): string {
  return column
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export interface Planned {
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

export async function loadContext(deps: Deps, periodId: number): Promise<Context> {
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
export async function planImport(deps: Deps, context: Context, sheet: Sheet, source: string): Promise<{ planned: Planned[]; blank: number }> {
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
