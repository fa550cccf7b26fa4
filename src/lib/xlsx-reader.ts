/**
 * Reads the cells of the first worksheet of an XLSX file within limits checked while reading: the
 * archive is unzipped as a stream (the bytes it unpacks to are counted as they come, whatever its
 * headers claim), and the sheet's XML is parsed as a stream (a row, a column or a cell count past
 * its limit stops the reading at once). A zip bomb or one cell at XFD1048576 is refused in
 * milliseconds, without the memory it asks for.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface SheetLimits {
  fileBytes: number;
  unzippedBytes: number;
  rows: number;
  columns: number;
  cells: number;
}

/** Why reading stopped: the limit passed, with the cell that passed it when there is one. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: keyof SheetLimits,
    readonly cell?: string,
  ) {
    super(`limit ${limit} exceeded${cell ? ` at ${cell}` : ''}`);
  }
}

interface Cell {
  row: number;
  column: number;
  type: string;
  value: string;
}

const worksheetEntry = /^xl\/worksheets\/[^/]+\.xml$/;
const localName = (tag: { name: string }) => tag.name.slice(tag.name.indexOf(':') + 1);

/** "XFD" -> 16384. */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

/** A worksheet's cells, parsed as the XML arrives and stopped at the first limit passed. */
function sheetParser(limits: SheetLimits, counts: { cells: number }, cells: Cell[]): SaxesParser {
  const parser = new SaxesParser();
  let row = 0;
  let column = 0;
  let cell: Cell | null = null;
  let inValue = false;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag);
    if (name === 'row') {
      row = Number(tag.attributes.r) || row + 1;
      column = 0;
      if (row > limits.rows) throw new LimitExceeded('rows', `row ${row}`);
    } else if (name === 'c') {
      const ref = /^([A-Z]+)(\d+)$/i.exec(String(tag.attributes.r ?? ''));
      column = ref ? columnNumber(ref[1] as string) : column + 1;
      const where = ref ? ref[0] : `row ${row}`;
      if (column > limits.columns) throw new LimitExceeded('columns', where);
      if (++counts.cells > limits.cells) throw new LimitExceeded('cells', where);
      cell = { row, column, type: String(tag.attributes.t ?? 'n'), value: '' };
    } else if (cell && (name === 'v' || name === 't')) inValue = true;
  });
  parser.on('text', (text) => {
    if (cell && inValue) cell.value += text;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag);
    if (name === 'v' || name === 't') inValue = false;
    else if (name === 'c' && cell) {
      cells.push(cell);
      cell = null;
    }
  });
  return parser;
}

/** Shared strings: each <si> is the text of all its <t> runs. */
function sharedStringsParser(strings: string[]): SaxesParser {
  const parser = new SaxesParser();
  let inText = false;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag);
    if (name === 'si') strings.push('');
    else if (name === 't') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && strings.length > 0) strings[strings.length - 1] += text;
  });
  parser.on('closetag', (tag) => {
    if (localName(tag) === 't') inText = false;
  });
  return parser;
}

/** The relationship ids of the sheets in workbook order, and where each relationship points. */
function relationsParser(into: { sheetIds: string[]; targets: Map<string, string> }): SaxesParser {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag);
    const id = Object.entries(tag.attributes).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
    if (name === 'sheet' && id) into.sheetIds.push(String(id));
    if (name === 'Relationship') into.targets.set(String(tag.attributes.Id), String(tag.attributes.Target));
  });
  return parser;
}

interface Workbook {
  sheets: Map<string, Cell[]>;
  strings: string[];
  relations: { sheetIds: string[]; targets: Map<string, string> };
}

function parserFor(name: string, workbook: Workbook, limits: SheetLimits, counts: { cells: number }): SaxesParser | null {
  if (worksheetEntry.test(name)) {
    const cells: Cell[] = [];
    workbook.sheets.set(name, cells);
    return sheetParser(limits, counts, cells);
  }
  if (name === 'xl/sharedStrings.xml') return sharedStringsParser(workbook.strings);
  if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') return relationsParser(workbook.relations);
  return null;
}

/** Unzips the entries that matter, counting every byte they unpack to, and parses each as it comes. */
async function readWorkbook(path: string, limits: SheetLimits): Promise<Workbook> {
  const workbook: Workbook = { sheets: new Map(), strings: [], relations: { sheetIds: [], targets: new Map() } };
  const counts = { cells: 0, unzipped: 0, entries: 0 };
  let failure: unknown = null;
  const unzip = new Unzip((file: UnzipFile) => {
    counts.entries++;
    const parser = parserFor(file.name, workbook, limits, counts);
    if (!parser) return;
    const decoder = new TextDecoder('utf-8');
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      try {
        if (error) throw error;
        counts.unzipped += chunk.length;
        if (counts.unzipped > limits.unzippedBytes) throw new LimitExceeded('unzippedBytes');
        parser.write(decoder.decode(chunk, { stream: !final }));
        if (final) parser.close();
      } catch (caught) {
        failure = caught;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  for await (const chunk of stream) {
    unzip.push(chunk as Uint8Array, false);
    if (failure) break;
  }
  stream.destroy();
  if (!failure) unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  if (counts.entries === 0) throw new Error('it is not a ZIP archive');
  return workbook;
}

function firstSheet(workbook: Workbook): Cell[] | undefined {
  const target = workbook.relations.targets.get(workbook.relations.sheetIds[0] ?? '');
  const entry = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : undefined;
  return (entry ? workbook.sheets.get(entry) : undefined) ?? workbook.sheets.get('xl/worksheets/sheet1.xml') ?? [...workbook.sheets.values()][0];
}

/** OOXML writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x): Excel shows them decoded. */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function cellText(cell: Cell, strings: string[]): string {
  if (cell.type === 's') return decodeEscapes(strings[Number(cell.value)] ?? '');
  if (cell.type === 'b') return cell.value === '1' ? 'TRUE' : 'FALSE';
  return decodeEscapes(cell.value);
}

/** The first worksheet as rows of cell texts; throws LimitExceeded, or the parser's error for a broken file. */
export async function readXlsxCells(path: string, limits: SheetLimits): Promise<string[][] | null> {
  const workbook = await readWorkbook(path, limits);
  const cells = firstSheet(workbook);
  if (!cells) return null;
  const rows: string[][] = [];
  for (const cell of cells) {
    const row = (rows[cell.row - 1] ??= []);
    row[cell.column - 1] = cellText(cell, workbook.strings);
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? ''));
}
