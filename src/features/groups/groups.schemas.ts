import { z } from 'zod';
import { localized } from '../../lib/i18n';
import { int, pageFields, timestamp } from '../../lib/api-schemas';
import { optional, pageNumber, says, whenFieldsValid } from '../../lib/validation';

export const groupKinds = ['standing', 'ad_hoc'] as const;
export const postKinds = ['policy_brief', 'guidance', 'statement', 'data', 'meeting_note', 'request_for_input'] as const;
export const subscriptionModes = ['immediate', 'digest', 'none'] as const;

const partialDate = optional(
  z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, says('fields.partialDate')),
);
const acronymList = z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().trim().min(1).max(60)).max(200));

/** Tags typed as "a, b; c": split, trimmed, de-duplicated, at most 12 of 60 characters. */
const tagList = z
  .string()
  .max(1000)
  .optional()
  .transform((text) => [
    ...new Set(
      (text ?? '')
        .split(/[,;\n]/)
        .map((tag) => tag.trim().replace(/\s+/g, ' '))
        .filter((tag) => tag !== ''),
    ),
  ])
  .pipe(z.array(z.string().max(60, says('fields.tagTooLong', { count: 60 }))).max(12, says('fields.atMostTags', { count: 12 })));

/** One link per line: the address, then an optional label ("https://… Label"). */
const linkLines = z
  .string()
  .max(5000)
  .optional()
  .transform((text, context) => {
    const links: { url: string; label: string }[] = [];
    for (const line of (text ?? '')
      .split(/\r?\n/)
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [address = '', ...label] = line.split(/\s+/);
      let url: URL | null = null;
      try {
        url = new URL(address);
      } catch {
        url = null;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol)) {
        context.addIssue({ code: 'custom', message: localized('fields.notWebAddress', { address: address.slice(0, 80) }) });
        return z.NEVER;
      }
      links.push({ url: url.toString(), label: label.join(' ') || url.hostname });
    }
    if (links.length > 20) {
      context.addIssue({ code: 'custom', message: localized('fields.atMostLinks', { count: 20 }) });
      return z.NEVER;
    }
    return links;
  });

export const groupForm = z
  .object({
    name: z.string().trim().min(3).max(200),
    kind: z.enum(groupKinds),
    mandate: z.string().trim().min(1).max(10_000),
    formed_on: partialDate,
    formed_reason: optional(z.string().trim().max(4000)),
    closed_on: partialDate,
    entities: acronymList,
    conveners: acronymList,
    version: z.coerce.number().int().min(0).default(0),
  })
  .refine((form) => !form.formed_on || !form.closed_on || form.closed_on >= form.formed_on, {
    ...says('fields.notBeforeFormed'),
    path: ['closed_on'],
    ...whenFieldsValid('formed_on', 'closed_on'),
  });
export type GroupInput = z.infer<typeof groupForm>;

export const postForm = z.object({
  kind: z.enum(postKinds, says('fields.chooseKind')),
  title: z.string().trim().min(3).max(300),
  summary: z.string().trim().min(1).max(20_000),
  themes: tagList,
  crises: tagList,
  regions: tagList,
  links: linkLines,
  version: z.coerce.number().int().min(0).default(0),
});
export type PostInput = z.infer<typeof postForm>;

export const replyForm = z.object({
  body: z.string().trim().min(1).max(10_000),
  parent_reply_id: optional(z.coerce.number().int().positive()),
});
export type ReplyInput = z.infer<typeof replyForm>;

/** `from: account` when the choice was made on /account/notifications, which the answer returns to. */
export const subscriptionForm = z.object({ mode: z.enum(subscriptionModes), from: z.enum(['account']).optional() });

export const groupParams = z.object({ slug: z.string().trim().min(1).max(100) });
export const postParams = groupParams.extend({ id: z.coerce.number().int().positive() });
export const fileParams = postParams.extend({ fileId: z.coerce.number().int().positive() });

export const postListQuery = z.object({
  kind: optional(z.enum(postKinds)),
  theme: optional(z.string().trim().max(60)),
  crisis: optional(z.string().trim().max(60)),
  page: pageNumber,
});
export type PostListQuery = z.infer<typeof postListQuery>;

export const coordinationQuery = z.object({
  by: z.enum(['crisis', 'theme']).default('crisis'),
  tag: optional(z.string().trim().max(60)),
});
export type CoordinationQuery = z.infer<typeof coordinationQuery>;

export interface GroupMember {
  entityId: number;
  acronym: string;
  name: string;
  slug: string;
  convener: boolean;
}

export interface Group {
  id: number;
  slug: string;
  name: string;
  kind: (typeof groupKinds)[number];
  mandate: string;
  formedOn: string | null;
  formedReason: string | null;
  closedOn: string | null;
  sources: string[];
  version: number;
  members: GroupMember[];
}

export interface PostFile {
  id: number;
  name: string;
  mimeType: string;
  sizeBytes: number;
  href: string;
}

export interface Post {
  id: number;
  groupId: number;
  groupSlug: string;
  kind: (typeof postKinds)[number];
  title: string;
  summary: string;
  themes: string[];
  crises: string[];
  regions: string[];
  links: { url: string; label: string }[];
  authorAccountId: number | null;
  authorName: string;
  entityAcronym: string | null;
  isSample: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  files: PostFile[];
  replyCount: number;
}

export interface Reply {
  id: number;
  parentReplyId: number | null;
  body: string;
  authorName: string;
  entityAcronym: string | null;
  createdAt: Date;
  replies: Reply[];
}

// ---- what the JSON API answers ----

export const groupListAnswerSchema = z.object({
  groups: z.array(
    z.object({
      id: int,
      slug: z.string(),
      name: z.string(),
      kind: z.enum(groupKinds),
      mandate: z.string(),
      formedOn: z.string().nullable(),
      formedReason: z.string().nullable(),
      closedOn: z.string().nullable(),
      sources: z.array(z.string()),
      version: int,
      members: z.array(z.object({ entityId: int, acronym: z.string(), name: z.string(), slug: z.string(), convener: z.boolean() })),
      /** What the caller may do in the group. */
      rights: z.object({ read: z.boolean(), post: z.boolean(), manage: z.boolean() }),
    }),
  ),
});

export const postPageAnswerSchema = z.object({
  group: z.object({ slug: z.string(), name: z.string() }),
  items: z.array(
    z.object({
      id: int,
      groupId: int,
      groupSlug: z.string(),
      kind: z.enum(postKinds),
      title: z.string(),
      summary: z.string(),
      themes: z.array(z.string()),
      crises: z.array(z.string()),
      regions: z.array(z.string()),
      links: z.array(z.object({ url: z.string(), label: z.string() })),
      authorAccountId: int.nullable(),
      authorName: z.string(),
      entityAcronym: z.string().nullable(),
      isSample: z.boolean(),
      createdAt: timestamp,
      updatedAt: timestamp,
      version: int,
      files: z.array(z.object({ id: int, name: z.string(), mimeType: z.string(), sizeBytes: int, href: z.string() })),
      replyCount: int,
    }),
  ),
  ...pageFields,
});
