/** The group settings form (/admin/group) and `icat init`: one schema each. */
import { z } from 'zod';
import { supportedLocales, type Locale } from '../../lib/i18n';
import { optionalSections, type OptionalSection } from '../../lib/report-sections';
import { optional, says } from '../../lib/validation';

/** The texts written per language, with their bounds. */
export const textFields = {
  fullName: 300,
  description: 300,
  homeText: 20_000,
  aboutText: 20_000,
  principals: 100,
  principalsMeeting: 150,
  advisors: 100,
} as const;

export type TextField = keyof typeof textFields;
export const textFieldNames = Object.keys(textFields) as TextField[];

/** A text's form field for a language: "fullName_fr". */
export function textFieldName(field: TextField, locale: Locale): string {
  return `${field}_${locale}`;
}

/** The longest name of a report section. */
export const reportSectionMax = 150;

/** A report section's name field for a language: "reportSection_crises_fr". */
export function reportSectionFieldName(section: OptionalSection, locale: Locale): string {
  return `reportSection_${section}_${locale}`;
}

const reportSectionNames = Object.fromEntries(
  optionalSections.flatMap((section) =>
    supportedLocales.map((locale) => [
      reportSectionFieldName(section, locale),
      z.preprocess(
        (value) => (value === undefined || value === null ? '' : value),
        z
          .string()
          .trim()
          .max(reportSectionMax, says('groupSettings.error.tooLong', { max: reportSectionMax })),
      ),
    ]),
  ),
) as Record<string, z.ZodType<string>>;

const colour = z
  .string(says('groupSettings.error.colour'))
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, says('groupSettings.error.colour'))
  .transform((value) => value.toLowerCase());

const prefix = z
  .string(says('groupSettings.error.prefix'))
  .trim()
  .regex(/^[A-Z0-9]{1,10}$/, says('groupSettings.error.prefix'));

function text(field: TextField, locale: Locale) {
  const max = textFields[field];
  const bounded = z.string().trim().max(max, says('groupSettings.error.tooLong', { max }));
  if (field === 'fullName' && locale === 'en') return z.string(says('groupSettings.error.fullName')).trim().min(1, says('groupSettings.error.fullName')).max(max, says('groupSettings.error.fullName'));
  return z.preprocess((value) => (value === undefined || value === null ? '' : value), bounded);
}

const texts = Object.fromEntries(supportedLocales.flatMap((locale) => textFieldNames.map((field) => [textFieldName(field, locale), text(field, locale)]))) as Record<string, z.ZodType<string>>;

export const groupSettingsForm = z.object({
  version: z.coerce.number().int().min(0),
  shortName: z.string(says('groupSettings.error.shortName')).trim().min(1, says('groupSettings.error.shortName')).max(30, says('groupSettings.error.shortName')),
  contactEmail: optional(z.email(says('groupSettings.error.email')).max(200, says('groupSettings.error.email'))),
  primaryColour: colour,
  accentColour: colour,
  prefix_principal: prefix,
  prefix_working: prefix,
  prefix_group: prefix,
  removeLogo: optional(z.string()),
  ...texts,
  ...reportSectionNames,
});

export type GroupSettingsForm = z.infer<typeof groupSettingsForm>;

/** `icat init --name ... --short-name ... [--description ...] [--contact ...]`. */
export const initOptions = z.object({
  name: z.string(says('groupSettings.error.fullName')).trim().min(1, says('groupSettings.error.fullName')).max(300, says('groupSettings.error.fullName')),
  shortName: z.string(says('groupSettings.error.shortName')).trim().min(1, says('groupSettings.error.shortName')).max(30, says('groupSettings.error.shortName')),
  description: optional(
    z
      .string()
      .trim()
      .max(300, says('groupSettings.error.tooLong', { max: 300 })),
  ),
  contact: optional(z.email(says('groupSettings.error.email')).max(200, says('groupSettings.error.email'))),
});

export type InitOptions = z.infer<typeof initOptions>;
