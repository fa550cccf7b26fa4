/**
 * The import template of a reporting period: the import's columns (an `indicator_<id> …` column for
 * each indicator of the year's plan) and a row for each activity the plan names each organization on,
 * plus every update already filed in the period, filled in with what is saved. Blank rows are skipped
 * on import and a filled row that says what is saved changes nothing, so the template can be sent out
 * as it is and read back.
 */
import { newWorkbook } from '../../lib/xlsx';
import { localized } from '../../lib/i18n';
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as plans from './plan.service';
import { importColumns } from './progress-import.service';
import type { Table } from './progress.export';
import type { ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';
import { completeness, hydrateUpdates } from './progress.service';

function valueText(update: ProgressUpdate, indicatorId: number): string | number {
  const value = update.values.find((entry) => entry.indicatorId === indicatorId);
  if (!value) return '';
  return value.type === 'yes_no' ? (value.value === 1 ? 'yes' : 'no') : value.value;
}

export async function importTemplate(deps: Deps, actor: Actor | null, periodId: number): Promise<{ year: number; label: string; table: Table }> {
  authorize(actor, 'progress.import');
  const overview = await completeness(deps, periodId);
  const { period } = overview;
  const plan = await plans.findPlanForYear(deps, period.year);
  const items = (plan?.items ?? []).filter((item) => !item.retired);
  const indicators = items.flatMap((item) => item.indicators.filter((indicator) => !indicator.retired).map((indicator) => ({ indicator, item })));
  const header = [
    ...importColumns,
    ...indicators.map(({ indicator, item }) => `indicator_${indicator.id} ${item.code} ${indicator.name} (${indicator.type === 'yes_no' ? 'yes/no' : indicator.unit || indicator.type})`),
  ];
  const updates = await hydrateUpdates(deps, await repo.listUpdates(deps.db, { periodIds: [period.id] }));
  const byKey = new Map(updates.map((update) => [`${update.entity.id}:${update.target.kind}:${update.target.id}`, update]));
  const rows: (string | number | null)[][] = [];
  const written = new Set<string>();
  const rowOf = (acronym: string, kind: 'item' | 'pledge', reference: string, update: ProgressUpdate | undefined) => [
    acronym,
    kind === 'item' ? reference : '',
    kind === 'pledge' ? reference : '',
    update?.status ?? '',
    update?.narrative ?? '',
    update
      ? update.evidence
          .filter((entry) => entry.kind === 'link')
          .map((entry) => `${entry.url ?? ''} ${entry.title}`.trim())
          .join('\n')
      : '',
    update ? (update.state === 'submitted' || update.state === 'accepted' ? 'submitted' : 'draft') : '',
    ...indicators.map(({ indicator }) => (update ? valueText(update, indicator.id) : '')),
  ];
  for (const entry of overview.entities) {
    for (const expected of entry.expected) {
      const key = `${entry.entity.id}:item:${expected.item.id}`;
      written.add(key);
      rows.push(rowOf(entry.entity.acronym, 'item', expected.item.code, byKey.get(key)));
    }
  }
  for (const update of updates) {
    const key = `${update.entity.id}:${update.target.kind}:${update.target.id}`;
    if (written.has(key)) continue;
    rows.push(rowOf(update.entity.acronym, update.target.kind, update.target.kind === 'item' ? (update.target.code ?? '') : update.target.title, update));
  }
  return { year: period.year, label: period.label, table: { header, rows } };
}

/** The template as a workbook: text cells stay text (a narrative that starts with "=" is never a formula). */
export async function templateWorkbook(table: Table): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = localized('groupSettings.platform');
  const sheet = workbook.addWorksheet('Progress');
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.header.forEach((name, index) => {
    sheet.getColumn(index + 1).width = Math.min(50, Math.max(12, name.length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
