/** The whole database as Kysely sees it: one line per feature's tables. */
import type { AccountsTables } from '../features/accounts/accounts.table';
import type { AuditTables } from '../features/audit/audit.table';
import type { GovernanceTables } from '../features/governance/governance.table';
import type { MembersTables } from '../features/members/members.table';
import type { MetaTables } from './meta.table';

export interface DB extends MetaTables, MembersTables, GovernanceTables, AccountsTables, AuditTables {}
