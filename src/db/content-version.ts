/**
 * The stamp of the data public pages show: the sequence `content_version`, moved by triggers when a
 * transaction that changed such data commits (migration 202612050500). Any process may read it.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

export async function readContentVersion(db: Kysely<DB>): Promise<string> {
  const result = await sql<{ version: string }>`select last_value::text || ':' || is_called::text as version from content_version`.execute(db);
  return result.rows[0]?.version ?? '';
}
