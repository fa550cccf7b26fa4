import { z } from 'zod';
import { optional, pageNumber } from '../../lib/validation';
import { isTimeZone } from '../../lib/zoned-time';
import { positions, roundRules, statementKinds, statementStatuses } from './statements.table';

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)').refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'must be a real date');
const clockTime = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time (HH:MM, 24-hour)');
const timeZone = z.string().trim().refine(isTimeZone, 'must be a time zone such as Europe/Vienna or UTC');
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const list = <S extends z.ZodType>(item: S) => z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(item));
const markdownText = z
  .string()
  .max(100_000, 'may have at most 100,000 characters')
  .transform((text) => text.replace(/\r\n/g, '\n').trim())
  .refine((text) => text.length > 0, 'is required');

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slugParams = z.object({ slug: z.string().trim().toLowerCase().max(120).regex(slugPattern, 'is not a statement address') });
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
  slug: optional(z.string().trim().toLowerCase().max(100).regex(slugPattern, 'may hold lower-case letters, digits and single hyphens')),
  body: markdownText,
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
  paragraph: z.coerce.number().int().min(1, 'choose a paragraph').max(10_000),
  body: z.string().trim().min(2).max(4000),
  role_only: checkbox,
});
export type CommentInput = z.infer<typeof commentForm>;

export const commentStatusForm = z.object({ status: z.enum(['open', 'resolved']) });

/** Who a consultation can invite: the roles of the workspace (survivor advisors among them). */
export const consultedRoles = ['member', 'focal_point', 'cochair', 'survivor_advisor'] as const;

export const consultationForm = z.object({
  roles: list(z.enum(consultedRoles)).refine((roles) => roles.length > 0, 'invite at least one group'),
  deadline: isoDate,
  note: optional(z.string().trim().max(2000)),
});
export type ConsultationInput = z.infer<typeof consultationForm>;

export const roundForm = z.object({
  rule: z.enum(roundRules),
  quorum: optional(z.coerce.number().int().min(1, 'must be 1 or more').max(1000)),
  deadline: isoDate,
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

export const publishForm = z.object({ published_on: optional(isoDate) });
export const withdrawForm = z.object({ reason: z.string().trim().min(3, 'say why the text is withdrawn').max(2000) });
