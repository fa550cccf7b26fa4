import { z } from 'zod';
import { localized, supportedLocales } from '../../lib/i18n';
import { optional, says } from '../../lib/validation';
import type { Labels, VocabularyPurpose } from './vocabularies.table';

export type { Labels, VocabularyPurpose };

/** Codes other fields of the mapping's spreadsheets, forms and filters already use: no dimension may take them. */
export const reservedCodes = ['acronym', 'as_of', 'sample', 'expertise', 'initiatives', 'partnerships', 'version', 'name', 'page', 'region', 'form', 'intervention', 'values', 'kind'];

/** A code that names what every object has (`constructor`) would read as that wherever codes are keys. */
function isObjectProperty(code: string): boolean {
  return code in Object.prototype;
}

export const dimensionCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,59}$/, says('vocabularies.code.dimension'))
  .refine((code) => !reservedCodes.includes(code) && !isObjectProperty(code), says('vocabularies.code.reserved'));
export const valueCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_]{0,59}$/, says('vocabularies.code.value'))
  .refine((code) => !isObjectProperty(code), says('vocabularies.code.reserved'));

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === 'yes' || value === true, z.boolean());
const position = z.coerce.number().int().min(1).max(10_000);
const version = z.coerce.number().int().min(1);

/** One text field per language, `<prefix>_<lang>`: English is required (or optional), the others fall back to it. */
function labelFields<P extends string>(prefix: P, englishRequired: boolean) {
  return Object.fromEntries(
    supportedLocales.map((locale) => [`${prefix}_${locale}`, locale === 'en' && englishRequired ? z.string().trim().min(1).max(200) : optional(z.string().trim().max(200))]),
  ) as unknown as Record<`${P}_${(typeof supportedLocales)[number]}`, z.ZodType<string | undefined>>;
}

export const dimensionAddForm = z.object({ code: dimensionCode, ...labelFields('name', true), charted: checkbox });
export const dimensionEditForm = z.object({ ...labelFields('name', true), ...labelFields('caption', false), charted: checkbox, position, version });
export const valueAddForm = z.object({ code: valueCode, ...labelFields('label', true) });
export const valueEditForm = z.object({ ...labelFields('label', true), position, retired: checkbox, version });

export type DimensionAddInput = z.infer<typeof dimensionAddForm>;
export type DimensionEditInput = z.infer<typeof dimensionEditForm>;
export type ValueAddInput = z.infer<typeof valueAddForm>;
export type ValueEditInput = z.infer<typeof valueEditForm>;

export const vocabularyParams = z.object({ code: z.string().trim().min(1).max(60) });
export const valueParams = z.object({ code: z.string().trim().min(1).max(60), value: z.string().trim().min(1).max(60) });

/** `{ name_en, name_fr, ... }` -> `{ en, fr, ... }`, leaving out the empty ones. */
export function labelsFrom(form: Record<string, unknown>, prefix: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const locale of supportedLocales) {
    const text = form[`${prefix}_${locale}`];
    if (typeof text === 'string' && text.trim() !== '') labels[locale] = text.trim();
  }
  return labels;
}

const labels = z.partialRecord(z.enum(supportedLocales), z.string().trim().max(200)).refine((value) => Boolean(value.en?.trim()), says('vocabularies.import.english'));
const valueData = z.object({ code: valueCode, labels, retiredYear: z.number().int().min(1945).max(2200).nullable().optional() });

/** A vocabulary set as plain data (the bundle importer's input), checked field by field. */
export const vocabularySetSchema = z.object({
  dimensions: z
    .array(
      z.object({
        code: dimensionCode,
        names: labels,
        captions: z.partialRecord(z.enum(supportedLocales), z.string().trim().max(300)).optional(),
        charted: z.boolean().optional(),
        values: z.array(valueData).max(500),
      }),
    )
    .max(50),
  kinds: z.object({ names: labels.optional(), values: z.array(valueData).max(500) }),
});

// ---- the vocabularies as the rest of the platform reads them (pure functions, for views and services alike) ----

export interface VocabularyValue {
  code: string;
  labels: Labels;
  position: number;
  /** The year the value was retired, or null while it is offered. */
  retiredYear: number | null;
  version: number;
}

export interface Vocabulary {
  code: string;
  purpose: VocabularyPurpose;
  names: Labels;
  captions: Labels;
  charted: boolean;
  position: number;
  version: number;
  values: VocabularyValue[];
}

export interface Vocabularies {
  /** The mapping's dimensions, in the group's order. */
  dimensions: Vocabulary[];
  /** The kinds of organization (an empty list when the group has none yet). */
  kinds: Vocabulary;
}

export const kindsCode = 'organization_kinds';

/** The text in `locale`, else English, else `fallback`. */
export function labelIn(labels: Labels, locale: string, fallback: string): string {
  return labels[locale] || labels.en || fallback;
}

export function findValue(vocabulary: Vocabulary, code: string): VocabularyValue | undefined {
  return vocabulary.values.find((value) => value.code === code);
}

/** A value's label in `locale`; a code the vocabulary does not (or no longer) know is shown as it is. */
export function valueLabel(vocabulary: Vocabulary, code: string, locale: string): string {
  const value = findValue(vocabulary, code);
  return value ? labelIn(value.labels, locale, code) : code;
}

export function vocabularyName(vocabulary: Vocabulary, locale: string): string {
  return labelIn(vocabulary.names, locale, vocabulary.code);
}

/** The values a form or filter offers: those not retired. */
export function offeredValues(vocabulary: Vocabulary): VocabularyValue[] {
  return vocabulary.values.filter((value) => value.retiredYear === null);
}

export function isRetired(vocabulary: Vocabulary, code: string): boolean {
  return (findValue(vocabulary, code)?.retiredYear ?? null) !== null;
}

export function chartedDimensions(vocabularies: Vocabularies): Vocabulary[] {
  return vocabularies.dimensions.filter((dimension) => dimension.charted);
}

export function findDimension(vocabularies: Vocabularies, code: string): Vocabulary | undefined {
  return vocabularies.dimensions.find((dimension) => dimension.code === code);
}

/** A vocabulary's values written as plain data, for importers and the JSON API. */
export interface ValueData {
  code: string;
  labels: Labels;
  retiredYear?: number | null | undefined;
}

export interface DimensionData {
  code: string;
  names: Labels;
  captions?: Labels | undefined;
  charted?: boolean | undefined;
  values: ValueData[];
}

/** A whole vocabulary set as plain data: what `exportVocabularies` returns and `importVocabularies` takes. */
export interface VocabularySetData {
  dimensions: DimensionData[];
  kinds: { names?: Labels | undefined; values: ValueData[] };
}

/** Why a kind of organization is refused: not one of those the group offers, or the group has none yet. */
export function unknownKindMessage(value: string, offered: string[]): string {
  return offered.length === 0 ? localized('raised.vocabulary.noKinds', { value }) : localized('raised.vocabulary.unknownKind', { value, values: offered.join(', ') });
}
