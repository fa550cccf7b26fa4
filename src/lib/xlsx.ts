/** Writes one table (a header row and rows of cells) as an XLSX workbook, for "download as Excel". */
import type { Workbook } from 'exceljs';

/** exceljs takes long to load (about a second of a start): it loads with the first workbook made. */
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

export async function tableToXlsx(sheetName: string, header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = await newWorkbook();
  // Fixed dates keep the same data giving the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
