import { sql, type Kysely } from 'kysely';

/**
 * Servers keep resolved sessions and API tokens in memory for a short time (src/http/session-cache.ts)
 * and forget them when the content stamp moves. Accounts, organizations and terms move it already;
 * this moves it too when a session ends, a token is revoked or deleted, or a passkey is added or
 * removed (what decides whether a token may act as an administrator), in any process. A session's
 * creation and its being marked seen do not move it: neither can make a kept session wrong.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create constraint trigger sign_in_ended after delete on sessions deferrable initially deferred for each row execute function note_content_change()`.execute(db);
  await sql`create constraint trigger sign_in_ended after update of revoked_at or delete on api_tokens deferrable initially deferred for each row execute function note_content_change()`.execute(db);
  await sql`create constraint trigger sign_in_ended after insert or delete on passkeys deferrable initially deferred for each row execute function note_content_change()`.execute(db);
  for (const table of ['sessions', 'api_tokens', 'passkeys']) {
    await sql`create trigger sign_in_truncated after truncate on ${sql.table(table)} for each statement execute function note_content_change()`.execute(db);
  }
}
