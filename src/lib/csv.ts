/** CSV as Excel reads and writes it (RFC 4180, UTF-8 with a BOM so that Excel shows accents right). */

const formulaStart = /^[=+\-@\t\r]/;

function quote(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  // A cell that starts like a formula would run in Excel: prefix it so it stays text.
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const bom = '\uFEFF';

function csvLines(rows: unknown[][]): string {
  let text = '';
  for (const row of rows) text += `${row.map(quote).join(',')}\r\n`;
  return text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return bom + csvLines([header, ...rows]);
}

/**
 * The same text as toCsv, in chunks: one per batch of rows, so a large export is never held whole.
 * The header comes with the first batch, so nothing is produced before the first rows are read
 * (a refusal or failure there still becomes an error page rather than a cut-off file).
 */
export async function* csvChunks(header: string[], batches: AsyncIterable<unknown[][]>): AsyncGenerator<string> {
  let head: string | null = bom + csvLines([header]);
  for await (const rows of batches) {
    if (rows.length === 0) continue;
    yield (head ?? '') + csvLines(rows);
    head = null;
  }
  if (head !== null) yield head;
}

/**
 * Parses CSV text into rows of cells; quoted cells may hold commas, quotes and line breaks.
 * `onRow` sees each row as soon as it is complete (row 1 is the first), and may throw to stop.
 */
export function parseCsv(text: string, onRow?: (row: string[], rowNumber: number) => void): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      onRow?.(row, rows.length);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
    onRow?.(row, rows.length);
  }
  return rows;
}
