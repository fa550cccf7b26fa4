import { z } from 'zod';
import { supportedLocales } from '../../lib/i18n';
import { optional } from '../../lib/validation';
import { textKinds } from './translations.table';

const markdownText = z
  .string()
  .max(100_000, 'may have at most 100,000 characters')
  .transform((text) => text.replace(/\r\n/g, '\n').trim())
  .refine((text) => text.length > 0, 'is required');
const title = z.string().trim().min(1, 'is required').max(300);
const note = optional(z.string().trim().max(500));

/** A text: its kind, and its id (a report section: the year, a dot, the section's key). */
export const textParams = z.object({
  kind: z.enum(textKinds),
  ref: z
    .string()
    .trim()
    .max(60)
    .regex(/^\d{1,9}(\.[a-z_]{1,40})?$/, 'is not a text'),
});
export const translationParams = textParams.extend({ lang: z.enum(supportedLocales) });

export const newTranslationForm = z.object({
  language: z.enum(supportedLocales, { message: 'choose a language' }),
  title,
  body: markdownText,
  note,
});
export type NewTranslationInput = z.infer<typeof newTranslationForm>;

export const translationTextForm = z.object({
  title,
  body: markdownText,
  note,
  version: z.coerce.number().int().min(1),
});
export type TranslationTextInput = z.infer<typeof translationTextForm>;

/** Approving: the version of the translation the secretariat read, and the record's version it was opened at. */
export const approveForm = z.object({
  number: z.coerce.number().int().min(1),
  version: z.coerce.number().int().min(1),
});
export type ApproveInput = z.infer<typeof approveForm>;

export const translationDiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
