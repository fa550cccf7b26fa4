/**
 * What members share in a group: posts (kind, title, summary, tags, links, files) and threaded
 * replies. Only people of the group's member entities (and admins) read or write them. Each post is
 * in the search index with visibility 'group', so search shows it to the same people only.
 */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, fieldError, showStaleAfter, staleRecord } from '../../lib/errors';
import type { DownloadableFile, StoredFile } from '../../lib/uploads';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import type { Executor } from '../../db/database';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import * as files from '../files/files.service';
import * as search from '../search/search.service';
import { groupForPosting, groupForReading, type GroupRights } from './groups.service';
import * as repo from './groups.repository';
import type { Group, Post, PostFile, PostInput, PostListQuery, Reply, ReplyInput } from './groups.schemas';
import { notifyNewPost } from './notifications.service';
import { localized } from '../../lib/i18n';
import { reindexPost } from './posts.search.service';

export { reindexPosts } from './posts.search.service';
export { loadSamplePosts, type SamplePost } from './groups.seed';

export const postPageSize = 20;
export const maxRepliesShown = 500;
export const maxFilesPerPost = 5;
const maxTags = 500;

export interface IncomingFile {
  fileName: string;
  bytes: Buffer;
}

async function acronymsOf(deps: Deps, entityIds: (number | null)[]): Promise<Map<number, string>> {
  const ids = [...new Set(entityIds.filter((id): id is number => id !== null))];
  const summaries = await members.summariesByIds(deps, ids);
  return new Map([...summaries].map(([id, summary]) => [id, summary.acronym]));
}

function fileHref(group: Group, postId: number, fileId: number): string {
  return `/groups/${group.slug}/posts/${postId}/files/${fileId}`;
}

async function toPosts(deps: Deps, group: Group, rows: repo.PostRow[]): Promise<Post[]> {
  const ids = rows.map((row) => row.id);
  const [files, replies, acronyms] = await Promise.all([
    repo.listFilesOfPosts(deps.db, ids),
    repo.countReplies(deps.db, ids),
    acronymsOf(
      deps,
      rows.map((row) => row.entity_id),
    ),
  ]);
  return rows.map((row) => ({
    id: row.id,
    groupId: row.group_id,
    groupSlug: group.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    themes: row.themes,
    crises: row.crises,
    regions: row.regions,
    links: row.links,
    authorAccountId: row.author_account_id,
    authorName: row.author_name,
    entityAcronym: row.entity_id !== null ? (acronyms.get(row.entity_id) ?? null) : null,
    isSample: row.is_sample,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    replyCount: replies.get(row.id) ?? 0,
    files: files
      .filter((file) => file.post_id === row.id)
      .map((file): PostFile => ({ id: file.id, name: file.original_name, mimeType: file.mime_type, sizeBytes: file.size_bytes, href: fileHref(group, row.id, file.id) })),
  }));
}

function postFromJson(group: Group, { entity_acronym, reply_count, files, ...json }: repo.PostJson): Post {
  const row = { ...json, created_at: new Date(json.created_at), updated_at: new Date(json.updated_at) };
  return {
    id: row.id,
    groupId: row.group_id,
    groupSlug: group.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    themes: row.themes,
    crises: row.crises,
    regions: row.regions,
    links: row.links,
    authorAccountId: row.author_account_id,
    authorName: row.author_name,
    entityAcronym: entity_acronym,
    isSample: row.is_sample,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    replyCount: Number(reply_count),
    files: files.map((file): PostFile => ({ id: file.id, name: file.original_name, mimeType: file.mime_type, sizeBytes: file.size_bytes, href: fileHref(group, row.id, file.id) })),
  };
}

export interface PostPage {
  group: Group;
  rights: GroupRights;
  items: Post[];
  page: number;
  pageSize: number;
  total: number;
  themes: string[];
  crises: string[];
}

export async function listPosts(deps: Deps, actor: Actor | null, slug: string, query: PostListQuery): Promise<PostPage> {
  const { group, rights } = await groupForReading(deps, actor, slug);
  const filter = { kind: query.kind, theme: query.theme, crisis: query.crisis };
  const { posts, total, themes, crises } = await repo.findPostPage(deps.db, group.id, filter, postPageSize, (query.page - 1) * postPageSize, maxTags);
  return { group, rights, items: posts.map((json) => postFromJson(group, json)), page: query.page, pageSize: postPageSize, total, themes, crises };
}

async function postIn(deps: Deps, group: Group, id: number): Promise<repo.PostRow> {
  const row = await repo.findPost(deps.db, id);
  if (!row || row.group_id !== group.id) throw notFound('post');
  return row;
}

function threadOf(rows: repo.ReplyRow[], acronyms: Map<number, string>): Reply[] {
  const byId = new Map<number, Reply>();
  const roots: Reply[] = [];
  for (const row of rows) {
    byId.set(row.id, {
      id: row.id,
      parentReplyId: row.parent_reply_id,
      body: row.body,
      authorName: row.author_name,
      entityAcronym: row.entity_id !== null ? (acronyms.get(row.entity_id) ?? null) : null,
      createdAt: row.created_at,
      replies: [],
    });
  }
  for (const reply of byId.values()) {
    const parent = reply.parentReplyId !== null ? byId.get(reply.parentReplyId) : undefined;
    (parent ? parent.replies : roots).push(reply);
  }
  return roots;
}

export interface PostThread {
  group: Group;
  rights: GroupRights;
  post: Post;
  replies: Reply[];
  mayEdit: boolean;
}

export async function getPost(deps: Deps, actor: Actor | null, slug: string, id: number): Promise<PostThread> {
  const { group, rights } = await groupForReading(deps, actor, slug);
  const row = await postIn(deps, group, id);
  const [post] = await toPosts(deps, group, [row]);
  const replyRows = await repo.listReplies(deps.db, row.id, maxRepliesShown);
  const acronyms = await acronymsOf(
    deps,
    replyRows.map((reply) => reply.entity_id),
  );
  const mayEdit = rights.post && row.author_account_id !== null && actor !== null && (row.author_account_id === actor.accountId || actor.roles.includes('admin'));
  return { group, rights, post: post as Post, replies: threadOf(replyRows, acronyms), mayEdit };
}

/** One spelling per tag in a group: a tag typed like an existing one ("ukraine") takes its spelling ("Ukraine"). */
async function canonicalTags(deps: Deps, groupId: number, column: 'themes' | 'crises' | 'regions', tags: string[]): Promise<string[]> {
  if (tags.length === 0) return [];
  const existing = new Map((await repo.listTags(deps.db, groupId, column, maxTags)).map((tag) => [tag.toLowerCase(), tag]));
  return [...new Set(tags.map((tag) => existing.get(tag.toLowerCase()) ?? tag))];
}

async function storeFiles(trx: Executor, uploads: IncomingFile[], now: Date): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  for (const upload of uploads) stored.push(await files.storeUpload(trx, upload.bytes, upload.fileName, now));
  return stored;
}

async function insertFiles(trx: Executor, postId: number, stored: StoredFile[], at: Date): Promise<void> {
  for (const file of stored) {
    await repo.insertPostFile(trx, {
      post_id: postId,
      stored_name: file.storedName,
      original_name: file.originalName,
      mime_type: file.mimeType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      created_at: at,
    });
  }
}

export async function createPost(deps: Deps, actor: Actor | null, slug: string, input: PostInput, uploads: IncomingFile[] = []): Promise<Post> {
  const group = await groupForPosting(deps, actor, slug);
  authorize(actor, 'group.post', { entityIds: group.members.map((member) => member.entityId) });
  if (uploads.length > maxFilesPerPost)
    throw new AppError('PAYLOAD_TOO_LARGE', localized('raised.post.maxFiles', { count: maxFilesPerPost }), {
      fields: [{ field: 'files', message: localized('raised.post.maxFilesField', { count: maxFilesPerPost }) }],
    });
  const [themes, crises, regions] = await Promise.all([
    canonicalTags(deps, group.id, 'themes', input.themes),
    canonicalTags(deps, group.id, 'crises', input.crises),
    canonicalTags(deps, group.id, 'regions', input.regions),
  ]);
  files.checkUploads(uploads, 'files');
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const stored = await storeFiles(trx, uploads, now);
    const created = await repo.insertPost(trx, {
      group_id: group.id,
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      themes,
      crises,
      regions,
      links: JSON.stringify(input.links),
      author_account_id: actor.accountId > 0 ? actor.accountId : null,
      author_name: actor.name,
      entity_id: actor.entityId,
      created_at: now,
      updated_at: now,
    });
    await insertFiles(trx, created.id, stored, now);
    await reindexPost(trx, group, created.id);
    await audit.record(trx, now, { actor, action: 'create', table: 'group_posts', recordId: created.id, entityId: actor.entityId, after: { ...created, files: stored } });
    return created;
  });
  const [post] = await toPosts(deps, group, [row]);
  await notifyNewPost(deps, group, {
    id: row.id,
    title: row.title,
    summary: row.summary,
    authorName: row.author_name,
    entityAcronym: actor.entityAcronym,
    authorAccountId: row.author_account_id,
    createdAt: row.created_at,
  });
  return post as Post;
}

export const stalePost = staleRecord<Post>('raised.post.stale');
/** Inside the transaction the refusal carries the row; the post is shown whole once it is over. */
const stalePostRow = staleRecord<repo.PostRow>('raised.post.stale');

async function postForEditing(deps: Deps, actor: Actor | null, slug: string, id: number): Promise<{ group: Group; row: repo.PostRow }> {
  const group = await groupForPosting(deps, actor, slug);
  const row = await postIn(deps, group, id);
  authorize(actor, 'group.post.edit', { accountId: row.author_account_id ?? -1 });
  return { group, row };
}

/** The post as its author may edit it (else FORBIDDEN). */
export async function getPostForEditing(deps: Deps, actor: Actor | null, slug: string, id: number): Promise<{ group: Group; post: Post }> {
  const { group, row } = await postForEditing(deps, actor, slug, id);
  const [post] = await toPosts(deps, group, [row]);
  return { group, post: post as Post };
}

export async function updatePost(deps: Deps, actor: Actor | null, slug: string, id: number, input: PostInput, uploads: IncomingFile[] = []): Promise<Post> {
  const { group, row } = await postForEditing(deps, actor, slug, id);
  const existingFiles = await repo.listFilesOfPosts(deps.db, [row.id]);
  if (existingFiles.length + uploads.length > maxFilesPerPost) {
    throw new AppError('PAYLOAD_TOO_LARGE', localized('raised.post.maxFiles', { count: maxFilesPerPost }), {
      fields: [{ field: 'files', message: localized('raised.post.maxFilesField', { count: maxFilesPerPost }) }],
    });
  }
  const [themes, crises, regions] = await Promise.all([
    canonicalTags(deps, group.id, 'themes', input.themes),
    canonicalTags(deps, group.id, 'crises', input.crises),
    canonicalTags(deps, group.id, 'regions', input.regions),
  ]);
  files.checkUploads(uploads, 'files');
  const now = deps.clock.now();
  const save = () =>
    deps.db.transaction().execute(async (trx) => {
      let stored: Awaited<ReturnType<typeof storeFiles>> = [];
      await updateVersioned(trx, {
        table: 'group_posts',
        before: row,
        expectedVersion: input.version,
        changes: { kind: input.kind, title: input.title, summary: input.summary, themes, crises, regions, links: JSON.stringify(input.links) },
        at: now,
        stale: stalePostRow,
        show: (current) => current,
        related: async () => {
          stored = await storeFiles(trx, uploads, now);
          await insertFiles(trx, row.id, stored, now);
        },
        reindex: () => reindexPost(trx, group, row.id),
        audit: (saved) => audit.record(trx, now, { actor, action: 'update', table: 'group_posts', recordId: row.id, entityId: row.entity_id, before: row, after: { ...saved, addedFiles: stored } }),
      });
    });
  // The newer post is shown once the transaction is over: on the embedded database a second connection would wait for it.
  await showStaleAfter(save, stalePostRow, stalePost, async (current) => (await toPosts(deps, group, [current]))[0] as Post);
  return (await getPost(deps, actor, slug, row.id)).post;
}

export async function deletePost(deps: Deps, actor: Actor | null, slug: string, id: number): Promise<void> {
  const { row } = await postForEditing(deps, actor, slug, id);
  const postFiles = await repo.listFilesOfPosts(deps.db, [row.id]);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await repo.deletePost(trx, row.id);
    await files.deleteFiles(
      trx,
      postFiles.map((file) => file.stored_name),
    );
    await search.removeDocument(trx, 'group_post', row.id);
    await audit.record(trx, now, { actor, action: 'delete', table: 'group_posts', recordId: row.id, entityId: row.entity_id, before: { ...row, files: postFiles } });
  });
}

export async function addReply(deps: Deps, actor: Actor | null, slug: string, postId: number, input: ReplyInput): Promise<Reply> {
  const group = await groupForPosting(deps, actor, slug);
  authorize(actor, 'group.post', { entityIds: group.members.map((member) => member.entityId) });
  const post = await postIn(deps, group, postId);
  if (input.parent_reply_id !== undefined) {
    const parent = await repo.findReply(deps.db, input.parent_reply_id);
    if (!parent || parent.post_id !== post.id) {
      throw fieldError('parent_reply_id', localized('raised.post.notReply'));
    }
  }
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertReply(trx, {
      post_id: post.id,
      parent_reply_id: input.parent_reply_id ?? null,
      body: input.body,
      author_account_id: actor.accountId > 0 ? actor.accountId : null,
      author_name: actor.name,
      entity_id: actor.entityId,
      created_at: now,
    });
    await reindexPost(trx, group, post.id);
    await audit.record(trx, now, { actor, action: 'create', table: 'group_replies', recordId: created.id, entityId: actor.entityId, after: created });
    return created;
  });
  return { id: row.id, parentReplyId: row.parent_reply_id, body: row.body, authorName: row.author_name, entityAcronym: actor.entityAcronym, createdAt: row.created_at, replies: [] };
}

/** A post's file, for someone who may read the group. */
export async function getPostFile(deps: Deps, actor: Actor | null, slug: string, postId: number, fileId: number): Promise<DownloadableFile> {
  const { group } = await groupForReading(deps, actor, slug);
  await postIn(deps, group, postId);
  const file = await repo.findPostFile(deps.db, postId, fileId);
  if (!file) throw notFound('file');
  const bytes = await files.readFileBytes(deps.db, file.stored_name);
  return { originalName: file.original_name, mimeType: file.mime_type, bytes };
}

/** What the members shared in one working group during a year, counted (the annual report shows counts, never the posts). */
export interface PostTally {
  total: number;
  /** Posts per organization (null: a post by nobody's organization), by acronym. */
  byEntity: { acronym: string | null; count: number }[];
  /** The themes and crises the posts were tagged with, sorted. */
  tags: string[];
  anySample: boolean;
}

/** Every working group's posts of a year, counted in one read: by group id. */
export async function tallyPostsOfYear(deps: Deps, year: number): Promise<Map<number, PostTally>> {
  const rows = await repo.tallyPosts(deps.db, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1)));
  const acronyms = await acronymsOf(
    deps,
    rows.map((row) => row.entity_id),
  );
  const out = new Map<number, PostTally>();
  for (const row of rows) {
    const tally = out.get(row.group_id) ?? { total: 0, byEntity: [], tags: [], anySample: false };
    tally.total += row.count;
    tally.byEntity.push({ acronym: row.entity_id === null ? null : (acronyms.get(row.entity_id) ?? null), count: row.count });
    tally.tags = [...new Set([...tally.tags, ...row.tags])].sort();
    tally.anySample ||= row.any_sample;
    out.set(row.group_id, tally);
  }
  return out;
}
