/** The sample posts `icat seed` loads into the working groups (demo data, marked as such). */
import type { Deps } from '../../deps';
import { readSeedJson } from '../../lib/seed-files';
import { commandLineActor } from '../../policy/actor';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import { groupForReading } from './groups.service';
import * as repo from './groups.repository';
import type { Post } from './groups.schemas';
import { reindexPost } from './posts.search.service';

export interface SamplePost {
  group: string;
  entity: string | null;
  kind: Post['kind'];
  title: string;
  summary: string;
  themes: string[];
  crises: string[];
  regions: string[];
  createdAt: string;
}

/** Loads sample posts (demo data, marked as such); a post with the same title in the group is left alone. */
export async function loadSamplePosts(deps: Deps, posts: SamplePost[]): Promise<number> {
  let inserted = 0;
  for (const sample of posts) {
    const { group } = await groupForReading(deps, commandLineActor('icat seed'), sample.group);
    const entityId = sample.entity ? ((await members.entityIdsByAcronym(deps, [sample.entity])).get(sample.entity) ?? null) : null;
    await deps.db.transaction().execute(async (trx) => {
      if (await repo.findSamplePost(trx, group.id, sample.title)) return;
      const at = new Date(sample.createdAt);
      const created = await repo.insertPost(trx, {
        group_id: group.id,
        kind: sample.kind,
        title: sample.title,
        summary: sample.summary,
        themes: sample.themes,
        crises: sample.crises,
        regions: sample.regions,
        links: JSON.stringify([]),
        author_account_id: null,
        author_name: 'Sample data',
        entity_id: entityId,
        is_sample: true,
        created_at: at,
        updated_at: at,
      });
      await reindexPost(trx, group, created.id);
      await audit.record(trx, deps.clock.now(), { actor: null, actorLabel: 'icat seed', action: 'create', table: 'group_posts', recordId: created.id, entityId, after: created });
      inserted++;
    });
  }
  return inserted;
}

/** The seed step of the posts: the sample posts of seed/demo/group-posts.sample.json. */
export async function seedSamplePosts(deps: Deps): Promise<number> {
  return loadSamplePosts(deps, readSeedJson<{ posts: SamplePost[] }>('demo/group-posts.sample.json').posts);
}
