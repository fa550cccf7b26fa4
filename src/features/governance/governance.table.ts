import type { Json, Timestamp } from '../../db/columns';
import type { Generated } from 'kysely';

export interface TermsTable {
  id: Generated<number>;
  year: number;
  endorsed_on: string | null;
  /** The decision of a meeting that endorsed these co-chairs, once it is on record. */
  endorsed_by_decision_id: number | null;
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

/** A co-chairs' priority area of a term, as the reference data records it. */
export interface TermPrioritiesTable {
  id: Generated<number>;
  term_id: number;
  position: number;
  title: string;
  cross_cutting: Generated<boolean>;
  uncertain: Generated<boolean>;
  sources: Json<string[]>;
  created_at: Timestamp;
}

export interface GovernanceTables {
  terms: TermsTable;
  term_chairs: TermChairsTable;
  term_priorities: TermPrioritiesTable;
}
