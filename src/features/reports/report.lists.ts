/**
 * The report's long lists kept to a readable length. A section that lists more than its threshold
 * prints its most significant entries (in the section's own order) and "And N more", pointing to the
 * full list: a CSV beside the report (members, pledges, decisions, the plan, the updates) or the public page that lists them all
 * (meetings, publications, events). Below the thresholds everything is printed, so a small group's
 * report is unchanged.
 */
import type { FigureTable } from '../../lib/figures';
import type { MessageKey } from '../../lib/i18n';
import type { Decision, Meeting } from '../meetings/meetings.schemas';
import type { LibraryEvent, Publication } from '../library/library.schemas';
import { valueLabel } from '../vocabularies/vocabularies.schemas';
import { withLanguage, type Build } from './report.build';
import type { Block, Inline, ReportList, ReportListId } from './report.model';

export interface Cap {
  /** Up to this many, every entry is printed. */
  inFull: number;
  /** Above it, this many of the most significant are printed. */
  shown: number;
}

/** The thresholds (docs/annual-report.md, "A large group's report"). */
export const reportCaps = {
  /** About a page and a half of the members' table; above it, counts by kind and the CSV. */
  members: { inFull: 60, shown: 0 },
  /** A pledge set out in full is a part of its own with up to 12 claims: a term with many prints its most supported. */
  pledges: { inFull: 20, shown: 10 },
  decisions: { inFull: 40, shown: 20 },
  meetings: { inFull: 30, shown: 20 },
  timeline: { inFull: 40, shown: 25 },
  publications: { inFull: 40, shown: 25 },
  events: { inFull: 30, shown: 15 },
  /** Outputs and activities of the Plan of Action; above it (or above as many indicators), each objective is summarised by its outputs. */
  planItems: { inFull: 60, shown: 0 },
  planIndicators: { inFull: 60, shown: 0 },
  /** Public summaries of the updates the report cites; above it, those with the strongest evidence, the rest in the updates' CSV. */
  evidence: { inFull: 60, shown: 40 },
  /** Organizations named after a statement's endorsement or in a working group; above it, counted. */
  namedOrganizations: { inFull: 60, shown: 0 },
} satisfies Record<string, Cap>;

/**
 * The entries a section prints: all of them up to the threshold; above it, the most significant
 * (by `bySignificance`, which must order every pair so that the same data prints the same entries),
 * kept in the order they were given.
 */
export function capped<T>(items: T[], cap: Cap, bySignificance: (a: T, b: T) => number): { shown: T[]; more: number } {
  if (items.length <= cap.inFull) return { shown: items, more: 0 };
  const chosen = new Set([...items].sort(bySignificance).slice(0, cap.shown));
  return { shown: items.filter((item) => chosen.has(item)), more: items.length - chosen.size };
}

/** The address of a list's CSV beside the report: /reports/2022/members.csv. */
export function listCsvHref(b: Build, id: ReportListId): string {
  return withLanguage(b, `/reports/${b.data.year}/${id}.csv`);
}

/** A public list of the year on the site: /meetings?year=2022. */
function yearListHref(b: Build, path: string): string {
  return `${path}?year=${b.data.year}${b.locale === 'en' ? '' : `&lang=${b.locale}`}`;
}

/** Links joined the report's language's way ("a, b and c"; "a、b和c"). */
function linkList(b: Build, links: { text: string; href: string }[]): Inline[] {
  const marks = links.map((_, index) => `\u0000${index}\u0000`);
  const joined = new Intl.ListFormat(b.locale, { type: 'conjunction' }).format(marks);
  return joined
    .split(/\u0000(\d+)\u0000/)
    .map((part, index) => (index % 2 === 1 ? (links[Number(part)] as { text: string; href: string }) : part))
    .filter((part) => part !== '');
}

/** "And 180 more decisions (all decisions of 2022, CSV)." */
function moreParagraph(b: Build, key: MessageKey, count: number, links: { text: string; href: string }[]): Block {
  return { kind: 'paragraph', content: [b.t(key, { count }), ' (', ...linkList(b, links), ').'] };
}

export function moreDecisions(b: Build, count: number): Block {
  return moreParagraph(b, 'report.more.decisions', count, [{ text: b.t('report.list.decisions', { year: String(b.data.year) }), href: listCsvHref(b, 'decisions') }]);
}

export function morePledges(b: Build, count: number): Block {
  return moreParagraph(b, 'report.more.pledges', count, [{ text: b.t('report.list.pledges', { year: String(b.data.year) }), href: listCsvHref(b, 'pledges') }]);
}

export function moreMeetings(b: Build, count: number): Block {
  return moreParagraph(b, 'report.more.meetings', count, [{ text: b.t('report.list.meetings', { year: String(b.data.year) }), href: yearListHref(b, '/meetings') }]);
}

export function morePublications(b: Build, count: number): Block {
  return moreParagraph(b, 'report.more.publications', count, [{ text: b.t('report.list.publications', { year: String(b.data.year) }), href: yearListHref(b, '/publications') }]);
}

export function moreEvents(b: Build, count: number): Block {
  return moreParagraph(b, 'report.more.events', count, [{ text: b.t('report.list.events', { year: String(b.data.year) }), href: yearListHref(b, '/events') }]);
}

/** The timeline mixes meetings, statements and events: its rest is on their three public lists. */
export function moreTimeline(b: Build, count: number): Block {
  const year = String(b.data.year);
  return moreParagraph(b, 'report.more.timeline', count, [
    { text: b.t('report.list.meetings', { year }), href: yearListHref(b, '/meetings') },
    { text: b.t('report.list.statements', { year }), href: yearListHref(b, '/statements') },
    { text: b.t('report.list.events', { year }), href: yearListHref(b, '/events') },
  ]);
}

const decisionWeight: Record<Decision['type'], number> = { endorsement_cochairs: 0, adoption: 1, assessment: 2, other: 3 };

/** Endorsements of co-chairs, adoptions of statements and assessments first, then the most recent, then the reference. */
export function bySignificantDecision(a: Decision, c: Decision): number {
  return decisionWeight[a.type] - decisionWeight[c.type] || c.decidedOn.localeCompare(a.decidedOn) || a.reference.localeCompare(c.reference, 'en', { numeric: true });
}

const levelWeight: Record<Meeting['level'], number> = { principal: 0, group: 1, working: 2 };

/** Principal-level meetings first, then those that took more decisions, then the earliest. */
export function bySignificantMeeting(decisionsAt: Map<number, number>): (a: Meeting, c: Meeting) => number {
  return (a, c) => levelWeight[a.level] - levelWeight[c.level] || (decisionsAt.get(c.id) ?? 0) - (decisionsAt.get(a.id) ?? 0) || a.startsOn.localeCompare(c.startsOn) || a.id - c.id;
}

/** Numbered series (issue briefs) first, in their order, then the others by title. */
export function bySignificantPublication(a: Publication, c: Publication): number {
  const numbered = (publication: Publication) => (publication.number === null ? 1 : 0);
  return numbered(a) - numbered(c) || a.kind.localeCompare(c.kind) || (a.number ?? 0) - (c.number ?? 0) || a.title.localeCompare(c.title) || a.id - c.id;
}

/** Events with a public summary first, then the earliest. */
export function bySignificantEvent(a: LibraryEvent, c: LibraryEvent): number {
  const summarised = (event: LibraryEvent) => (event.summary ? 0 : 1);
  return summarised(a) - summarised(c) || a.startsOn.localeCompare(c.startsOn) || a.id - c.id;
}

function membersTable(b: Build): FigureTable {
  const { data, t } = b;
  return {
    columns: [t('members.column.acronym'), t('members.column.name'), t('members.column.kind'), t('members.column.joined')],
    rows: data.members.map((member) => [member.acronym, member.name, valueLabel(data.kinds, member.kind, b.locale), member.joinedYear === null ? '' : String(member.joinedYear)]),
  };
}

export function decisionColumns(b: Build): string[] {
  const { t } = b;
  return [t('report.annex.decisions.reference'), t('report.annex.decisions.title'), t('report.annex.decisions.type'), t('report.glance.column.date'), t('report.meetings.column.meeting')];
}

function decisionsTable(b: Build): FigureTable {
  return {
    columns: decisionColumns(b),
    rows: b.data.decisions.map((decision) => [decision.reference, decision.title, b.t(`decisions.type.${decision.type}` as MessageKey), decision.decidedOn, decision.meetingTitle]),
  };
}

/** The full lists beside the report, whatever their length: what a summarised section points to. */
export function reportLists(b: Build, pledges: FigureTable, plan: FigureTable): ReportList[] {
  return [
    { id: 'members', table: membersTable(b) },
    { id: 'pledges', table: pledges },
    { id: 'decisions', table: decisionsTable(b) },
    { id: 'plan', table: plan },
  ];
}

/** A large group's member annex: counts by kind, and the full list in the CSV. */
export function membersByKind(b: Build): Block[] {
  const { data, t } = b;
  const counts = new Map<string, number>();
  for (const member of data.members) counts.set(member.kind, (counts.get(member.kind) ?? 0) + 1);
  const kinds = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return [
    {
      kind: 'paragraph',
      content: [t('report.annex.members.summary', { count: data.members.length }), ' ', { text: t('report.list.members'), href: listCsvHref(b, 'members') }, '.'],
    },
    {
      kind: 'table',
      caption: t('report.annex.members.byKind', { count: data.members.length }),
      columns: [t('members.column.kind'), t('report.figure.count')],
      rows: kinds.map(([kind, count]) => [valueLabel(data.kinds, kind, b.locale), count]),
    },
  ];
}
