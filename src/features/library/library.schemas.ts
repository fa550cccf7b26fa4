import { z } from 'zod';
import { supportedLocales, type Locale } from '../../lib/i18n';
import { int, pageWithYears, partialDay, timestamp } from '../../lib/api-schemas';
import { optional, pageNumber, says } from '../../lib/validation';

export const publicationKinds = ['issue_brief', 'annual_report', 'statement', 'toolkit', 'paper', 'contribution'] as const;
export type PublicationKindValue = (typeof publicationKinds)[number];

const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, says('fields.partialDate'));
const year = optional(z.coerce.number().int().min(1990, says('fields.year')).max(2200, says('fields.year')));
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const webAddress = optional(
  z
    .string()
    .trim()
    .max(2000)
    .url(says('fields.webAddress'))
    .refine((value) => /^https?:\/\//i.test(value), says('fields.httpStart')),
);
const list = (max: number, itemMax: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((text) => [
      ...new Set(
        (text ?? '')
          .split(/[,;\n]/)
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(itemMax)).max(30));

export const publicationForm = z.object({
  kind: z.enum(publicationKinds, says('fields.chooseKind')),
  number: optional(
    z.coerce
      .number()
      .int()
      .min(1, says('input.numberTooSmall', { count: 1 }))
      .max(999),
  ),
  number_uncertain: checkbox,
  title: z.string().trim().min(3).max(400),
  year,
  year_uncertain: checkbox,
  summary: z.string().trim().max(20_000).default(''),
  /** Left out by a client that does not know it: the language stays as it is ('en' for a new record). */
  original_language: optional(z.enum(supportedLocales, 'choose a language')),
  languages: list(500, 40),
  url: webAddress,
  note: optional(z.string().trim().max(1000)),
  version: z.coerce.number().int().min(0).default(0),
});
export type PublicationInput = z.infer<typeof publicationForm>;

const time = optional(
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, says('fields.hoursMinutes')),
);

/** Speakers, one a line: "Name, role". */
const speakerLines = z
  .string()
  .max(5000)
  .optional()
  .transform((text) =>
    (text ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [name = '', ...role] = line.split(',');
        return { name: name.trim(), role: role.join(',').trim() || null };
      }),
  )
  .pipe(z.array(z.object({ name: z.string().min(1).max(200), role: z.string().max(300).nullable() })).max(50));

export const eventForm = z.object({
  title: z.string().trim().min(3).max(400),
  starts_on: partialDate,
  ends_on: optional(partialDate),
  start_time: time,
  end_time: time,
  time_zone: optional(z.string().trim().max(64)),
  place: optional(z.string().trim().max(300)),
  online: checkbox,
  organizers: list(1000, 200),
  margins_of: optional(z.string().trim().max(300)),
  speakers: speakerLines,
  summary: z.string().trim().max(20_000).default(''),
  original_language: optional(z.enum(supportedLocales, 'choose a language')),
  url: webAddress,
  note: optional(z.string().trim().max(1000)),
  version: z.coerce.number().int().min(0).default(0),
});
export type EventInput = z.infer<typeof eventForm>;

export const slugParams = z.object({ slug: z.string().trim().min(1).max(120) });

export const publicationListQuery = z.object({
  kind: optional(z.enum(publicationKinds)),
  year,
  page: pageNumber,
});
export type PublicationListQuery = z.infer<typeof publicationListQuery>;

export const eventListQuery = z.object({ year, page: pageNumber });
export type EventListQuery = z.infer<typeof eventListQuery>;

export const statusForm = z.object({ status: z.enum(['draft', 'published']), version: z.coerce.number().int().min(1) });

export interface Publication {
  id: number;
  slug: string;
  kind: PublicationKindValue;
  number: number | null;
  numberUncertain: boolean;
  title: string;
  year: number | null;
  yearUncertain: boolean;
  summary: string;
  /** The language title and summary are written in. */
  originalLanguage: Locale;
  languages: string[];
  url: string | null;
  file: { name: string; mimeType: string; sizeBytes: number; href: string } | null;
  note: string | null;
  sources: string[];
  status: 'draft' | 'published';
  version: number;
  updatedAt: Date;
}

export interface LibraryEvent {
  id: number;
  slug: string;
  title: string;
  startsOn: string;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  timeZone: string | null;
  place: string | null;
  online: boolean;
  organizers: string[];
  marginsOf: string | null;
  speakers: { name: string; role: string | null }[];
  summary: string;
  originalLanguage: Locale;
  url: string | null;
  note: string | null;
  uncertain: boolean;
  sources: string[];
  status: 'draft' | 'published';
  version: number;
  updatedAt: Date;
  /** An .ics needs a known day. */
  hasCalendar: boolean;
}

// ---- what the JSON API answers ----

export const publicationAnswerSchema = z.object({
  id: int,
  slug: z.string(),
  kind: z.enum(publicationKinds),
  number: int.nullable(),
  numberUncertain: z.boolean(),
  title: z.string(),
  year: int.nullable(),
  yearUncertain: z.boolean(),
  summary: z.string(),
  originalLanguage: z.enum(supportedLocales),
  languages: z.array(z.string()),
  url: z.string().nullable(),
  file: z.object({ name: z.string(), mimeType: z.string(), sizeBytes: int, href: z.string() }).nullable(),
  note: z.string().nullable(),
  sources: z.array(z.string()),
  status: z.enum(['draft', 'published']),
  version: int,
  updatedAt: timestamp,
});

export const publicationPageAnswerSchema = z.object({ items: z.array(publicationAnswerSchema), ...pageWithYears });

export const eventAnswerSchema = z.object({
  id: int,
  slug: z.string(),
  title: z.string(),
  startsOn: partialDay,
  endsOn: partialDay.nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  timeZone: z.string().nullable(),
  place: z.string().nullable(),
  online: z.boolean(),
  organizers: z.array(z.string()),
  marginsOf: z.string().nullable(),
  speakers: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
  summary: z.string(),
  originalLanguage: z.enum(supportedLocales),
  url: z.string().nullable(),
  note: z.string().nullable(),
  uncertain: z.boolean(),
  sources: z.array(z.string()),
  status: z.enum(['draft', 'published']),
  version: int,
  updatedAt: timestamp,
  hasCalendar: z.boolean(),
});

export const eventPageAnswerSchema = z.object({ items: z.array(eventAnswerSchema), ...pageWithYears });
