/** The mapping: each member's dated profile, counts per facet, and profile imports from spreadsheets. */
import type { z } from 'zod';
import type { Deps } from '../../deps';
import { isoDay } from '../../lib/clock';
import { AppError, validationError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Sheet, SheetRow } from '../../lib/spreadsheet';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as vocabularies from '../vocabularies/vocabularies.service';
import type { Vocabulary } from '../vocabularies/vocabularies.service';
import * as repo from './members.repository';
import { parseInput } from '../../lib/validation';
import { mappingPageQuery, profileImportColumns, profileText, type MappingQuery, type Profile } from './members.schemas';
import { toProfile } from './members.service';

export interface MappedEntity {
  acronym: string;
  slug: string;
  name: string;
  profile: Profile;
}

export interface MappingData {
  /** The filters in force: a value code by dimension code (the page is not one). */
  filter: MappingQuery;
  /** The group's dimensions, in order, with their values (retired ones included, marked). */
  dimensions: Vocabulary[];
  entities: MappedEntity[];
  /**
   * For each charted dimension, every value offered and every retired value still named, with the
   * number of organizations that name it.
   */
  counts: Record<string, { value: string; count: number }[]>;
  anySample: boolean;
  /** The page of the table shown, its size, and how many organizations match in all. */
  page: number;
  pageSize: number;
  total: number;
}

/** The filters' old names, from when the mapping had fixed dimensions: links that use them keep working. */
const legacyParams: Record<string, string> = { region: 'regions', form: 'forms', intervention: 'interventions' };

/**
 * The filters of a query string: a value of a charted dimension, by the dimension's code (or its old
 * name). A value the dimension does not know is refused with the group's list; other parameters are ignored.
 */
export function mappingFilter(dimensions: Vocabulary[], query: unknown): MappingQuery {
  const raw = (query ?? {}) as Record<string, unknown>;
  const filter: MappingQuery = {};
  const issues: { field: string; message: string }[] = [];
  for (const [param, given] of Object.entries(raw)) {
    const dimension =
      dimensions.find((candidate) => candidate.charted && candidate.code === (legacyParams[param] ?? param)) ?? dimensions.find((candidate) => candidate.charted && candidate.code === param);
    if (!dimension || given === undefined || given === '') continue;
    const value = typeof given === 'string' ? given.trim() : '';
    if (dimension.values.some((known) => known.code === value)) filter[dimension.code] = value;
    else issues.push({ field: param, message: unknownValue(dimension, String(given).slice(0, 60)) });
  }
  if (issues.length > 0) throw validationError(issues);
  return filter;
}

function unknownValue(dimension: Vocabulary, value: string): string {
  return localized('raised.vocabulary.unknownValue', {
    value,
    values: vocabularies
      .offeredValues(dimension)
      .map((known) => known.code)
      .join(', '),
  });
}

/**
 * The codes a person may record for a dimension: known values, and retired ones only where the
 * record named them already (`kept`). Returns the problems, each naming the group's list.
 */
export function valueProblems(dimension: Vocabulary, codes: string[], kept: string[]): string[] {
  const offered = vocabularies
    .offeredValues(dimension)
    .map((value) => value.code)
    .join(', ');
  return codes.flatMap((code) => {
    const known = vocabularies.findValue(dimension, code);
    if (!known) return [unknownValue(dimension, code)];
    if (known.retiredYear !== null && !kept.includes(code)) return [localized('raised.vocabulary.retiredValue', { value: code, values: offered })];
    return [];
  });
}

/** Organizations on one page of the mapping's table. */
export const mappingPageSize = 25;

/**
 * The latest profiles of the current members, narrowed by the query's filters, with counts per
 * charted dimension over all that match. `page` in the query picks a page of the table; `all`
 * gives every organization that matches (the CSV, the API).
 */
export async function getMapping(deps: Deps, query: unknown = {}, scope: 'page' | 'all' = 'page'): Promise<MappingData> {
  const { dimensions } = await vocabularies.getVocabularies(deps);
  const { page: pageParam, ...filters } = (query ?? {}) as Record<string, unknown>;
  const filter = mappingFilter(dimensions, filters);
  const page = scope === 'page' ? parseInput(mappingPageQuery, { page: pageParam }).page : 1;
  const [rows, tally] = await Promise.all([
    repo.listLatestProfiles(deps.db, filter, scope === 'page' ? { limit: mappingPageSize, offset: (page - 1) * mappingPageSize } : undefined),
    repo.tallyLatestProfiles(deps.db, filter),
  ]);
  const entities = rows.map((row) => ({ acronym: row.acronym, slug: row.slug, name: row.name, profile: toProfile(row) }));
  return {
    filter,
    dimensions,
    entities,
    counts: chartedCounts(dimensions, tally.counts),
    anySample: tally.anySample,
    page,
    pageSize: scope === 'page' ? mappingPageSize : Math.max(tally.total, 1),
    total: tally.total,
  };
}

/** How many organizations name a value; only the tally's own entries count (never what every object has). */
function countOf(tallied: Record<string, Record<string, number>>, dimension: string, value: string): number {
  const byValue = Object.hasOwn(tallied, dimension) ? tallied[dimension] : undefined;
  return byValue && Object.hasOwn(byValue, value) ? (byValue[value] ?? 0) : 0;
}

/** Every value offered and every retired value still named, with how many organizations name it, per charted dimension. */
function chartedCounts(dimensions: Vocabulary[], tallied: Record<string, Record<string, number>>): MappingData['counts'] {
  return Object.fromEntries(
    dimensions
      .filter((dimension) => dimension.charted)
      .map((dimension) => [
        dimension.code,
        dimension.values
          .map((value) => ({ value: value.code, count: countOf(tallied, dimension.code, value.code), retired: value.retiredYear !== null }))
          .filter((entry) => !entry.retired || entry.count > 0)
          .map(({ value, count }) => ({ value, count })),
      ]),
  );
}

// ---- import from a spreadsheet ----

export interface ImportIssue {
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  rows: number;
  changed: number;
}

/** Each value of a dimension by its code and by each of its labels, lower-cased. */
function valueLookup(dimension: Vocabulary): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const value of dimension.values) {
    for (const label of Object.values(value.labels)) if (label) lookup.set(label.toLowerCase(), value.code);
    lookup.set(value.code.toLowerCase(), value.code);
  }
  return lookup;
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseSample(cell: string | undefined): boolean | null {
  const value = (cell ?? '').trim().toLowerCase();
  if (['', 'no', 'false', '0', 'n'].includes(value)) return false;
  if (['yes', 'true', '1', 'y'].includes(value)) return true;
  return null;
}

function isValidDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A cell checked with the form's schema: the same limits, and the same words, as the form. */
function checked<S extends z.ZodType>(schema: S, value: unknown, column: string, at: (column: string, message: string) => void): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) at(issue.path.length > 0 ? `${column} (item ${Number(issue.path[0]) + 1})` : column, issue.message);
  return undefined;
}

interface ParsedRow {
  entityId: number;
  profile: repo.ProfileWrite;
}

function parseRow(row: SheetRow, dimensions: Vocabulary[], entityIds: Map<string, number>, today: string, issues: ImportIssue[]): ParsedRow | null {
  const at = (column: string, message: string) => issues.push({ row: row.rowNumber, column, message });
  const before = issues.length;
  const acronym = row.values.acronym ?? '';
  const entityId = entityIds.get(acronym.toLowerCase());
  if (!acronym) at('acronym', 'is empty; every row names an organization by its acronym');
  else if (entityId === undefined) at('acronym', `"${acronym}" is not a known organization`);
  const asOf = row.values.as_of || today;
  if (!isValidDay(asOf)) at('as_of', `"${asOf}" is not a date in the form YYYY-MM-DD`);
  const sample = parseSample(row.values.sample);
  if (sample === null) at('sample', `"${row.values.sample}" is not yes or no`);
  const values: Record<string, string[]> = {};
  for (const dimension of dimensions) {
    const lookup = valueLookup(dimension);
    const codes: string[] = [];
    for (const item of splitList(row.values[dimension.code])) {
      const code = lookup.get(item.toLowerCase());
      const known = code ? vocabularies.findValue(dimension, code) : undefined;
      // A retired value may still be recorded in a profile dated before the year it was retired.
      const retiredSince = known?.retiredYear ? `${known.retiredYear}-01-01` : null;
      if (!code || !known) at(dimension.code, unknownValue(dimension, item));
      else if (retiredSince && asOf >= retiredSince) at(dimension.code, valueProblems(dimension, [code], [])[0] ?? '');
      else if (!codes.includes(code)) codes.push(code);
    }
    values[dimension.code] = codes;
  }
  const texts = {
    expertise: checked(profileText.expertise, row.values.expertise, 'expertise', at),
    initiatives: checked(profileText.items, splitList(row.values.initiatives), 'initiatives', at),
    partnerships: checked(profileText.items, splitList(row.values.partnerships), 'partnerships', at),
  };
  if (issues.length > before || entityId === undefined) return null;
  return {
    entityId,
    profile: {
      entity_id: entityId,
      as_of: asOf,
      mapping: JSON.stringify(values),
      expertise: texts.expertise ?? null,
      initiatives: JSON.stringify((texts.initiatives ?? []).map((title) => ({ title }))),
      partnerships: JSON.stringify((texts.partnerships ?? []).map((name) => ({ name }))),
      is_sample: sample ?? false,
    },
  };
}

export function describeIssues(source: string, issues: ImportIssue[]): string {
  const shown = issues.slice(0, 50).map((issue) => `  row ${issue.row}, column ${issue.column}: ${issue.message}`);
  const more = issues.length > shown.length ? [`  … and ${issues.length - shown.length} more`] : [];
  return [`${source}: nothing was imported; ${issues.length} problem(s) to fix:`, ...shown, ...more].join('\n');
}

/** Validates every row first; if any is bad, nothing is written. Re-importing the same data changes nothing. */
export async function importProfiles(deps: Deps, actor: Actor | null, sheet: Sheet, source: string): Promise<ImportResult> {
  authorize(actor, 'member.profile.import');
  const issues: ImportIssue[] = [];
  const { dimensions } = await vocabularies.getVocabularies(deps);
  const columns = [...profileImportColumns.slice(0, 3), ...dimensions.map((dimension) => dimension.code), ...profileImportColumns.slice(3)];
  const known = new Set<string>(columns);
  for (const column of sheet.columns) {
    if (column && !known.has(column)) issues.push({ row: 1, column, message: localized('raised.import.unknownColumn', { columns: columns.join(', ') }) });
  }
  if (!sheet.columns.includes('acronym')) issues.push({ row: 1, column: 'acronym', message: localized('raised.import.noAcronym') });
  const entities = await repo.listEntities(deps.db, {}, 10_000, 0);
  const entityIds = new Map(
    entities.flatMap((entity) => [
      [entity.acronym.toLowerCase(), entity.id],
      [entity.slug, entity.id],
    ]),
  );
  const today = isoDay(deps.clock.now());
  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const result = parseRow(row, dimensions, entityIds, today, issues);
    if (!result) continue;
    const key = `${result.entityId}@${result.profile.as_of}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ row: row.rowNumber, column: 'acronym', message: localized('raised.import.repeats', { row: first }) });
    else seen.set(key, row.rowNumber);
    parsed.push(result);
  }
  if (sheet.rows.length === 0) issues.push({ row: 2, column: 'acronym', message: localized('raised.import.noRows') });
  if (issues.length > 0) throw new AppError('IMPORT_INVALID', describeIssues(source, issues), { issues });
  const now = deps.clock.now();
  const changed = await deps.db.transaction().execute(async (trx) => {
    let count = 0;
    for (const row of parsed) {
      const written = await repo.upsertProfile(trx, row.profile);
      if (!written) continue;
      count++;
      await audit.record(trx, now, { actor, action: 'import', table: 'profiles', recordId: written.id, entityId: row.entityId, after: written });
    }
    return count;
  });
  return { rows: parsed.length, changed };
}
