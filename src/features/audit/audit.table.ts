import type { RequiredTimestamp } from '../../db/columns';
import type { ColumnType, Generated } from 'kysely';

/** Written once as JSON text, never updated. */
type Snapshot = ColumnType<Record<string, unknown> | null, string | null, never>;

export interface AuditLogTable {
  id: Generated<number>;
  at: RequiredTimestamp;
  actor_account_id: number | null;
  actor_label: string;
  action: string;
  table_name: string;
  record_id: string;
  entity_id: number | null;
  before: Snapshot;
  after: Snapshot;
  ip: string | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
