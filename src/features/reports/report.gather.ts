/**
 * What the other features say about a year, read ONLY through their services, in the shape the
 * report needs. Gathering is apart from building (report.sections.ts) so that every figure's numbers
 * come from one place.
 */
import type { Deps } from '../../deps';
import { commandLineActor } from '../../policy/actor';
import * as governance from '../governance/governance.service';
import type { Group } from '../groups/groups.schemas';
import * as groups_ from '../groups/groups.service';
import * as posts_ from '../groups/posts.service';
import type { LibraryEvent, Publication } from '../library/library.schemas';
import * as library from '../library/library.service';
import type { Decision, Meeting } from '../meetings/meetings.schemas';
import * as meetings from '../meetings/meetings.service';
import * as mapping from '../members/mapping.service';
import * as vocabularies from '../vocabularies/vocabularies.service';
import * as members from '../members/members.service';
import type { MemberSummary } from '../members/members.schemas';
import * as plans from '../progress/plan.service';
import type { Plan } from '../progress/plan.service';
import * as progress from '../progress/progress.service';
import * as statements from '../statements/statements.service';

export interface MembershipPoint {
  asOf: string;
  count: number;
}

export interface GroupActivity {
  group: Group;
  /** Posts shared in the group during the year, counted. */
  posts: posts_.PostTally;
}

export interface ReportData {
  year: number;
  term: governance.Term | null;
  nextTerm: governance.Term | null;
  nextPriorities: governance.Priority[];
  priorities: governance.Priority[];
  members: MemberSummary[];
  /** What the group reported as its size, latest on or before the end of the year. */
  reportedMembership: MembershipPoint | null;
  membershipCounts: MembershipPoint[];
  mapping: mapping.MappingData;
  /** The group's kinds of organization, for the members' annex. */
  kinds: vocabularies.Vocabulary;
  plan: Plan | null;
  pledges: progress.Pledge[];
  /** Accepted progress updates of the year's reporting periods, by id. */
  updates: progress.ProgressUpdate[];
  indicators: progress.IndicatorSeries[];
  /** Public meetings and decisions of the year. */
  meetings: Meeting[];
  decisions: Decision[];
  /** Statements and calls to action of the year, published, with their endorsers. */
  statements: statements.PublishedStatementDetail[];
  groups: GroupActivity[];
  publications: Publication[];
  events: LibraryEvent[];
}

/** The report reads working groups as the secretariat does, and shows only what a public report may: groups and counts. */
const groupReader = commandLineActor('annual report');

async function allPages<T>(fetch: (page: number) => Promise<{ items: T[]; total: number }>, limit = 100): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= limit; page++) {
    const result = await fetch(page);
    out.push(...result.items);
    if (out.length >= result.total || result.items.length === 0) break;
  }
  return out;
}

async function allMembers(deps: Deps): Promise<MemberSummary[]> {
  return (await members.listMemberOrganizations(deps)).map(({ id: _id, ...member }) => member);
}

async function acceptedUpdates(deps: Deps, year: number): Promise<progress.ProgressUpdate[]> {
  const out: progress.ProgressUpdate[] = [];
  // As many as one read may return: a year's updates come in one or two pages, however many organizations report.
  const pageSize = 10_000;
  for (let offset = 0; ; offset += pageSize) {
    const page = await progress.listAcceptedUpdates(deps, { year, limit: pageSize, offset });
    out.push(...page.items);
    if (page.items.length === 0 || out.length >= page.total) break;
  }
  return out.sort((a, b) => a.id - b.id);
}

/** Partial dates ('2021', '2022-12') compare by their year: "on or before the end of the year" is what counts. */
export function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

function activeIn(group: Group, year: number): boolean {
  const formed = yearOf(group.formedOn);
  const closed = yearOf(group.closedOn);
  return (formed === null || formed <= year) && (closed === null || closed >= year);
}

/** Working groups active in the year with their posts of the year counted: two reads, however many groups and posts. */
async function groupActivity(deps: Deps, year: number): Promise<GroupActivity[]> {
  const [groups, tallies] = await Promise.all([groups_.listGroups(deps, groupReader), posts_.tallyPostsOfYear(deps, year)]);
  return groups
    .filter((group) => activeIn(group, year))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((group) => ({ group, posts: tallies.get(group.id) ?? { total: 0, byEntity: [], tags: [], anySample: false } }));
}

/** The year's published statements with their endorsers, read set-based: a fixed number of SQL statements however many texts. */
async function statementsOf(deps: Deps, year: number): Promise<statements.PublishedStatementDetail[]> {
  return statements.listPublishedStatementsWithEndorsers(deps, year);
}

export async function gatherReportData(deps: Deps, year: number): Promise<ReportData> {
  const [term, nextTerm, priorities, nextPriorities, memberList, about, mappingData, vocabularySet] = await Promise.all([
    governance.findTerm(deps, year),
    governance.findTerm(deps, year + 1),
    governance.listPriorities(deps, year),
    governance.listPriorities(deps, year + 1),
    allMembers(deps),
    members.getAbout(deps),
    mapping.getMapping(deps, {}, 'all'),
    vocabularies.getVocabularies(deps),
  ]);
  const [plan, pledges, updates, indicators, meetingList, decisionList, statementList, groupList, publicationList, eventList] = await Promise.all([
    plans.findPlanForYear(deps, year),
    progress.listPledges(deps, year),
    acceptedUpdates(deps, year),
    progress.indicatorSeries(deps, { year }),
    meetings.listMeetings(deps, { year }),
    meetings.listDecisions(deps, { year }),
    statementsOf(deps, year),
    groupActivity(deps, year),
    allPages((page) => library.listPublications(deps, null, { page, year, kind: undefined })),
    allPages((page) => library.listEvents(deps, null, { page, year })),
  ]);
  const membershipCounts = about.membershipCounts.filter((count) => (yearOf(count.asOf) ?? 0) <= year).map((count) => ({ asOf: count.asOf, count: count.count }));
  return {
    year,
    term,
    nextTerm,
    priorities,
    nextPriorities,
    members: memberList,
    reportedMembership: membershipCounts.at(-1) ?? null,
    membershipCounts,
    mapping: mappingData,
    kinds: vocabularySet.kinds,
    plan,
    pledges: [...pledges].sort((a, b) => a.position - b.position || a.id - b.id),
    updates,
    indicators,
    meetings: [...meetingList].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id),
    decisions: decisionList,
    statements: statementList,
    groups: groupList,
    publications: [...publicationList].sort((a, b) => (a.kind === b.kind ? (a.number ?? 0) - (b.number ?? 0) || a.title.localeCompare(b.title) : a.kind.localeCompare(b.kind))),
    events: [...eventList].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id),
  };
}
