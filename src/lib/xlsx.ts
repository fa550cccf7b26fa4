/** Writes tables (a header row and rows of cells) as XLSX workbooks, for "download as Excel". */
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** exceljs takes long to load (about a second of a start): it loads with the first workbook made. */
async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  return new (await loadExcel()).Workbook();
}

export type Cell = string | number | null;

const formulaStart = /^[=+\-@]/;

/** A text cell that starts like a formula stays text (as in the CSV exports). */
function asText(cell: Cell): Cell {
  return typeof cell === 'string' && formulaStart.test(cell) ? `'${cell}` : cell;
}

function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';
}

export async function tableToXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Buffer> {
  const workbook = await newWorkbook();
  // Fixed dates keep the same data giving the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(safeSheetName(sheetName));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(asText));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface StreamedSheet {
  name: string;
  header: string[];
  /** The rows in batches; read once, when the sheet's turn comes. */
  rows: () => AsyncIterable<Cell[][]>;
}

/**
 * A workbook written while its rows are read (exceljs's streaming writer), so its size never sits in
 * memory: each row is written out as soon as it is added, and the next batch is read only once the
 * reader has taken what was written. Columns are as wide as their header and the first batch's cells
 * (10 to 60 characters), since a column's width is written before its first row. A failure destroys
 * the stream with the error.
 */
export function xlsxStream(sheets: StreamedSheet[], creator: string): Readable {
  const output = new PassThrough();
  void (async () => {
    const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    workbook.creator = creator;
    for (const source of sheets) await writeSheet(workbook, output, source);
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error as Error));
  return output;
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, output: PassThrough, source: StreamedSheet): Promise<void> {
  const sheet = workbook.addWorksheet(safeSheetName(source.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  let started = false;
  const start = (firstRows: Cell[][]) => {
    source.header.forEach((title, index) => {
      sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, ...[title, ...firstRows.map((row) => String(row[index] ?? ''))].map((text) => text.length + 2)));
    });
    const header = sheet.addRow(source.header);
    header.font = { bold: true };
    header.commit();
    started = true;
  };
  for await (const rows of source.rows()) {
    if (!started) start(rows);
    for (const row of rows) sheet.addRow(row.map(asText)).commit();
    await drained(output);
  }
  if (!started) start([]);
  sheet.commit();
}

/** Waits while the reader is behind; stops the writing if the reader went away. */
async function drained(output: PassThrough): Promise<void> {
  if (output.writableNeedDrain) await Promise.race([once(output, 'drain'), once(output, 'close')]);
  if (output.destroyed) throw new Error('The download was closed before it was complete.');
}
