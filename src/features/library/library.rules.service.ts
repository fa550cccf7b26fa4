/** Who manages the library and what each person sees of it, and how its records are named (slugs). */
import type { Deps } from '../../deps';
import type { Executor } from '../../db/database';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as repo from './library.repository';
import type { LibraryStatus, PublicationKind } from './library.table';

export const libraryPageSize = 25;
export const maxDrafts = 200;
export const maxSitemapEntries = 5000;

export const kindLabels: Record<PublicationKind, string> = {
  issue_brief: 'Issue brief',
  annual_report: 'Annual report',
  statement: 'Statement',
  toolkit: 'Toolkit',
  paper: 'Paper',
  contribution: 'Contribution',
};

export function year(deps: Deps): number {
  return deps.clock.now().getUTCFullYear();
}

export function mayManageLibrary(deps: Deps, actor: Actor | null): boolean {
  return can(actor, 'library.manage', { year: year(deps) });
}

export function assertMayManageLibrary(deps: Deps, actor: Actor | null): void {
  authorize(actor, 'library.manage', { year: year(deps) });
}

export function statusesFor(deps: Deps, actor: Actor | null, includeDrafts: boolean): LibraryStatus[] {
  return includeDrafts && mayManageLibrary(deps, actor) ? ['draft', 'published'] : ['published'];
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80)
      .replace(/-$/, '')
      .replace(/^(new)$/, '$1-item') || 'item'
  );
}

export async function uniqueSlug(db: Executor, table: 'publications' | 'events', base: string): Promise<string> {
  let slug = base;
  for (let n = 2; await repo.slugExists(db, table, slug); n++) slug = `${base}-${n}`;
  return slug;
}
