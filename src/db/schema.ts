/** The whole database as Kysely sees it: one line per feature's tables. */
import type { AccountsTables } from '../features/accounts/accounts.table';
import type { IdentityProvidersTables } from '../features/identity-providers/identity-providers.table';
import type { AuditTables } from '../features/audit/audit.table';
import type { FilesTables } from '../features/files/files.table';
import type { MailTables } from '../features/mail/mail.table';
import type { GovernanceTables } from '../features/governance/governance.table';
import type { MeetingsTables } from '../features/meetings/meetings.table';
import type { MembersTables } from '../features/members/members.table';
import type { ProgressTables } from '../features/progress/progress.table';
import type { ReportsTables } from '../features/reports/reports.table';
import type { GroupsTables } from '../features/groups/groups.table';
import type { LibraryTables } from '../features/library/library.table';
import type { SearchTables } from '../features/search/search.table';
import type { StatementsTables } from '../features/statements/statements.table';
import type { NotificationsTables } from '../features/notifications/notifications.table';
import type { MessagesTables } from '../features/messages/messages.table';
import type { TranslationsTables } from '../features/translations/translations.table';
import type { VocabulariesTables } from '../features/vocabularies/vocabularies.table';
import type { GroupSettingsTables } from '../features/group-settings/group-settings.table';
import type { MetaTables } from './meta.table';

export interface DB
  extends MetaTables,
    FilesTables,
    MailTables,
    MembersTables,
    GovernanceTables,
    AccountsTables,
    IdentityProvidersTables,
    AuditTables,
    SearchTables,
    GroupsTables,
    LibraryTables,
    ProgressTables,
    StatementsTables,
    MeetingsTables,
    ReportsTables,
    NotificationsTables,
    MessagesTables,
    TranslationsTables,
    VocabulariesTables,
    GroupSettingsTables {}
