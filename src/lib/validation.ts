import { z } from 'zod';
import { validationError, type FieldIssue } from './errors';
import { localized, type MessageKey, type Params, type Translate } from './i18n';

function sizeMessage(t: Translate, issue: { code: 'too_small' | 'too_big'; origin: string; input?: unknown }, count: number, inclusive: boolean): string {
  const small = issue.code === 'too_small';
  if (issue.origin === 'string') {
    if (small && (issue.input === '' || issue.input === undefined)) return t('input.required');
    return t(small ? 'input.tooShort' : 'input.tooLong', { count });
  }
  if (issue.origin === 'array' || issue.origin === 'set') return t(small ? 'input.tooFewItems' : 'input.tooManyItems', { count });
  const bound = inclusive ? count : small ? count + 1 : count - 1;
  return t(small ? 'input.numberTooSmall' : 'input.numberTooBig', { count: bound });
}

function typeMessage(t: Translate, expected: string, input: unknown): string {
  if (input === undefined || input === null) return t('input.required');
  if (expected === 'number') return t('input.notNumber');
  if (expected === 'int') return t('input.notWholeNumber');
  if (expected === 'string') return t('input.notText');
  if (expected === 'array') return t('input.notList');
  if (expected === 'date') return t('input.notDate');
  return t('input.invalid');
}

function formatMessage(t: Translate, format: string): string {
  if (format === 'email') return t('input.notEmail');
  if (format === 'url') return t('input.notUrl');
  return t('input.badFormat');
}

/**
 * Every message that a schema does not word itself comes from the catalogue, in words a person reads
 * ("must be a number", not "expected number, received NaN").
 */
export function describeIssue(issue: z.core.$ZodRawIssue, t: Translate = localized): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(t, issue.expected, issue.input);
    case 'too_small':
      return sizeMessage(t, issue, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return sizeMessage(t, issue, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return formatMessage(t, issue.format);
    case 'invalid_value':
      return issue.values.length <= 8 ? t('input.oneOf', { values: issue.values.map(String).join(', ') }) : t('input.notAllowed');
    default:
      return t('input.invalid');
  }
}

z.config({ customError: (issue) => describeIssue(issue) });

/**
 * A schema's own message, from the catalogue: `.min(1, says('fields.chooseStatus'))`, or spread with a
 * path into a refinement. Worded when a value is checked, so in the language of the person who sent it.
 */
export function says(key: MessageKey, params?: Params): { error: () => string } {
  return { error: () => localized(key, params) };
}

/** Parses input with a schema; a failure becomes a VALIDATION error naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationError(fieldIssues(result.error));
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : 'input',
    message: issue.message,
  }));
}

/** A rule that needs the data or the clock: the fields it reads, and its problem, or null when there is none. */
export interface FieldCheck<T> {
  field: string;
  reads: readonly (keyof T & string)[];
  problem: (form: T) => Promise<string | null> | string | null;
}

/**
 * Parses a form and checks it against the data or the clock, reporting every problem at once: each
 * check runs as soon as the fields it reads are valid, whether or not the rest of the form is, so
 * "has no term on record" comes with "is required" rather than after it is fixed.
 */
export async function parseWithChecks<S extends z.ZodObject>(schema: S, raw: unknown, checks: FieldCheck<z.infer<S>>[]): Promise<z.infer<S>> {
  const parsed = schema.safeParse(raw);
  const issues = parsed.success ? [] : fieldIssues(parsed.error);
  const form = parsed.success ? (parsed.data as Record<string, unknown>) : validFields(schema, raw);
  // A field the schema refused is absent from `form`, or undefined when it is optional: judge by the schema's issues.
  const refused = [...issues];
  const isRefused = (name: string) => refused.some((issue) => issue.field === name || issue.field.startsWith(`${name}.`));
  for (const check of checks) {
    if (isRefused(check.field) || check.reads.some(isRefused)) continue;
    const problem = await check.problem(form as z.infer<S>);
    if (problem) issues.push({ field: check.field, message: problem });
  }
  if (issues.length > 0 || !parsed.success) throw validationError(issues);
  return parsed.data;
}

/** The fields of a form that are valid on their own, with their parsed values. */
function validFields(schema: z.ZodObject, raw: unknown): Record<string, unknown> {
  const sent = (raw ?? {}) as Record<string, unknown>;
  const valid: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const result = (field as z.ZodType).safeParse(sent[name]);
    if (result.success) valid[name] = result.data;
  }
  return valid;
}

/** HTML forms send '' for an unset field; treat it as absent. */
export function optional<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

export const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1);

/** Whether 'YYYY-MM-DD' names a day the calendar has (2022-02-28, not 2022-02-30). */
export function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** A day written 'YYYY-MM-DD' that the calendar has; anything else is refused before it reaches the database. */
export const calendarDay = z
  .string(says('input.required'))
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, says('fields.isoDate'))
  .refine(isCalendarDay, says('fields.realDate'));

/**
 * For a rule across fields (an end not before its start): check it, and report it with every other
 * problem, as soon as the fields it reads are valid. A plain refinement of an object waits until the
 * whole form is valid, so its problem would only show once the others were fixed.
 */
export function whenFieldsValid(...fields: string[]): { when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => boolean } {
  return { when: (payload) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))) };
}
