import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp, RequiredTimestamp, Timestamp } from '../../db/columns';
import type { Locale } from '../../lib/i18n';

export const statementKinds = ['joint_statement', 'call_to_action', 'un_contribution'] as const;
export type StatementKind = (typeof statementKinds)[number];

export const statementStatuses = ['drafting', 'consultation', 'endorsement', 'adopted', 'published', 'withdrawn'] as const;
export type StatementStatus = (typeof statementStatuses)[number];

export const positions = ['endorse', 'abstain', 'object'] as const;
export type Position = (typeof positions)[number];

export const roundRules = ['consensus', 'silence'] as const;
export type RoundRule = (typeof roundRules)[number];

export const roundOutcomes = ['endorsed', 'not_endorsed', 'no_quorum', 'superseded', 'withdrawn'] as const;
export type RoundOutcome = (typeof roundOutcomes)[number];

export interface StatementsTable {
  id: Generated<number>;
  slug: string;
  kind: StatementKind;
  title: string;
  status: Generated<StatementStatus>;
  year: number;
  /** The language the text is written in; translations are in text_translations. */
  original_language: Generated<Locale>;
  current_version: Generated<number>;
  is_summary: Generated<boolean>;
  is_sample: Generated<boolean>;
  sources: Json<string[]>;
  /** 'YYYY-MM-DD' once published. */
  published_on: ColumnType<string | null, string | null | undefined, string | null>;
  withdrawn_reason: string | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StatementVersionsTable {
  id: Generated<number>;
  statement_id: number;
  number: number;
  title: string;
  body: string;
  note: string | null;
  created_by: number | null;
  author_label: string;
  created_at: Timestamp;
}

export interface StatementConsultationsTable {
  id: Generated<number>;
  statement_id: number;
  version_number: number;
  invited_roles: string[];
  deadline: RequiredTimestamp;
  note: string | null;
  opened_by: number | null;
  opened_at: RequiredTimestamp;
  closed_at: NullableTimestamp;
}

export interface StatementCommentsTable {
  id: Generated<number>;
  statement_id: number;
  version_number: number;
  paragraph: number;
  excerpt: string;
  body: string;
  author_account_id: number | null;
  author_name: string;
  author_entity_id: number | null;
  author_role: string;
  role_only: Generated<boolean>;
  consultation_id: number | null;
  status: Generated<'open' | 'resolved'>;
  resolved_by: number | null;
  resolved_at: NullableTimestamp;
  created_at: RequiredTimestamp;
}

/** What a closed round recorded: the counts and who endorsed (explicitly or by silence). */
export interface RoundResult {
  endorsed: number;
  abstained: number;
  objected: number;
  silent: number;
  endorserIds: number[];
  silentConsentIds: number[];
  /** Endorsers the record counts but cannot name: members the directory does not list (reference rounds). */
  unnamedEndorsers: number;
}

export interface EndorsementRoundsTable {
  id: Generated<number>;
  statement_id: number;
  version_number: number;
  rule: RoundRule;
  quorum: number | null;
  deadline: RequiredTimestamp;
  /** The IANA zone the deadline was set in; pages and mail show the deadline in it. */
  time_zone: ColumnType<string, string | undefined, string>;
  member_total: number;
  member_total_as_of: string | null;
  member_listed: number;
  /** The message to the focal points that comes with the round: members only, never public. */
  note: string | null;
  /** What the public record says of the endorsement (rounds taken from the sources): shown with the endorsers. */
  public_note: ColumnType<string | null, string | null | undefined, string | null>;
  opened_by: number | null;
  opened_at: RequiredTimestamp;
  closed_by: number | null;
  closed_at: NullableTimestamp;
  outcome: RoundOutcome | null;
  result: ColumnType<RoundResult | null, string | null | undefined, string | null>;
  /** When the reminder before the deadline went to the organizations without a position. */
  reminded_at: NullableTimestamp;
  version: Generated<number>;
}

export interface EndorsementPositionsTable {
  round_id: number;
  entity_id: number;
  position: Position;
  comment: string | null;
  recorded_by: number | null;
  recorded_by_label: string;
  recorded_at: RequiredTimestamp;
  version: Generated<number>;
}

export interface StatementsTables {
  statements: StatementsTable;
  statement_versions: StatementVersionsTable;
  statement_consultations: StatementConsultationsTable;
  statement_comments: StatementCommentsTable;
  endorsement_rounds: EndorsementRoundsTable;
  endorsement_positions: EndorsementPositionsTable;
}
