/**
 * What pages show that lives in memory rather than in the database rows a page reads: the group's
 * names and words, imported messages. Whatever replaces it says so here, and a page cache that sees
 * the count move forgets what it rendered with the old texts.
 */
let version = 0;

export function noteShownStateChanged(): void {
  version += 1;
}

export function shownStateVersion(): number {
  return version;
}
