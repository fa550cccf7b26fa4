import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { GroupEntitiesTable, GroupPostFilesTable, GroupPostsTable, GroupRepliesTable, GroupsTable, GroupSubscriptionsTable, PostKind, SubscriptionMode } from './groups.table';

export type GroupRow = Selectable<GroupsTable>;
export type GroupEntityRow = Selectable<GroupEntitiesTable>;
export type PostRow = Selectable<GroupPostsTable>;
export type PostFileRow = Selectable<GroupPostFilesTable>;
export type ReplyRow = Selectable<GroupRepliesTable>;
export type SubscriptionRow = Selectable<GroupSubscriptionsTable>;

// Groups

export async function listGroups(db: Executor, limit: number): Promise<GroupRow[]> {
  return db
    .selectFrom('groups')
    .selectAll()
    .orderBy('closed_on', (ob) => ob.desc().nullsFirst())
    .orderBy('formed_on', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findGroupBySlug(db: Executor, slug: string): Promise<GroupRow | undefined> {
  return db.selectFrom('groups').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** A member organization of a group as JSON inside the group's row. */
export interface GroupMemberJson {
  entity_id: number;
  convener: boolean;
  acronym: string;
  name: string;
  slug: string;
}

/** A group by slug with its member organizations, in one statement. */
export async function findGroupWithMembers(db: Executor, slug: string): Promise<(GroupRow & { members: GroupMemberJson[] }) | undefined> {
  return db
    .selectFrom('groups as g')
    .selectAll('g')
    .select(
      sql<GroupMemberJson[]>`coalesce((select jsonb_agg(jsonb_build_object('entity_id', ge.entity_id, 'convener', ge.convener, 'acronym', e.acronym, 'name', e.name, 'slug', e.slug))
        from group_entities ge join entities e on e.id = ge.entity_id where ge.group_id = g.id), '[]'::jsonb)`.as('members'),
    )
    .where('g.slug', '=', slug)
    .executeTakeFirst();
}

export async function findGroupById(db: Executor, id: number): Promise<GroupRow | undefined> {
  return db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertGroup(db: Executor, row: Insertable<GroupsTable>): Promise<GroupRow> {
  return db.insertInto('groups').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertGroupIfMissing(db: Executor, row: Insertable<GroupsTable>): Promise<GroupRow | undefined> {
  return db
    .insertInto('groups')
    .values(row)
    .onConflict((oc) => oc.column('slug').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateGroup(db: Executor, id: number, version: number, changes: Updateable<GroupsTable>, at: Date): Promise<GroupRow | undefined> {
  return updateIfVersion(db, 'groups', id, version, changes, at);
}

export async function listGroupEntities(db: Executor, groupIds: number[]): Promise<GroupEntityRow[]> {
  if (groupIds.length === 0) return [];
  return db.selectFrom('group_entities').selectAll().where('group_id', 'in', groupIds).execute();
}

export async function listGroupIdsOfEntity(db: Executor, entityId: number): Promise<number[]> {
  const rows = await db.selectFrom('group_entities').select('group_id').where('entity_id', '=', entityId).execute();
  return rows.map((row) => row.group_id);
}

export async function replaceGroupEntities(db: Executor, groupId: number, entries: { entityId: number; convener: boolean }[]): Promise<void> {
  await db.deleteFrom('group_entities').where('group_id', '=', groupId).execute();
  if (entries.length === 0) return;
  await db
    .insertInto('group_entities')
    .values(entries.map((entry) => ({ group_id: groupId, entity_id: entry.entityId, convener: entry.convener })))
    .execute();
}

export async function addGroupEntityIfMissing(db: Executor, groupId: number, entityId: number): Promise<boolean> {
  const inserted = await db
    .insertInto('group_entities')
    .values({ group_id: groupId, entity_id: entityId, convener: false })
    .onConflict((oc) => oc.columns(['group_id', 'entity_id']).doNothing())
    .returning('entity_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

// Posts

export interface PostFilter {
  kind?: PostKind | undefined;
  theme?: string | undefined;
  crisis?: string | undefined;
}

function filteredPosts(db: Executor, groupId: number, filter: PostFilter) {
  let query = db.selectFrom('group_posts').where('group_id', '=', groupId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.theme) query = query.where(sql<boolean>`themes @> array[${filter.theme}]::text[]`);
  if (filter.crisis) query = query.where(sql<boolean>`crises @> array[${filter.crisis}]::text[]`);
  return query;
}

export async function listPosts(db: Executor, groupId: number, filter: PostFilter, limit: number, offset: number): Promise<PostRow[]> {
  return filteredPosts(db, groupId, filter).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countPosts(db: Executor, groupId: number, filter: PostFilter): Promise<number> {
  const row = await filteredPosts(db, groupId, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A post as JSON (times as text) with its organization's acronym, its number of replies and its files. */
export type PostJson = Omit<PostRow, 'created_at' | 'updated_at'> & {
  created_at: string;
  updated_at: string;
  entity_acronym: string | null;
  reply_count: number;
  files: Pick<PostFileRow, 'id' | 'original_name' | 'mime_type' | 'size_bytes'>[];
};

/** A page of a group's posts with their details, the number that match, and the group's themes and crises, in one statement. */
export async function findPostPage(
  db: Executor,
  groupId: number,
  filter: PostFilter,
  limit: number,
  offset: number,
  maxTags: number,
): Promise<{ posts: PostJson[]; total: number; themes: string[]; crises: string[] }> {
  const page = filteredPosts(db, groupId, filter).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset);
  const count = filteredPosts(db, groupId, filter).select((eb) => eb.fn.countAll<number>().as('count'));
  return db
    .selectNoFrom([
      sql<PostJson[]>`coalesce((select jsonb_agg(to_jsonb(p) || jsonb_build_object(
          'entity_acronym', (select e.acronym from entities e where e.id = p.entity_id),
          'reply_count', (select count(*) from group_replies r where r.post_id = p.id),
          'files', coalesce((select jsonb_agg(jsonb_build_object('id', f.id, 'original_name', f.original_name, 'mime_type', f.mime_type, 'size_bytes', f.size_bytes) order by f.id) from group_post_files f where f.post_id = p.id), '[]'::jsonb)
        ) order by p.created_at desc, p.id desc) from (${page}) p), '[]'::jsonb)`.as('posts'),
      sql<number>`(${count})::int`.as('total'),
      sql<string[]>`array(select distinct unnest(themes) as tag from group_posts where group_id = ${groupId} order by tag limit ${maxTags})`.as('themes'),
      sql<string[]>`array(select distinct unnest(crises) as tag from group_posts where group_id = ${groupId} order by tag limit ${maxTags})`.as('crises'),
    ])
    .executeTakeFirstOrThrow();
}

export async function countReplies(db: Executor, postIds: number[]): Promise<Map<number, number>> {
  if (postIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('group_replies')
    .select(['post_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('post_id', 'in', postIds)
    .groupBy('post_id')
    .execute();
  return new Map(rows.map((row) => [row.post_id, Number(row.count)]));
}

/** The posts of a group on one tag, for the coordination matrix. */
export async function listPostsTagged(db: Executor, groupId: number, tag: { theme?: string; crisis?: string }, limit: number): Promise<PostRow[]> {
  return filteredPosts(db, groupId, tag).selectAll().orderBy('created_at', 'desc').limit(limit).execute();
}

/** The distinct tags used in a group, for choosers and to keep one spelling of each tag. */
export async function listTags(db: Executor, groupId: number, column: 'themes' | 'crises' | 'regions', limit: number): Promise<string[]> {
  const rows = await sql<{ tag: string }>`
    select distinct unnest(${sql.ref(column)}) as tag from group_posts where group_id = ${groupId} order by tag limit ${limit}`.execute(db);
  return rows.rows.map((row) => row.tag);
}

export async function findPost(db: Executor, id: number): Promise<PostRow | undefined> {
  return db.selectFrom('group_posts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSamplePost(db: Executor, groupId: number, title: string): Promise<PostRow | undefined> {
  return db.selectFrom('group_posts').selectAll().where('group_id', '=', groupId).where('title', '=', title).executeTakeFirst();
}

export async function insertPost(db: Executor, row: Insertable<GroupPostsTable>): Promise<PostRow> {
  return db.insertInto('group_posts').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePost(db: Executor, id: number, version: number, changes: Updateable<GroupPostsTable>, at: Date): Promise<PostRow | undefined> {
  return updateIfVersion(db, 'group_posts', id, version, changes, at);
}

export async function deletePost(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('group_posts').where('id', '=', id).execute();
}

export async function listPostsCreatedBetween(db: Executor, groupId: number, after: Date, upTo: Date, limit: number): Promise<PostRow[]> {
  return db.selectFrom('group_posts').selectAll().where('group_id', '=', groupId).where('created_at', '>', after).where('created_at', '<=', upTo).orderBy('created_at').limit(limit).execute();
}

// Files

export async function listFilesOfPosts(db: Executor, postIds: number[]): Promise<PostFileRow[]> {
  if (postIds.length === 0) return [];
  return db.selectFrom('group_post_files').selectAll().where('post_id', 'in', postIds).orderBy('id').execute();
}

export async function findPostFile(db: Executor, postId: number, fileId: number): Promise<PostFileRow | undefined> {
  return db.selectFrom('group_post_files').selectAll().where('post_id', '=', postId).where('id', '=', fileId).executeTakeFirst();
}

export async function insertPostFile(db: Executor, row: Insertable<GroupPostFilesTable>): Promise<PostFileRow> {
  return db.insertInto('group_post_files').values(row).returningAll().executeTakeFirstOrThrow();
}

// Replies

export async function listReplies(db: Executor, postId: number, limit: number): Promise<ReplyRow[]> {
  return db.selectFrom('group_replies').selectAll().where('post_id', '=', postId).orderBy('created_at').orderBy('id').limit(limit).execute();
}

export async function findReply(db: Executor, id: number): Promise<ReplyRow | undefined> {
  return db.selectFrom('group_replies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertReply(db: Executor, row: Insertable<GroupRepliesTable>): Promise<ReplyRow> {
  return db.insertInto('group_replies').values(row).returningAll().executeTakeFirstOrThrow();
}

// Subscriptions

export async function findSubscription(db: Executor, groupId: number, accountId: number): Promise<SubscriptionRow | undefined> {
  return db.selectFrom('group_subscriptions').selectAll().where('group_id', '=', groupId).where('account_id', '=', accountId).executeTakeFirst();
}

export async function upsertSubscription(db: Executor, groupId: number, accountId: number, mode: SubscriptionMode, at: Date): Promise<void> {
  await db
    .insertInto('group_subscriptions')
    .values({ group_id: groupId, account_id: accountId, mode, last_digest_at: null, updated_at: at })
    .onConflict((oc) => oc.columns(['group_id', 'account_id']).doUpdateSet({ mode, updated_at: at }))
    .execute();
}

export async function deleteSubscription(db: Executor, groupId: number, accountId: number): Promise<void> {
  await db.deleteFrom('group_subscriptions').where('group_id', '=', groupId).where('account_id', '=', accountId).execute();
}

export async function listSubscriptions(db: Executor, groupId: number, mode: SubscriptionMode, limit: number): Promise<SubscriptionRow[]> {
  return db.selectFrom('group_subscriptions').selectAll().where('group_id', '=', groupId).where('mode', '=', mode).orderBy('account_id').limit(limit).execute();
}

export async function listSubscriptionsOfAccount(db: Executor, accountId: number, limit: number): Promise<SubscriptionRow[]> {
  return db.selectFrom('group_subscriptions').selectAll().where('account_id', '=', accountId).orderBy('group_id').limit(limit).execute();
}

/** Digest subscriptions whose last digest is older than a moment, in batches. */
export async function listDigestsDue(db: Executor, before: Date, limit: number, afterKey: { groupId: number; accountId: number } | null): Promise<SubscriptionRow[]> {
  let query = db
    .selectFrom('group_subscriptions')
    .selectAll()
    .where('mode', '=', 'digest')
    .where((eb) => eb.or([eb('last_digest_at', 'is', null), eb('last_digest_at', '<=', before)]));
  if (afterKey) {
    query = query.where(sql<boolean>`(group_id, account_id) > (${afterKey.groupId}, ${afterKey.accountId})`);
  }
  return query.orderBy('group_id').orderBy('account_id').limit(limit).execute();
}

export async function markDigestSent(db: Executor, groupId: number, accountId: number, at: Date): Promise<void> {
  await db.updateTable('group_subscriptions').set({ last_digest_at: at }).where('group_id', '=', groupId).where('account_id', '=', accountId).execute();
}

export interface PostTallyRow {
  group_id: number;
  entity_id: number | null;
  count: number;
  any_sample: boolean;
  tags: string[];
}

/** Posts created in [from, to), counted per group and organization in one statement (the annual report's counts). */
export async function tallyPosts(db: Executor, from: Date, to: Date): Promise<PostTallyRow[]> {
  const rows = await sql<PostTallyRow>`
    select p.group_id, p.entity_id, count(distinct p.id)::int as count, bool_or(p.is_sample) as any_sample,
           coalesce(array_agg(distinct tag) filter (where tag is not null), '{}') as tags
    from group_posts p left join lateral unnest(p.themes || p.crises) as t(tag) on true
    where p.created_at >= ${from} and p.created_at < ${to}
    group by p.group_id, p.entity_id`.execute(db);
  return rows.rows.map((row) => ({ ...row, count: Number(row.count) }));
}
