/** Reading generated documents in tests: text of a PDF (poppler's pdftotext), entries of a zip. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Fails with the command that installs poppler, rather than skipping, when pdftotext is missing. */
export function requirePdftotext(): void {
  if (!hasCommand('pdftotext') || !hasCommand('pdfinfo')) {
    throw new Error('pdftotext is not installed: run "apt-get install -y poppler-utils" (the PDF tests read the report with it).');
  }
}

function withPdfFile<T>(pdf: Buffer, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'icat-pdf-'));
  try {
    const path = join(dir, 'report.pdf');
    writeFileSync(path, pdf);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page (pdftotext separates pages with form feeds). */
export function pdfPages(pdf: Buffer): string[] {
  requirePdftotext();
  const text = withPdfFile(pdf, (path) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  return text.split('\f').filter((page, index, pages) => index < pages.length - 1 || page.trim() !== '');
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  requirePdftotext();
  const text = withPdfFile(pdf, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

export function zipEntries(data: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(data));
}

export function zipText(data: Buffer, name: string): string {
  const entry = zipEntries(data)[name];
  if (!entry) throw new Error(`The zip has no ${name}.`);
  return strFromU8(entry);
}

/** The DOS date and time of every local file header, as written (no time zone). */
export function zipEntryDates(data: Buffer): { name: string; date: string }[] {
  const out: { name: string; date: string }[] = [];
  for (let offset = 0; offset + 30 <= data.length; ) {
    if (data.readUInt32LE(offset) !== 0x04034b50) break;
    const time = data.readUInt16LE(offset + 10);
    const day = data.readUInt16LE(offset + 12);
    const compressed = data.readUInt32LE(offset + 18);
    const nameLength = data.readUInt16LE(offset + 26);
    const extraLength = data.readUInt16LE(offset + 28);
    const name = data.toString('utf8', offset + 30, offset + 30 + nameLength);
    const pad = (value: number) => String(value).padStart(2, '0');
    const date = `${(day >> 9) + 1980}-${pad((day >> 5) & 15)}-${pad(day & 31)}T${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
    out.push({ name, date });
    offset += 30 + nameLength + extraLength + compressed;
  }
  return out;
}
