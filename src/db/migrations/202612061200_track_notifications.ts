import { sql, type Kysely } from 'kysely';

/**
 * A signed-in person's pages are kept rendered for their session (src/http/page-cache.ts) while the
 * content stamp stays where it was, and every such page counts the person's unread notifications in
 * its navigation. So a notification given, read or removed now moves the stamp as well.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`select track_content_changes('notifications')`.execute(db);
}
