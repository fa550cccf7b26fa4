/**
 * The names and contents of a report's files: one document per format and one CSV per figure. The
 * server keeps them in the database (the files feature); the command line writes them to a directory.
 */
import { groupSlug } from '../../lib/group';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toCsv } from '../../lib/csv';
import { figureCsvRows } from '../../lib/figures';
import type { Locale } from '../../lib/i18n';
import type { ReportFigure, ReportFormat, ReportListId, ReportModel } from './report.model';

/**
 * Names start with the group's short name (its settings): icat-annual-report-2022.pdf. English keeps
 * the names files have always had; another language adds its code: icat-annual-report-2022-fr.pdf.
 */
function baseName(year: number, locale: Locale): string {
  const base = `${groupSlug()}-annual-report-${year}`;
  return locale === 'en' ? base : `${base}-${locale}`;
}

export function documentFileName(year: number, format: ReportFormat, locale: Locale = 'en'): string {
  return `${baseName(year, locale)}.${format}`;
}

export function figureFileName(year: number, figure: Pick<ReportFigure, 'id' | 'number'>, locale: Locale = 'en'): string {
  return `${baseName(year, locale)}-${figure.id}.csv`;
}

/** Every accepted update of the year: icat-annual-report-2022-updates.csv. */
export function updatesFileName(year: number, locale: Locale = 'en'): string {
  return `${baseName(year, locale)}-updates.csv`;
}

/** A full list beside the report: icat-annual-report-2022-members.csv, …-decisions.csv. */
export function listFileName(year: number, id: ReportListId, locale: Locale = 'en'): string {
  return `${baseName(year, locale)}-${id}.csv`;
}

/** The model's full lists as CSV files (none in a model frozen before they existed). */
export function listCsvFiles(model: ReportModel, locale: Locale = 'en'): { id: ReportListId; name: string; csv: string }[] {
  return (model.lists ?? []).map((list) => ({ id: list.id, name: listFileName(model.meta.year, list.id, locale), csv: toCsv(list.table.columns, list.table.rows) }));
}

/** The list of every accepted update as CSV, when the model has one (models frozen before it existed do not). */
export function updatesCsv(model: ReportModel): string | null {
  return model.updates ? toCsv(model.updates.columns, model.updates.rows) : null;
}

/** The data table of a figure as CSV (UTF-8 with a BOM, as Excel reads it). */
export function figureCsv(figure: ReportFigure): string {
  const { header, rows } = figureCsvRows(figure);
  return toCsv(header, rows);
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Files written by the command line go to a directory of the person's choosing. */
export function writeOutputFile(dir: string, name: string, data: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const full = join(resolve(dir), name);
  writeFileSync(full, data);
  return full;
}
