/** The search.reindex job: every feature writes the search documents of its records again. */
import type { Deps } from '../deps';
import { reindexPosts } from '../features/groups/posts.service';
import { reindexEvents, reindexPublications } from '../features/library/library.service';
import { reindexMeetings } from '../features/meetings/meetings.service';
import { reindexStatements } from '../features/statements/statements.service';

export async function reindexEverything(deps: Deps): Promise<Record<string, number>> {
  return {
    publications: await reindexPublications(deps),
    events: await reindexEvents(deps),
    meetings: await reindexMeetings(deps),
    statements: await reindexStatements(deps),
    posts: await reindexPosts(deps),
  };
}
