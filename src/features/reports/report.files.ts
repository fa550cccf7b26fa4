/**
 * Where generated report files live: ICAT_DATA_DIR/reports/<year>/, one document per format and
 * one CSV per figure. Files are written to a temporary name and renamed, so a reader never sees half
 * a file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { toCsv } from '../../lib/csv';
import { figureCsvRows } from '../../lib/figures';
import type { ReportFigure, ReportFormat } from './report.model';

export function documentFileName(year: number, format: ReportFormat): string {
  return `icat-annual-report-${year}.${format}`;
}

export function figureFileName(year: number, figure: Pick<ReportFigure, 'id' | 'number'>): string {
  return `icat-annual-report-${year}-${figure.id}.csv`;
}

/** The data table of a figure as CSV (UTF-8 with a BOM, as Excel reads it). */
export function figureCsv(figure: ReportFigure): string {
  const { header, rows } = figureCsvRows(figure);
  return toCsv(header, rows);
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The stored path of a file, relative to the reports directory. */
export function storedPath(year: number, name: string): string {
  return `${year}/${name}`;
}

function absolute(reportsDir: string, relativePath: string): string {
  const root = resolve(reportsDir);
  const full = resolve(root, relativePath);
  if (!full.startsWith(root + sep)) throw new Error(`A report file path leaves the reports directory: ${relativePath}`);
  return full;
}

export function writeStoredFile(reportsDir: string, relativePath: string, data: Buffer): void {
  const full = absolute(reportsDir, relativePath);
  mkdirSync(dirname(full), { recursive: true });
  const temporary = `${full}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, full);
}

/** The bytes of a stored file, or null when it is gone (a data directory restored without its reports, say). */
export function readStoredFile(reportsDir: string, relativePath: string): Buffer | null {
  const full = absolute(reportsDir, relativePath);
  return existsSync(full) ? readFileSync(full) : null;
}

/** Files written by the command line go to a directory of the person's choosing. */
export function writeOutputFile(dir: string, name: string, data: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const full = join(resolve(dir), name);
  writeFileSync(full, data);
  return full;
}
