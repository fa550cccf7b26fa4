/**
 * The Plan of Action as a YAML file (docs/plan-format.md): parsed with the `yaml` package, checked
 * whole, and every problem reported with the line and column it is on. Pure: no database; the
 * service checks the organization acronyms afterwards with `locate`.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { localized, type MessageKey } from '../../lib/i18n';
import { lineAndColumn, normaliseText } from '../../lib/text';
import { says } from '../../lib/validation';
import type { Direction, IndicatorType, PlanLevel } from './progress.table';

export interface PlanIssue {
  line: number;
  column: number;
  message: string;
}

export interface IndicatorDoc {
  name: string;
  unit: string;
  type: IndicatorType;
  direction: Direction;
  baseline: number | null;
  baselineYear: number | null;
  targets: { year: number; value: number }[];
}

export interface EntityRef {
  acronym: string;
  path: (string | number)[];
}

export interface ItemDoc {
  code: string;
  level: PlanLevel;
  parentCode: string | null;
  title: string;
  description: string | null;
  position: number;
  lead: EntityRef[];
  contributors: EntityRef[];
  indicators: IndicatorDoc[];
}

export interface PlanDocument {
  key: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  endorsedOn: string | null;
  endorsedBy: string | null;
  note: string | null;
  sample: boolean;
  /** Every item, parents before their children, in the order of the file. */
  items: ItemDoc[];
}

export interface ParsedPlan {
  plan: PlanDocument | null;
  issues: PlanIssue[];
  /** Every organization the file names, even when other problems keep `plan` null: all are checked at once. */
  refs: EntityRef[];
  /** The line and column of a path in the file (or of its nearest ancestor that exists). */
  locate(path: (string | number)[], message: string): PlanIssue;
}

/** Zod's message for a field: "is required" when it is missing, else the given one, in the reader's language. */
const orRequired = (key: MessageKey) => ({ error: (issue: { input?: unknown }) => localized(issue.input === undefined ? 'input.required' : key) });
const text = (max: number) =>
  z
    .string(orRequired('input.notText'))
    .trim()
    .min(1, says('fields.notEmpty'))
    .max(max, says('input.tooLong', { count: max }));
const optionalText = (max: number) => text(max).nullish();
const year = z
  .number(orRequired('fields.year'))
  .int(says('fields.year'))
  .min(2000, says('fields.yearFrom', { year: '2000' }))
  .max(2200, says('fields.yearBefore', { year: '2200' }));
const entityList = z.union([z.string(), z.array(z.string(says('fields.acronym')))], says('fields.acronyms')).nullish();
const scalarValue = z.union([z.number(), z.string(), z.boolean()], says('fields.targetValue'));

const indicatorSchema = z.strictObject({
  name: text(300),
  unit: text(100),
  type: z.enum(['number', 'percentage', 'yes-no', 'yes_no'], orRequired('fields.indicatorType')),
  direction: z.enum(['up', 'down'], says('fields.direction')).default('up'),
  baseline: scalarValue.nullish(),
  baseline_year: year.nullish(),
  targets: z.record(z.string(), scalarValue, says('fields.targets')).default({}),
});

const itemFields = {
  code: z.union([z.string(), z.number()], orRequired('fields.itemCode')),
  title: text(500),
  description: optionalText(4000),
  lead: entityList,
  contributors: entityList,
  indicators: z.unknown().optional(),
};
/** Each level is checked on its own (children apart), so one bad item does not hide the problems of the others. */
const itemSchemas = [z.strictObject({ ...itemFields, outputs: z.unknown().optional() }), z.strictObject({ ...itemFields, activities: z.unknown().optional() }), z.strictObject(itemFields)] as const;
const childKeys = ['outputs', 'activities', null] as const;

const headerSchema = z.strictObject(
  {
    key: z.string(orRequired('input.notText')).regex(/^[a-z0-9][a-z0-9-]{1,62}$/, says('fields.planKey')),
    title: text(300),
    period: z.unknown().optional(),
    endorsed: z.strictObject({ on: z.union([z.string(), z.number()]).nullish(), by: optionalText(300) }).nullish(),
    sample: z.boolean(says('fields.trueOrFalse')).default(false),
    note: optionalText(4000),
    objectives: z.unknown().optional(),
  },
  says('fields.planMapping'),
);

const periodSchema = z.strictObject({ start: year, end: year }, orRequired('fields.planPeriod'));

type Header = z.infer<typeof headerSchema> & { period: z.infer<typeof periodSchema> };
type RawItem = z.infer<(typeof itemSchemas)[2]>;
type RawIndicator = z.infer<typeof indicatorSchema>;
type Path = (string | number)[];

/** The node at a path, comparing map keys as text (YAML reads `2022:` as a number). */
function nodeAt(doc: Document, path: Path): { node: unknown; depth: number } {
  let node: unknown = doc.contents;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return { node, depth: index };
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return { node, depth: index };
      node = item;
    } else return { node, depth: index };
  }
  return { node, depth: path.length };
}

/** objectives[0].outputs[1].code: how a person finds the place in the file, with the line. */
function pathText(path: Path): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function keyNode(doc: Document, path: Path, key: string): Node | null {
  const { node, depth } = nodeAt(doc, path);
  if (depth < path.length || !isMap(node)) return null;
  const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key : null;
}

const levels: PlanLevel[] = ['objective', 'output', 'activity'];
const codePattern = /^\d+(\.\d+)*$/;

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.trim()))) return Number(value.trim());
  return null;
}

/** A value of an indicator's type, or a message saying why it is not one. */
export function typedValue(type: IndicatorType, value: unknown): { value: number } | { error: string } {
  if (type === 'yes_no') {
    const word = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value).trim().toLowerCase();
    if (['yes', 'true', '1'].includes(word)) return { value: 1 };
    if (['no', 'false', '0'].includes(word)) return { value: 0 };
    return { error: 'must be yes or no' };
  }
  const number = toNumber(value);
  if (number === null || !Number.isFinite(number)) return { error: type === 'percentage' ? 'must be a percentage (a number from 0 to 100)' : 'must be a number' };
  if (type === 'percentage' && (number < 0 || number > 100)) return { error: 'must be a percentage from 0 to 100' };
  if (Math.abs(number) >= 1e12) return { error: 'is too large' };
  return { value: number };
}

interface Checker {
  issues: PlanIssue[];
  refs: EntityRef[];
  locate: ParsedPlan['locate'];
  check<S extends z.ZodType>(schema: S, value: unknown, path: Path): z.infer<S> | null;
}

/** A control character anywhere in the file, as an issue at its line and column (nothing else is checked then). */
function controlCharacterIssue(source: string): PlanIssue | null {
  const checked = normaliseText(source);
  if (checked.ok) return null;
  const { line, column } = lineAndColumn(source, checked.index);
  return { line, column, message: localized('input.controlCharacter', { codePoint: checked.codePoint }) };
}

export function parsePlanYaml(rawSource: string): ParsedPlan {
  const refused = controlCharacterIssue(rawSource);
  if (refused) return { plan: null, issues: [refused], refs: [], locate: () => refused };
  const source = (normaliseText(rawSource) as { text: string }).text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number, message: string): PlanIssue => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col, message };
  };
  const locate = (path: Path, message: string): PlanIssue => {
    const { node } = nodeAt(doc, path);
    const range = (node as Node | null)?.range;
    return at(range?.[0] ?? 0, path.length > 0 ? `${pathText(path)}: ${message}` : message);
  };
  const issues: PlanIssue[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const position = error.linePos?.[0];
    issues.push({ line: position?.line ?? 1, column: position?.col ?? 1, message: error.message.split('\n')[0] ?? error.message });
  }
  if (issues.length > 0) return { plan: null, issues, refs: [], locate };
  const check = <S extends z.ZodType>(schema: S, value: unknown, path: Path): z.infer<S> | null => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const issuePath = [...path, ...(issue.path as Path)];
      if (issue.code !== 'unrecognized_keys') {
        issues.push(locate(issuePath, issue.message));
        continue;
      }
      for (const key of issue.keys) {
        const node = keyNode(doc, issuePath, key);
        issues.push(node?.range ? at(node.range[0], `${pathText([...issuePath, key])}: is not a known field`) : locate([...issuePath, key], 'is not a known field'));
      }
    }
    return null;
  };
  const refs: EntityRef[] = [];
  const plan = checkPlan(doc, doc.toJS() as unknown, { issues, refs, locate, check });
  return { plan: issues.length > 0 ? null : plan, issues: sortIssues(issues), refs, locate };
}

function sortIssues(issues: PlanIssue[]): PlanIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

function listAt(value: unknown, path: Path, what: string, checker: Checker): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  checker.issues.push(checker.locate(path, `must be a list of ${what}`));
  return [];
}

function checkPlan(doc: Document, data: unknown, checker: Checker): PlanDocument | null {
  const { issues, locate } = checker;
  const fields = checker.check(headerSchema, data, []);
  const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
  const period = isMapping ? checker.check(periodSchema, (data as { period?: unknown }).period, ['period']) : null;
  const header: Header | null = fields && period ? { ...fields, period } : null;
  if (period && period.end < period.start) issues.push(locate(['period', 'end'], 'must not be before the start year'));
  const validPeriod = period && period.end >= period.start ? { period } : null;
  const endorsedOn = header?.endorsed?.on === null || header?.endorsed?.on === undefined ? null : String(header.endorsed.on);
  if (endorsedOn !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(endorsedOn)) issues.push(locate(['endorsed', 'on'], 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'));
  const objectives = isMapping ? listAt((data as { objectives?: unknown }).objectives, ['objectives'], 'objectives', checker) : [];
  if (isMapping && objectives.length === 0 && !issues.some((issue) => issue.message.startsWith('objectives'))) {
    issues.push(locate(['objectives'], 'must list at least one objective'));
  }
  const items: ItemDoc[] = [];
  const seen = new Map<string, number>();
  const visit = (value: unknown, path: Path, depth: number, parentCode: string | null, position: number) => {
    const item = checker.check(itemSchemas[depth] as (typeof itemSchemas)[2], value, path);
    const childKey = childKeys[depth];
    const isObject = typeof value === 'object' && value !== null;
    const children = childKey && isObject ? listAt((value as Record<string, unknown>)[childKey], [...path, childKey], childKey, checker) : [];
    const code = item ? codeOf(doc, item, path, depth, parentCode, seen, checker) : null;
    // Organizations are checked even on an item with other problems, so one run reports them all.
    const raw = isObject ? (value as Record<string, unknown>) : {};
    const named = (field: 'lead' | 'contributors') => entityRefs(item ? item[field] : (entityList.safeParse(raw[field]).data ?? null), [...path, field]);
    const lead = named('lead');
    const contributors = named('contributors');
    checker.refs.push(...lead, ...contributors);
    const indicators = isObject ? checkIndicators((value as Record<string, unknown>).indicators, [...path, 'indicators'], validPeriod, checker) : [];
    if (item && code) {
      const leads = new Set(lead.map((ref) => ref.acronym.toLowerCase()));
      for (const ref of contributors) if (leads.has(ref.acronym.toLowerCase())) issues.push(locate(ref.path, `${ref.acronym} is already a lead of this item`));
      items.push({
        code,
        level: levels[depth] as PlanLevel,
        parentCode,
        title: item.title,
        description: item.description ?? null,
        position,
        lead,
        contributors,
        indicators,
      });
    }
    children.forEach((child, index) => visit(child, [...path, childKey as string, index], depth + 1, code ?? parentCode, index + 1));
  };
  objectives.forEach((objective, index) => visit(objective, ['objectives', index], 0, null, index + 1));
  if (!header) return null;
  return {
    key: header.key,
    title: header.title,
    periodStart: header.period.start,
    periodEnd: header.period.end,
    endorsedOn,
    endorsedBy: header.endorsed?.by ?? null,
    note: header.note ?? null,
    sample: header.sample,
    items,
  };
}

/** The item's code as written (1.10 stays 1.10), checked against its level, its parent and the others. */
function codeOf(doc: Document, item: RawItem, path: Path, depth: number, parentCode: string | null, seen: Map<string, number>, checker: Checker): string | null {
  const { issues, locate } = checker;
  const scalar = nodeAt(doc, [...path, 'code']).node;
  const code = isScalar(scalar) && typeof scalar.source === 'string' ? scalar.source : String(item.code);
  const level = levels[depth] as PlanLevel;
  if (!codePattern.test(code) || code.split('.').length !== depth + 1) {
    const example = level === 'objective' ? 'an objective (1)' : level === 'output' ? 'an output (1.2)' : 'an activity (1.2.3)';
    issues.push(locate([...path, 'code'], `"${code}" is not the code of ${example}`));
    return null;
  }
  if (parentCode !== null && !code.startsWith(`${parentCode}.`)) {
    issues.push(locate([...path, 'code'], `"${code}" must start with the code of its ${levels[depth - 1]}, ${parentCode}`));
  }
  const first = seen.get(code);
  if (first !== undefined) issues.push(locate([...path, 'code'], `"${code}" is used twice (first on line ${first})`));
  else seen.set(code, locate([...path, 'code'], '').line);
  return code;
}

function entityRefs(value: string | string[] | null | undefined, path: Path): EntityRef[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [{ acronym: value.trim(), path }];
  return value.map((acronym, index) => ({ acronym: acronym.trim(), path: [...path, index] }));
}

function checkIndicators(value: unknown, path: Path, header: { period: { start: number; end: number } } | null, checker: Checker): IndicatorDoc[] {
  const { issues, locate } = checker;
  const names = new Set<string>();
  return listAt(value, path, 'indicators', checker).flatMap((entry, index) => {
    const here = [...path, index];
    const indicator: RawIndicator | null = checker.check(indicatorSchema, entry, here);
    if (!indicator) return [];
    const type: IndicatorType = indicator.type === 'yes-no' ? 'yes_no' : indicator.type;
    if (names.has(indicator.name.toLowerCase())) issues.push(locate([...here, 'name'], `"${indicator.name}" is used twice for this item`));
    names.add(indicator.name.toLowerCase());
    let baseline: number | null = null;
    if (indicator.baseline !== null && indicator.baseline !== undefined) {
      const checked = typedValue(type, indicator.baseline);
      if ('error' in checked) issues.push(locate([...here, 'baseline'], checked.error));
      else baseline = checked.value;
    }
    const targets: IndicatorDoc['targets'] = [];
    for (const [yearText, target] of Object.entries(indicator.targets)) {
      const targetYear = Number(yearText);
      if (!/^\d{4}$/.test(yearText) || (header && (targetYear < header.period.start || targetYear > header.period.end))) {
        const period = header ? ` (${header.period.start}–${header.period.end})` : '';
        issues.push(locate([...here, 'targets', yearText], `${yearText} is not a year of the plan's period${period}`));
        continue;
      }
      const checked = typedValue(type, target);
      if ('error' in checked) issues.push(locate([...here, 'targets', yearText], checked.error));
      else targets.push({ year: targetYear, value: checked.value });
    }
    return [
      {
        name: indicator.name,
        unit: indicator.unit,
        type,
        direction: indicator.direction,
        baseline,
        baselineYear: indicator.baseline_year ?? null,
        targets: targets.sort((a, b) => a.year - b.year),
      },
    ];
  });
}

export function describePlanIssues(source: string, issues: PlanIssue[]): string {
  const shown = issues.slice(0, 100).map((issue) => `  ${source}:${issue.line}:${issue.column}: ${issue.message}`);
  const more = issues.length > shown.length ? [`  … and ${issues.length - shown.length} more`] : [];
  return [`${source}: the plan was not imported; ${issues.length} problem(s) to fix:`, ...shown, ...more].join('\n');
}
