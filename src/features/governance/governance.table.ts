import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/columns';

export interface TermsTable {
  id: Generated<number>;
  year: number;
  endorsed_on: string | null;
  note: string | null;
  uncertain: Generated<boolean>;
  sources: Json<string[]>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
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
