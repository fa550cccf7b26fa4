/** The progress exports: the same rows as CSV and as an Excel workbook (one sheet each). */
import { translator } from '../../lib/i18n';
import type { Workbook } from 'exceljs';
import { newWorkbook } from '../../lib/xlsx';
import { markdownToPlainText } from '../../lib/markdown';
import type { IndicatorSeries, ProgressUpdate } from './progress.service';

export interface Table {
  header: string[];
  rows: (string | number | null)[][];
}

export function updatesTable(updates: ProgressUpdate[]): Table {
  return {
    header: ['year', 'period', 'organization', 'target_kind', 'code', 'target', 'state', 'status', 'narrative', 'evidence', 'submitted_at', 'reviewed_at', 'reviewed_by', 'sample'],
    rows: updates.map((update) => [
      update.period.year,
      update.period.label,
      update.entity.acronym,
      update.target.kind,
      update.target.code,
      update.target.title,
      update.state,
      update.status,
      markdownToPlainText(update.narrative),
      update.evidence.map((entry) => entry.url ?? entry.title).join(' ; '),
      update.submittedAt ? update.submittedAt.toISOString() : null,
      update.reviewedAt ? update.reviewedAt.toISOString() : null,
      update.reviewedBy,
      update.isSample ? 'yes' : 'no',
    ]),
  };
}

export function valuesTable(updates: ProgressUpdate[]): Table {
  return {
    header: ['year', 'period', 'organization', 'code', 'indicator', 'unit', 'type', 'value', 'sample'],
    rows: updates.flatMap((update) =>
      update.values.map((value) => [
        update.period.year,
        update.period.label,
        update.entity.acronym,
        update.target.code,
        value.name,
        value.unit,
        value.type,
        value.type === 'yes_no' ? (value.value === 1 ? 'yes' : 'no') : value.value,
        update.isSample ? 'yes' : 'no',
      ]),
    ),
  };
}

export function seriesTable(series: IndicatorSeries[]): Table {
  return {
    header: ['code', 'indicator', 'unit', 'type', 'direction', 'year', 'target', 'actual', 'reports', 'met'],
    rows: series.flatMap((entry) =>
      entry.points.map((point) => [
        entry.item.code,
        entry.indicator.name,
        entry.indicator.unit,
        entry.indicator.type,
        entry.indicator.direction,
        point.year,
        point.target,
        point.actual,
        point.reports,
        point.met === null ? null : point.met ? 'yes' : 'no',
      ]),
    ),
  };
}

const formulaStart = /^[=+\-@]/;

function addSheet(workbook: Workbook, name: string, table: Table): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(table.header).font = { bold: true };
  // A text cell that starts like a formula stays text (as in the CSV export).
  for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' && formulaStart.test(cell) ? `'${cell}` : cell)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.header.forEach((_, index) => {
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, ...[table.header[index] ?? '', ...table.rows.map((row) => String(row[index] ?? ''))].map((text) => text.length + 2)));
  });
}

export async function progressWorkbook(updates: ProgressUpdate[], series: IndicatorSeries[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = translator('en')('groupSettings.platform');
  addSheet(workbook, 'Updates', updatesTable(updates));
  addSheet(workbook, 'Indicator values', valuesTable(updates));
  addSheet(workbook, 'Indicators', seriesTable(series));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
