import { z } from 'zod';
import { supportedLocales } from '../../lib/i18n';
import { calendarDay, optional, pageNumber, says } from '../../lib/validation';
import { isTimeZone } from '../../lib/zoned-time';
import { int, timestamp } from '../../lib/api-schemas';
import { decisionAnswerSchema, meetingAnswerSchema } from '../meetings/meetings.schemas';
import { memberSummarySchema } from '../members/members.schemas';
import { positions, roundOutcomes, roundRules, statementKinds, statementStatuses } from './statements.table';

const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, says('fields.clockTime'));
const timeZone = z.string().trim().refine(isTimeZone, says('fields.timeZone'));
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const list = <S extends z.ZodType>(item: S) => z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(item));
const markdownText = z
  .string()
  .max(100_000, says('fields.mayHaveAtMostCharacters', { count: 100_000 }))
  .transform((text) => text.replace(/\r\n/g, '\n').trim())
  .refine((text) => text.length > 0, says('input.required'));

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slugParams = z.object({ slug: z.string().trim().toLowerCase().max(120).regex(slugPattern, says('fields.notStatementAddress')) });
const id = z.coerce.number().int().positive().max(2_147_483_647);
export const roundParams = slugParams.extend({ roundId: id });
export const commentParams = slugParams.extend({ commentId: id });

export const statementListQuery = z.object({
  status: optional(z.enum(statementStatuses)),
  kind: optional(z.enum(statementKinds)),
  year: optional(z.coerce.number().int().min(1990).max(2200)),
  page: pageNumber,
});
export type StatementListQuery = z.infer<typeof statementListQuery>;

export const newStatementForm = z.object({
  kind: z.enum(statementKinds),
  title: z.string().trim().min(3).max(300),
  slug: optional(z.string().trim().toLowerCase().max(100).regex(slugPattern, says('fields.slug'))),
  body: markdownText,
  original_language: optional(z.enum(supportedLocales, 'choose a language')),
});
export type NewStatementInput = z.infer<typeof newStatementForm>;

export const textForm = z.object({
  title: z.string().trim().min(3).max(300),
  body: markdownText,
  note: optional(z.string().trim().max(500)),
  version: z.coerce.number().int().min(1),
});
export type TextInput = z.infer<typeof textForm>;

export const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const commentForm = z.object({
  paragraph: z.coerce.number().int().min(1, says('fields.chooseParagraph')).max(10_000),
  body: z.string().trim().min(2).max(4000),
  role_only: checkbox,
});
export type CommentInput = z.infer<typeof commentForm>;

export const commentStatusForm = z.object({ status: z.enum(['open', 'resolved']) });

/** Who a consultation can invite: the roles of the workspace (survivor advisors among them). */
export const consultedRoles = ['member', 'focal_point', 'cochair', 'survivor_advisor'] as const;

export const consultationForm = z.object({
  roles: list(z.enum(consultedRoles)).refine((roles) => roles.length > 0, says('fields.inviteGroup')),
  deadline: calendarDay,
  note: optional(z.string().trim().max(2000)),
});
export type ConsultationInput = z.infer<typeof consultationForm>;

export const roundForm = z.object({
  rule: z.enum(roundRules),
  quorum: optional(
    z.coerce
      .number()
      .int()
      .min(1, says('input.numberTooSmall', { count: 1 }))
      .max(1000),
  ),
  deadline: calendarDay,
  deadline_time: optional(clockTime),
  time_zone: optional(timeZone),
  note: optional(z.string().trim().max(2000)),
});
export type RoundInput = z.infer<typeof roundForm>;

export const positionForm = z.object({
  position: z.enum(positions),
  comment: optional(z.string().trim().max(4000)),
  version: z.coerce.number().int().min(0),
});
export type PositionInput = z.infer<typeof positionForm>;

export const adoptForm = z.object({
  meeting: id,
  title: optional(z.string().trim().min(3).max(500)),
  body: optional(z.string().trim().max(20_000)),
});
export type AdoptInput = z.infer<typeof adoptForm>;

export const publishForm = z.object({ published_on: optional(calendarDay) });
export const withdrawForm = z.object({ reason: z.string().trim().min(3, says('fields.sayWhyWithdrawn')).max(2000) });

// ---- what the JSON API answers ----

const tallySchema = z.object({ total: int, endorsed: int, abstained: int, objected: int, silent: int, responded: int });
const versionInfoSchema = z.object({ number: int, title: z.string(), note: z.string().nullable(), authorLabel: z.string(), createdAt: timestamp });

const roundAnswerSchema = z.object({
  id: int,
  versionNumber: int,
  rule: z.enum(roundRules),
  quorum: int.nullable(),
  deadline: timestamp,
  /** The zone the deadline was set in, and is shown in. */
  timeZone: z.string(),
  openedAt: timestamp,
  closedAt: timestamp.nullable(),
  outcome: z.enum(roundOutcomes).nullable(),
  note: z.string().nullable(),
  totalAsOf: z.string().nullable(),
  listed: int,
  tally: tallySchema,
  /** Open: no outcome yet. Accepting: open and before the deadline. */
  open: z.boolean(),
  accepting: z.boolean(),
  /** Each organization's position (members only; empty for others). */
  positions: z.array(z.object({ entity: memberSummarySchema, position: z.enum(positions), comment: z.string().nullable(), recordedBy: z.string(), recordedAt: timestamp, version: int })),
  result: z.object({ endorsed: int, abstained: int, objected: int, silent: int, endorserIds: z.array(int), silentConsentIds: z.array(int), unnamedEndorsers: int }).nullable(),
});

export const statementAnswerSchema = z.object({
  id: int,
  slug: z.string(),
  kind: z.enum(statementKinds),
  title: z.string(),
  status: z.enum(statementStatuses),
  year: int,
  publishedOn: z.string().nullable(),
  isSummary: z.boolean(),
  isSample: z.boolean(),
  originalLanguage: z.enum(supportedLocales),
  url: z.string(),
  sources: z.array(z.string()),
  withdrawnReason: z.string().nullable(),
  version: int,
  text: versionInfoSchema.extend({ body: z.string(), paragraphs: z.array(z.string()) }),
  versions: z.array(versionInfoSchema),
  comments: z.array(
    z.object({
      id: int,
      versionNumber: int,
      paragraph: int,
      excerpt: z.string(),
      body: z.string(),
      /** Null when the commenter asked to be shown by role only. */
      authorName: z.string().nullable(),
      authorEntity: z.string().nullable(),
      authorRole: z.string(),
      status: z.enum(['open', 'resolved']),
      createdAt: timestamp,
      canResolve: z.boolean(),
      inConsultation: z.boolean(),
    }),
  ),
  openComments: int,
  consultation: z.object({ id: int, invitedRoles: z.array(z.string()), deadline: timestamp, note: z.string().nullable(), openedAt: timestamp, accepting: z.boolean() }).nullable(),
  rounds: z.array(roundAnswerSchema),
  endorsement: z
    .object({
      roundId: int,
      rule: z.enum(roundRules),
      versionNumber: int,
      closedAt: timestamp,
      total: int,
      totalAsOf: z.string().nullable(),
      endorsers: z.array(memberSummarySchema),
      silentConsent: z.array(memberSummarySchema),
      /** Endorsers counted but not named: members the directory does not list. */
      unnamed: int,
      publicNote: z.string().nullable(),
    })
    .nullable(),
  adoption: decisionAnswerSchema.extend({ meeting: meetingAnswerSchema }).nullable(),
  /** For a co-chair outside their term, on a text still worked on: the year, and the years of their term. */
  outOfTerm: z.object({ year: int, termYears: z.array(int) }).nullable(),
});

export const tallyAnswerSchema = z.object({
  roundId: int,
  open: z.boolean(),
  accepting: z.boolean(),
  outcome: z.enum(roundOutcomes).nullable(),
  tally: tallySchema,
  /** The tally in words, in the caller's language. */
  text: z.string(),
  totalAsOf: z.string().nullable(),
  listed: int,
});
