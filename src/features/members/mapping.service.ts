/** The mapping: each member's dated profile, counts per facet, and profile imports from spreadsheets. */
import type { z } from 'zod';
import type { Deps } from '../../deps';
import { isoDay } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { translator, localized } from '../../lib/i18n';
import type { Sheet, SheetRow } from '../../lib/spreadsheet';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './members.repository';
import { facetValues, type Facet } from './mapping.vocabulary';
import { profileImportColumns, profileText, type MappingQuery, type Profile } from './members.schemas';
import { toProfile } from './members.service';

export const chartedFacets = ['regions', 'forms', 'interventions', 'levels'] as const satisfies readonly Facet[];
export type ChartedFacet = (typeof chartedFacets)[number];

export interface MappedEntity {
  acronym: string;
  slug: string;
  name: string;
  profile: Profile;
}

export interface MappingData {
  filter: MappingQuery;
  entities: MappedEntity[];
  /** For each charted facet, every value of the vocabulary with the number of entities that name it. */
  counts: Record<ChartedFacet, { value: string; count: number }[]>;
  anySample: boolean;
}

export async function getMapping({ db }: Deps, filter: MappingQuery): Promise<MappingData> {
  const rows = await repo.listLatestProfiles(db, filter);
  const entities = rows.map((row) => ({ acronym: row.acronym, slug: row.slug, name: row.name, profile: toProfile(row) }));
  const counts = Object.fromEntries(
    chartedFacets.map((facet) => [
      facet,
      facetValues[facet].map((value) => ({
        value,
        count: entities.filter((entity) => (entity.profile[facet] as string[]).includes(value)).length,
      })),
    ]),
  ) as MappingData['counts'];
  return { filter, entities, counts, anySample: entities.some((entity) => entity.profile.isSample) };
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

const listColumns: Record<string, Facet> = {
  regions: 'regions',
  forms: 'forms',
  interventions: 'interventions',
  levels: 'levels',
  target_groups: 'target_groups',
};

const english = translator('en');

function facetLookup(facet: Facet): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const code of facetValues[facet]) {
    lookup.set(code.toLowerCase(), code);
    lookup.set(english(`facet.${facet}.${code}` as Parameters<typeof english>[0]).toLowerCase(), code);
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

function parseRow(row: SheetRow, entityIds: Map<string, number>, today: string, issues: ImportIssue[]): ParsedRow | null {
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
  const lists: Partial<Record<Facet, string[]>> = {};
  for (const [column, facet] of Object.entries(listColumns)) {
    const lookup = facetLookup(facet);
    const codes: string[] = [];
    for (const item of splitList(row.values[column])) {
      const code = lookup.get(item.toLowerCase());
      if (code) {
        if (!codes.includes(code)) codes.push(code);
      } else at(column, `"${item}" is not a known value; use one of: ${facetValues[facet].join(', ')}`);
    }
    lists[facet] = codes;
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
      regions: lists.regions ?? [],
      forms: lists.forms ?? [],
      interventions: lists.interventions ?? [],
      levels: lists.levels ?? [],
      target_groups: lists.target_groups ?? [],
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
  const known = new Set<string>(profileImportColumns);
  for (const column of sheet.columns) {
    if (column && !known.has(column)) issues.push({ row: 1, column, message: localized('raised.import.unknownColumn', { columns: profileImportColumns.join(', ') }) });
  }
  if (!sheet.columns.includes('acronym')) issues.push({ row: 1, column: 'acronym', message: localized('raised.import.noAcronym') });
  const entities = await repo.listEntities(deps.db, {}, 10_000, 0);
  const entityIds = new Map(entities.flatMap((entity) => [[entity.acronym.toLowerCase(), entity.id], [entity.slug, entity.id]]));
  const today = isoDay(deps.clock.now());
  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const result = parseRow(row, entityIds, today, issues);
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
