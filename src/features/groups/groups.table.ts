import type { Generated } from 'kysely';
import type { Json, RequiredTimestamp, NullableTimestamp, Timestamp } from '../../db/columns';

export type GroupKind = 'standing' | 'ad_hoc';
export type PostKind = 'policy_brief' | 'guidance' | 'statement' | 'data' | 'meeting_note' | 'request_for_input';
export type SubscriptionMode = 'immediate' | 'digest';

export interface PostLink {
  url: string;
  label: string;
}

export interface GroupsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: GroupKind;
  mandate: string;
  /** Partial date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  formed_on: string | null;
  formed_reason: string | null;
  closed_on: string | null;
  sources: Json<string[]>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GroupEntitiesTable {
  group_id: number;
  entity_id: number;
  convener: Generated<boolean>;
}

export interface GroupPostsTable {
  id: Generated<number>;
  group_id: number;
  kind: PostKind;
  title: string;
  summary: string;
  themes: string[];
  crises: string[];
  regions: string[];
  links: Json<PostLink[]>;
  author_account_id: number | null;
  author_name: string;
  entity_id: number | null;
  is_sample: Generated<boolean>;
  version: Generated<number>;
  created_at: RequiredTimestamp;
  updated_at: RequiredTimestamp;
}

export interface GroupPostFilesTable {
  id: Generated<number>;
  post_id: number;
  stored_name: string;
  original_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  created_at: RequiredTimestamp;
}

export interface GroupRepliesTable {
  id: Generated<number>;
  post_id: number;
  parent_reply_id: number | null;
  body: string;
  author_account_id: number | null;
  author_name: string;
  entity_id: number | null;
  created_at: RequiredTimestamp;
}

export interface GroupSubscriptionsTable {
  group_id: number;
  account_id: number;
  mode: SubscriptionMode;
  last_digest_at: NullableTimestamp;
  updated_at: RequiredTimestamp;
}

export interface GroupsTables {
  groups: GroupsTable;
  group_entities: GroupEntitiesTable;
  group_posts: GroupPostsTable;
  group_post_files: GroupPostFilesTable;
  group_replies: GroupRepliesTable;
  group_subscriptions: GroupSubscriptionsTable;
}
