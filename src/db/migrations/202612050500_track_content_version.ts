import { sql, type Kysely } from 'kysely';

/**
 * A stamp that moves whenever data the public pages show changes, in any process: the sequence
 * `content_version`, advanced by a trigger on every table those pages read. A server keeps rendered
 * pages while the stamp stays where it was (src/http/page-cache.ts).
 *
 * The triggers are deferred constraint triggers: they run when the transaction commits, not when
 * its statement runs, so a long transaction (a seed, an import) moves the stamp at its end, right
 * before its changes become visible, and not seconds before. A table added later that public pages
 * read calls `select track_content_changes('the_table')` in its migration.
 *
 * Left out: what no public page shows and what changes on every sign-in or request (sessions and
 * other sign-in records, the outbox, notifications, the audit log, jobs, reminders, migrations).
 */
const untracked = [
  'sessions',
  'sign_in_attempts',
  'password_reset_requests',
  'webauthn_challenges',
  'oidc_sign_ins',
  'recovery_codes',
  'passkeys',
  'api_tokens',
  'outgoing_mail',
  'notifications',
  'audit_log',
  'report_jobs',
  'progress_reminders',
  'kysely_migration',
  'kysely_migration_lock',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence content_version`.execute(db);
  await sql`
    create function note_content_change() returns trigger language plpgsql as $$
    begin
      perform nextval('content_version');
      return null;
    end
    $$`.execute(db);
  await sql`
    create function track_content_changes(target regclass) returns void language plpgsql as $$
    begin
      execute format('create constraint trigger content_changed after insert or update or delete on %s deferrable initially deferred for each row execute function note_content_change()', target);
      execute format('create trigger content_truncated after truncate on %s for each statement execute function note_content_change()', target);
    end
    $$`.execute(db);
  await sql`
    select track_content_changes(c.oid::regclass)
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = current_schema() and c.relkind = 'r' and c.relname <> all(${untracked})`.execute(db);
}
