import type { Json, Timestamp } from '../../db/columns';
import type { Generated } from 'kysely';

/** A code of the group's kinds of organization (the vocabularies feature keeps the list). */
export type EntityKind = string;
export type EntityStatus = 'member' | 'partner' | 'former';

export interface EntitiesTable {
  id: Generated<number>;
  acronym: string;
  slug: string;
  name: string;
  kind: EntityKind;
  status: Generated<EntityStatus>;
  joined_year: number | null;
  left_year: number | null;
  successor_id: number | null;
  mandate: string | null;
  role_note: string | null;
  uncertain: Generated<boolean>;
  sources: Json<string[]>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipCountsTable {
  id: Generated<number>;
  as_of: string;
  count: number;
  note: string | null;
  sources: Json<string[]>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface GroupHistoryTable {
  id: Generated<number>;
  occurred_on: string;
  summary: string;
  sources: Json<string[]>;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** Value codes by dimension code. */
export type ProfileValues = Record<string, string[]>;

export interface Initiative {
  title: string;
}
export interface Partnership {
  name: string;
}

export interface ProfilesTable {
  id: Generated<number>;
  entity_id: number;
  as_of: string;
  /** The profile's values, by dimension of the mapping: `{ "regions": ["africa"], ... }`. */
  mapping: Json<ProfileValues>;
  expertise: string | null;
  initiatives: Json<Initiative[]>;
  partnerships: Json<Partnership[]>;
  is_sample: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembersTables {
  entities: EntitiesTable;
  membership_counts: MembershipCountsTable;
  group_history: GroupHistoryTable;
  profiles: ProfilesTable;
}
