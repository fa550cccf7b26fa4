/**
 * Reads a CSV or XLSX file into rows keyed by the header, keeping the row numbers people see in Excel.
 * The file is bounded before and while it is read (size, unpacked size, rows, columns, cells), and its
 * text goes through the same normalisation as a form's: a control character is an error that says
 * where it is (file:line:column in a CSV file, the row and column in a workbook).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseCsv } from './csv';
import { AppError } from './errors';
import { localized, type MessageKey } from './i18n';
import { lineAndColumn, normaliseText } from './text';
import { LimitExceeded, readXlsxCells, type SheetLimits } from './xlsx-reader';

export interface SheetRow {
  /** The row number as Excel shows it: the header is row 1. */
  rowNumber: number;
  values: Record<string, string>;
}

export interface Sheet {
  columns: string[];
  rows: SheetRow[];
}

export type { SheetLimits };

const mebibyte = 1024 * 1024;
export const defaultSheetLimits: SheetLimits = { fileBytes: 10 * mebibyte, unzippedBytes: 50 * mebibyte, rows: 10_000, columns: 100, cells: 200_000 };

const limitMessages: Record<keyof SheetLimits, MessageKey> = {
  fileBytes: 'import.tooLarge',
  unzippedBytes: 'import.unzippedTooLarge',
  rows: 'import.tooManyRows',
  columns: 'import.tooManyColumns',
  cells: 'import.tooManyCells',
};

function refusal(source: string, exceeded: LimitExceeded, limits: SheetLimits): AppError {
  const value = limits[exceeded.limit];
  const size = `${Math.round(value / mebibyte)} MiB`;
  return new AppError('IMPORT_INVALID', localized(limitMessages[exceeded.limit], { source, limit: size, count: value, cell: exceeded.cell ?? '' }), { limit: exceeded.limit, cell: exceeded.cell });
}

export async function readSpreadsheet(path: string, limits: SheetLimits = defaultSheetLimits): Promise<Sheet> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') throw new AppError('IMPORT_INVALID', localized('raised.import.fileType', { path }));
  try {
    if ((await stat(path)).size > limits.fileBytes) throw new LimitExceeded('fileBytes');
    return extension === '.csv' ? fromCells(csvCells(path, await readFile(path, 'utf8'), limits), path) : fromCells(await xlsxCells(path, limits), path);
  } catch (error) {
    if (error instanceof LimitExceeded) throw refusal(path, error, limits);
    throw error;
  }
}

function csvCells(source: string, raw: string, limits: SheetLimits): string[][] {
  const checked = normaliseText(raw);
  if (!checked.ok) {
    const { line, column } = lineAndColumn(raw, checked.index);
    throw new AppError('IMPORT_INVALID', localized('import.atLine', { source, line, column, message: localized('input.controlCharacter', { codePoint: checked.codePoint }) }));
  }
  let cells = 0;
  return parseCsv(checked.text, (row, rowNumber) => {
    if (rowNumber > limits.rows) throw new LimitExceeded('rows', `row ${rowNumber}`);
    if (row.length > limits.columns) throw new LimitExceeded('columns', `row ${rowNumber}`);
    cells += row.length;
    if (cells > limits.cells) throw new LimitExceeded('cells', `row ${rowNumber}`);
  });
}

async function xlsxCells(path: string, limits: SheetLimits): Promise<string[][]> {
  let cells: string[][] | null;
  try {
    cells = await readXlsxCells(path, limits);
  } catch (error) {
    if (error instanceof LimitExceeded) throw error;
    throw new AppError('IMPORT_INVALID', localized('import.notXlsx', { source: path, reason: (error as Error).message.split('\n')[0] ?? '' }));
  }
  if (!cells) throw new AppError('IMPORT_INVALID', localized('import.noSheet', { source: path }));
  return cells;
}

/** Every cell normalised like a form field; a control character is named with its row and column. */
function normalisedCell(source: string, value: string, rowNumber: number, column: string): string {
  const checked = normaliseText(value);
  if (checked.ok) return checked.text.trim();
  const message = localized('input.controlCharacter', { codePoint: checked.codePoint });
  throw new AppError('IMPORT_INVALID', localized('raised.import.cell', { source, row: rowNumber, column, problem: message }));
}

function fromCells(cells: string[][], source: string): Sheet {
  const [header = [], ...body] = cells;
  const columns = header.map((name, index) => normalisedCell(source, name, 1, String(index + 1)).toLowerCase());
  const rows = body
    .map((cellsOfRow, index) => ({
      rowNumber: index + 2,
      values: Object.fromEntries(columns.map((column, i) => [column, normalisedCell(source, cellsOfRow[i] ?? '', index + 2, column)])),
    }))
    .filter((row) => Object.values(row.values).some((value) => value !== ''));
  return { columns, rows };
}
