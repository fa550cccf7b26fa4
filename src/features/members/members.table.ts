import type { Json, Timestamp } from '../../db/columns';
import type { Generated } from 'kysely';

export type EntityKind = 'un_entity' | 'international' | 'regional';
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
  regions: string[];
  forms: string[];
  interventions: string[];
  levels: string[];
  target_groups: string[];
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
