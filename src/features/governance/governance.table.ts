import type { Json, Timestamp } from '../../db/columns';
import type { Generated } from 'kysely';

export interface TermsTable {
  id: Generated<number>;
  year: number;
  endorsed_on: string | null;
  note: string | null;
  uncertain: Generated<boolean>;
  sources: Json<string[]>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TermChairsTable {
  term_id: number;
  entity_id: number;
  position: number;
}

export interface GovernanceTables {
  terms: TermsTable;
  term_chairs: TermChairsTable;
}
