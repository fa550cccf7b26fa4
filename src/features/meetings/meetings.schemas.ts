import { z } from 'zod';
import { calendarDay, optional, pageNumber, says, whenFieldsValid } from '../../lib/validation';
import { isTimeZone } from '../../lib/zoned-time';
import { attendanceValues, decisionTypes, meetingLevels } from './meetings.table';
import { day, int, pageWithYears, timestamp } from '../../lib/api-schemas';
import { memberSummarySchema } from '../members/members.schemas';

const year = z.coerce.number().int().min(1990, says('fields.year')).max(2200, says('fields.year'));
const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, says('fields.clockTime'));
const webUrl = z.url({ protocol: /^https?$/, ...says('input.notUrl') }).max(2000);
const lines = z
  .string()
  .max(20_000)
  .optional()
  .transform((text) =>
    (text ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
const list = <S extends z.ZodType>(item: S) => z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const meetingListQuery = z.object({
  year: optional(year),
  level: optional(z.enum(meetingLevels)),
  page: pageNumber,
});
export type MeetingListQuery = z.infer<typeof meetingListQuery>;

export const meetingIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const documentParams = meetingIdParams.extend({ documentId: z.coerce.number().int().positive().max(2_147_483_647) });

export const meetingForm = z
  .object({
    level: z.enum(meetingLevels),
    number: optional(
      z.coerce
        .number()
        .int()
        .min(1, says('input.numberTooSmall', { count: 1 }))
        .max(10_000),
    ),
    title: z.string().trim().min(3).max(300),
    date: calendarDay,
    time: optional(clockTime),
    end_time: optional(clockTime),
    time_zone: z.string().trim().refine(isTimeZone, says('fields.timeZone')),
    place: optional(z.string().trim().max(300)),
    online_url: optional(webUrl),
    summary: optional(z.string().trim().max(20_000)),
    visibility: z.enum(['public', 'members']),
    agenda: lines
      .refine((items) => items.length <= 100, says('fields.agendaTooLong', { count: 100 }))
      .refine((items) => items.every((item) => item.length <= 500), says('fields.agendaItemTooLong', { count: 500 })),
    participants: list(z.string().trim().min(1).max(60)),
    version: optional(z.coerce.number().int().min(1)),
  })
  .refine((form) => !form.time || !form.end_time || form.end_time >= form.time, {
    ...says('fields.notBeforeStart'),
    path: ['end_time'],
    ...whenFieldsValid('time', 'end_time'),
  });
export type MeetingInput = z.infer<typeof meetingForm>;

export const attendanceForm = z.object({
  entity: list(z.coerce.number().int().positive()),
  attendance: list(z.union([z.enum(attendanceValues), z.literal('')])),
  note: list(z.string().trim().max(300)),
});
export type AttendanceInput = z.infer<typeof attendanceForm>;

export const documentForm = z.object({
  title: z.string().trim().min(2).max(300),
  url: webUrl,
});
export type DocumentInput = z.infer<typeof documentForm>;

export const minutesForm = z.object({
  minutes: z
    .string()
    .max(200_000)
    .transform((text) => text.replace(/\r\n/g, '\n').trim()),
  version: z.coerce.number().int().min(1),
});
export type MinutesInput = z.infer<typeof minutesForm>;

export const approveMinutesForm = z.object({ version: z.coerce.number().int().min(1) });

export const decisionForm = z.object({
  type: z.enum(decisionTypes),
  /** Required, except for an adoption or an endorsement of co-chairs, which are titled from what they name. */
  title: optional(
    z
      .string()
      .trim()
      .min(3, says('fields.haveAtLeastCharacters', { count: 3 }))
      .max(500),
  ),
  body: optional(z.string().trim().max(20_000)),
  /** For an adoption: the statement adopted (its slug). */
  statement: optional(z.string().trim().max(200)),
  /** For an endorsement of co-chairs: the year of the term and its chairs (acronyms). */
  term_year: optional(year),
  chairs: list(z.string().trim().min(1).max(60)),
});
export type DecisionInput = z.infer<typeof decisionForm>;

export const decisionListQuery = z.object({
  q: optional(z.string().trim().max(200)),
  type: optional(z.enum(decisionTypes)),
  year: optional(year),
  page: pageNumber,
});
export type DecisionListQuery = z.infer<typeof decisionListQuery>;

export const meetingSchema = z.object({
  id: z.number(),
  level: z.enum(meetingLevels),
  number: z.number(),
  title: z.string(),
  startsAt: z.date(),
  startsOn: z.string(),
  endsAt: z.date().nullable(),
  timeZone: z.string(),
  timeKnown: z.boolean(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  visibility: z.enum(['public', 'members']),
  isSample: z.boolean(),
  url: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const decisionSchema = z.object({
  id: z.number(),
  reference: z.string(),
  number: z.number(),
  type: z.enum(decisionTypes),
  title: z.string(),
  body: z.string().nullable(),
  decidedOn: z.string(),
  year: z.number(),
  meetingId: z.number(),
  meetingTitle: z.string(),
  statementId: z.number().nullable(),
  termYear: z.number().nullable(),
  sources: z.array(z.string()),
  url: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

// ---- what the JSON API answers ----

export const meetingAnswerSchema = meetingSchema.extend({ startsAt: timestamp, endsAt: timestamp.nullable(), startsOn: day }).meta({ id: 'Meeting' });
export const decisionAnswerSchema = decisionSchema.extend({ decidedOn: day }).meta({ id: 'Decision' });

export const meetingPageAnswerSchema = z.object({ items: z.array(meetingAnswerSchema), ...pageWithYears });
export const decisionPageAnswerSchema = z.object({ items: z.array(decisionAnswerSchema), ...pageWithYears });

export const meetingDetailAnswerSchema = meetingAnswerSchema.extend({
  summary: z.string().nullable(),
  note: z.string().nullable(),
  sources: z.array(z.string()),
  agenda: z.array(z.string()),
  participants: z.array(z.object({ entity: memberSummarySchema, entityId: int, attendance: z.enum(attendanceValues).nullable(), note: z.string().nullable() })),
  documents: z.array(z.object({ id: int, title: z.string(), url: z.string() })),
  decisions: z.array(decisionAnswerSchema),
  /** The minutes, when the reader may see them. */
  minutes: z.string().nullable(),
  hasMinutes: z.boolean(),
  minutesApprovedAt: timestamp.nullable(),
  invitationsSentAt: timestamp.nullable(),
  version: int,
});
