/**
 * The public site's home and indexes, gathered from the features that own the records, through
 * their services: only what is published, never drafts, group posts or open endorsement rounds.
 */
import { gatherInOneStatement } from '../../db/count-parts';
import type { Deps } from '../../deps';
import { markdownToPlainText } from '../../lib/markdown';
import * as governance from '../governance/governance.service';
import * as library from '../library/library.service';
import type { LibraryEvent, Publication } from '../library/library.schemas';
import * as members from '../members/members.service';
import * as reports from '../reports/reports.service';
import * as statements from '../statements/statements.service';
import type { FeedEntry, SitemapUrl } from './site.feed';

export interface HomeData {
  /** The latest term on record up to this year; it may be an earlier year than `currentYear`. */
  term: governance.Term | null;
  currentYear: number;
  statements: statements.PublishedStatement[];
  publications: Publication[];
  events: LibraryEvent[];
}

/**
 * The home page: the latest term, publications and events in one statement, then the term's chairs
 * and the latest statements (see docs/performance.md).
 */
export async function getHome(deps: Deps): Promise<HomeData> {
  const currentYear = deps.clock.now().getUTCFullYear();
  const [termJson, latest] = await gatherInOneStatement(deps.db, [governance.latestTermUpToPart(currentYear), library.latestPublishedPart(5)] as const);
  const [term, latestStatements] = await Promise.all([governance.termWithChairs(deps, termJson), statements.listPublishedStatements(deps, { limit: 3 })]);
  return { term, currentYear, statements: latestStatements, ...latest };
}

export interface StatementsData {
  adopted: statements.PublishedStatement[];
  earlier: Publication[];
}

export async function getStatementsListing(deps: Deps): Promise<StatementsData> {
  const [adopted, earlier] = await Promise.all([statements.listPublishedStatements(deps, { limit: 200 }), library.latestPublications(deps, 100, 'statement')]);
  return { adopted, earlier };
}

const feedSize = 30;

/** Newest first: published publications and published statements. */
export async function feedEntries(deps: Deps, labels: { publication: (item: Publication) => string; statement: string }): Promise<FeedEntry[]> {
  const [publications, published] = await Promise.all([library.latestPublications(deps, feedSize), statements.listPublishedStatements(deps, { limit: feedSize })]);
  const entries: FeedEntry[] = [
    ...publications.map((item) => ({
      path: `/publications/${item.slug}`,
      title: item.title,
      summary: markdownToPlainText(item.summary),
      category: labels.publication(item),
      updated: item.updatedAt,
    })),
    ...published.map((item) => ({
      path: item.url,
      title: item.title,
      summary: '',
      category: labels.statement,
      updated: new Date(`${item.publishedOn || `${item.year}-01-01`}T00:00:00Z`),
    })),
  ];
  return entries.sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, feedSize * 2);
}

const staticPaths = ['/', '/about', '/members', '/mapping', '/publications', '/events', '/statements', '/reports', '/search'];

export async function sitemapUrls(deps: Deps): Promise<SitemapUrl[]> {
  const [library_, published, directory, compiled] = await Promise.all([
    library.publishedPaths(deps),
    statements.listPublishedStatements(deps, { limit: 500 }),
    members.listOrganizationChoices(deps),
    reports.listPublishedReports(deps),
  ]);
  return [
    ...staticPaths.map((path) => ({ path, updated: null })),
    ...directory.map((member) => ({ path: `/members/${encodeURIComponent(member.slug)}`, updated: null })),
    ...library_.map((entry) => ({ path: entry.path, updated: entry.updatedAt })),
    ...published.map((item) => ({ path: item.url, updated: item.publishedOn ? new Date(`${item.publishedOn}T00:00:00Z`) : null })),
    ...compiled.map((report) => ({ path: `/reports/${report.year}`, updated: report.publishedAt })),
  ];
}
