/** The progress exports: the same rows as CSV and as an Excel workbook (one sheet each). */
import { translator } from '../../lib/i18n';
import type { Readable } from 'node:stream';
import { csvChunks } from '../../lib/csv';
import { markdownToPlainText } from '../../lib/markdown';
import { xlsxStream, type Cell } from '../../lib/xlsx';
import type { IndicatorSeries, ProgressUpdate } from './progress.service';

export interface Table {
  header: string[];
  rows: Cell[][];
}

const updatesHeader = ['year', 'period', 'organization', 'target_kind', 'code', 'target', 'state', 'status', 'narrative', 'evidence', 'submitted_at', 'reviewed_at', 'reviewed_by', 'sample'];
const valuesHeader = ['year', 'period', 'organization', 'code', 'indicator', 'unit', 'type', 'value', 'sample'];

function updateRows(updates: ProgressUpdate[]): Cell[][] {
  return updates.map((update) => [
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
  ]);
}

function valueRows(updates: ProgressUpdate[]): Cell[][] {
  return updates.flatMap((update) =>
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
  );
}

async function* mapBatches<T>(batches: AsyncIterable<T[]>, toRows: (batch: T[]) => Cell[][]): AsyncGenerator<Cell[][]> {
  for await (const batch of batches) yield toRows(batch);
}

/** One row per accepted update, as CSV chunks. */
export function updatesCsv(batches: AsyncIterable<ProgressUpdate[]>): AsyncGenerator<string> {
  return csvChunks(updatesHeader, mapBatches(batches, updateRows));
}

/** One row per indicator value of an accepted update, as CSV chunks. */
export function valuesCsv(batches: AsyncIterable<ProgressUpdate[]>): AsyncGenerator<string> {
  return csvChunks(valuesHeader, mapBatches(batches, valueRows));
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

/** The three sheets (updates, their indicator values, the indicators against targets), written as the updates are read: once per sheet that lists them. */
export function progressWorkbook(updates: () => AsyncIterable<ProgressUpdate[]>, series: IndicatorSeries[]): Readable {
  const indicators = seriesTable(series);
  return xlsxStream(
    [
      { name: 'Updates', header: updatesHeader, rows: () => mapBatches(updates(), updateRows) },
      { name: 'Indicator values', header: valuesHeader, rows: () => mapBatches(updates(), valueRows) },
      { name: 'Indicators', header: indicators.header, rows: () => oneBatch(indicators.rows) },
    ],
    translator('en')('groupSettings.platform'),
  );
}

async function* oneBatch(rows: Cell[][]): AsyncGenerator<Cell[][]> {
  yield rows;
}
