/** Reads a CSV or XLSX file into rows keyed by the header, keeping the row numbers people see in Excel. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from './errors';
import { parseCsv } from './csv';

export interface SheetRow {
  /** The row number as Excel shows it: the header is row 1. */
  rowNumber: number;
  values: Record<string, string>;
}

export interface Sheet {
  columns: string[];
  rows: SheetRow[];
}

export async function readSpreadsheet(path: string): Promise<Sheet> {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return fromCells(parseCsv(await readFile(path, 'utf8')));
  if (extension === '.xlsx') return fromCells(await xlsxCells(path));
  throw new AppError('IMPORT_INVALID', `${path}: expected a .csv or .xlsx file.`);
}

async function xlsxCells(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new AppError('IMPORT_INVALID', `${path}: not a readable XLSX file (${(error as Error).message}).`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const cells: string[][] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) values.push(row.getCell(column).text ?? '');
    cells.push(values);
  }
  return cells;
}

function fromCells(cells: string[][]): Sheet {
  const [header = [], ...body] = cells;
  const columns = header.map((name) => name.trim().toLowerCase());
  const rows = body
    .map((cellsOfRow, index) => ({
      rowNumber: index + 2,
      values: Object.fromEntries(columns.map((column, i) => [column, (cellsOfRow[i] ?? '').trim()])),
    }))
    .filter((row) => Object.values(row.values).some((value) => value !== ''));
  return { columns, rows };
}
