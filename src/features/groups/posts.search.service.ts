/** The posts' search documents: each post in the index with visibility 'group', so search shows it to the group's people only. */
import type { Deps } from '../../deps';
import { markdownToPlainText } from '../../lib/markdown';
import type { Executor } from '../../db/database';
import * as search from '../search/search.service';
import * as repo from './groups.repository';
import type { Group } from './groups.schemas';

/** The search document of a post: its text, tags, links, file names and replies. */
export async function reindexPost(trx: Executor, group: Pick<Group, 'id' | 'slug'>, postId: number): Promise<void> {
  const row = await repo.findPost(trx, postId);
  if (!row) return;
  const [files, replies] = await Promise.all([repo.listFilesOfPosts(trx, [postId]), repo.listReplies(trx, postId, 200)]);
  const body = [
    markdownToPlainText(row.summary),
    [...row.themes, ...row.crises, ...row.regions].join(', '),
    row.links.map((link) => link.label).join(', '),
    files.map((file) => file.original_name).join(', '),
    ...replies.map((reply) => markdownToPlainText(reply.body)),
  ]
    .filter(Boolean)
    .join('\n');
  await search.indexDocument(trx, {
    kind: 'group_post',
    recordId: row.id,
    title: row.title,
    body,
    year: row.created_at.getUTCFullYear(),
    url: `/groups/${group.slug}/posts/${row.id}`,
    visibility: 'group',
    groupId: group.id,
  });
}

/** Writes every post's search document again (the search.reindex job). */
export async function reindexPosts(deps: Deps): Promise<number> {
  let count = 0;
  for (const group of await repo.listGroups(deps.db, 1000)) {
    count += await search.reindexInBatches(
      deps.db,
      (db, limit, offset) => repo.listPosts(db, group.id, {}, limit, offset),
      (trx, post) => reindexPost(trx, group, post.id),
    );
  }
  return count;
}
