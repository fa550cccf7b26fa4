/** Spreadsheet import, bounded while it reads: hostile workbooks are refused with a clear message, quickly. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/test-database';
import { readSpreadsheet } from './spreadsheet';

const dir = makeTempDir('icat-sheets-');

async function workbookFile(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Profiles'));
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** A real XLSX whose sheet unpacks to `megabytes` MiB of blanks: a few hundred KB on disk, built without holding it whole. */
function zipBomb(path: string, megabytes: number): void {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const add = (name: string, text: string) => {
    const entry = new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  add('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  add('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>');
  add('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8('<worksheet><sheetData>'));
  const blanks = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) sheet.push(blanks);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  writeFileSync(path, Buffer.concat(parts));
}

describe('reading a spreadsheet', () => {
  it('reads the first sheet of a workbook: text, numbers and the row numbers Excel shows', async () => {
    const path = await workbookFile('good.xlsx', (sheet) => {
      sheet.addRow(['Acronym', 'as_of', 'expertise']);
      sheet.addRow(['ILO', '2024-03-01', 'Labour']);
      sheet.addRow([]);
      sheet.addRow(['UNODC', '2024-03-02', 42]);
    });
    const read = await readSpreadsheet(path);
    expect(read.columns).toEqual(['acronym', 'as_of', 'expertise']);
    expect(read.rows).toEqual([
      { rowNumber: 2, values: { acronym: 'ILO', as_of: '2024-03-01', expertise: 'Labour' } },
      { rowNumber: 4, values: { acronym: 'UNODC', as_of: '2024-03-02', expertise: '42' } },
    ]);
  });

  it('refuses a workbook with one cell far away (XFD1048576) without reading its emptiness', async () => {
    const path = await workbookFile('far.xlsx', (sheet) => {
      sheet.getCell('A1').value = 'acronym';
      sheet.getCell('XFD1048576').value = 'far away';
    });
    await expect(readSpreadsheet(path)).rejects.toThrow(/far\.xlsx: the sheet has more than 10,000 rows \(it reaches row 1048576\)/);
    const wide = await workbookFile('wide.xlsx', (sheet) => {
      sheet.getCell('A1').value = 'acronym';
      sheet.getCell('XFD1').value = 'far to the right';
    });
    await expect(readSpreadsheet(wide)).rejects.toThrow(/the sheet has more than 100 columns \(it reaches XFD1\)/);
  });

  it('refuses a zip bomb as soon as it unpacks past the limit', async () => {
    const path = join(dir, 'bomb.xlsx');
    zipBomb(path, 80);
    await expect(readSpreadsheet(path)).rejects.toThrow(/bomb\.xlsx: the file unpacks to more than 50 MiB; it is refused as it may be a "zip bomb"/);
  });

  it('refuses a file over the size limit, and one that is not a workbook', async () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, 'acronym\n'.padEnd(2 * 1024 * 1024, 'x'));
    await expect(readSpreadsheet(big, { fileBytes: 1024 * 1024, unzippedBytes: 1, rows: 1, columns: 1, cells: 1 })).rejects.toThrow(/big\.csv: the file is larger than 1 MiB/);
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'acronym,as_of\n');
    await expect(readSpreadsheet(fake)).rejects.toThrow(/fake\.xlsx: not a readable XLSX file/);
  });

  it('names the line and column of a control character in a CSV file, and the row and column in a workbook', async () => {
    const csv = join(dir, 'nul.csv');
    writeFileSync(csv, 'acronym,expertise\nILO,Lab\u0000our\n');
    await expect(readSpreadsheet(csv)).rejects.toThrow('nul.csv:2:8: must not contain control characters (found U+0000)');
    const xlsx = await workbookFile('bell.xlsx', (sheet) => {
      sheet.addRow(['acronym', 'expertise']);
      // How Excel stores a BEL character in a cell: XML cannot hold it, so it is written as _x0007_.
      sheet.addRow(['ILO', 'ring _x0007_']);
    });
    await expect(readSpreadsheet(xlsx)).rejects.toThrow(/bell\.xlsx: row 2, column expertise: must not contain control characters \(found U\+0007\)/);
  });
});
