/**
 * "My work": everything waiting for one person, gathered from the features that own it, through their
 * services. Each feature decides what the person may see (their organization's updates and rounds,
 * the years they co-chair), so a person sees only what is theirs to do.
 */
import { sql } from 'kysely';
import type { Deps } from '../../deps';
import { hasRole, isAdmin, type Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { countInOneStatement, gatherInOneStatement, type GatherPart } from '../../db/count-parts';
import * as accountPage from '../accounts/accounts.page.service';
import * as accounts from '../accounts/accounts.service';
import * as notifications from '../notifications/notifications.service';
import * as progress from '../progress/waiting.service';
import * as reports from '../reports/reports.service';
import * as statements from '../statements/waiting.service';

export const workKinds = ['review', 'returned', 'round', 'consultation', 'comments', 'report', 'invitation'] as const;
export type WorkKind = (typeof workKinds)[number];

/** When a thing is due: a day ('YYYY-MM-DD'), or a moment shown in its zone. */
export type Due = { day: string } | { at: Date; timeZone: string } | null;

export interface WorkItem {
  kind: WorkKind;
  title: string;
  url: string;
  due: Due;
  /** Who or what it concerns: an organization's acronym, a period, a count of comments. */
  detail: Record<string, string | number>;
  /** A message that came with it (a round's message to the focal points, a return's comment). */
  message: string | null;
}

export interface WorkSection {
  kind: WorkKind;
  items: WorkItem[];
}

export interface MyWork {
  /** The sections this person's roles can have work in, in a fixed order; each may be empty. */
  sections: WorkSection[];
  total: number;
}

function dueKey(due: Due): string {
  if (!due) return '9999';
  return 'day' in due ? due.day : due.at.toISOString();
}

/** Which kinds of work a person's roles can bring them; the page shows these sections, even empty. */
function kindsFor(actor: Actor): WorkKind[] {
  const pen = isAdmin(actor) || actor.cochairYears.length > 0;
  const focal = hasRole(actor, 'focal_point');
  return workKinds.filter((kind) => {
    switch (kind) {
      case 'review':
      case 'comments':
      case 'report':
        return pen;
      case 'returned':
      case 'round':
        return focal;
      case 'invitation':
        return isAdmin(actor) || focal;
      case 'consultation':
        return true;
    }
  });
}

/** A section the person's roles cannot have: an empty column, read as nothing. */
const nothing: GatherPart<never[]> = { query: sql`select null`, read: () => [] };

export async function getMyWork(deps: Deps, actor: Actor | null): Promise<MyWork> {
  authorize(actor, 'workspace.read');
  const kinds = kindsFor(actor);
  const [periods, texts, reportYears, invitations] = await gatherInOneStatement(deps.db, [
    progress.periodsPart(),
    statements.statementsWaitingPart(deps, actor),
    kinds.includes('report') ? await reports.reportsToFinalizePart(deps, actor) : nothing,
    (kinds.includes('invitation') && accountPage.pendingInvitationsPart(actor)) || nothing,
  ] as const);
  const updates = await progress.progressWaitingIn(deps, actor, periods);
  const items: Record<WorkKind, WorkItem[]> = {
    review: updates.toReview.map((update) => ({
      kind: 'review',
      title: update.title,
      url: update.url,
      due: { day: update.due },
      detail: { entity: update.entityAcronym, period: `${update.period.label} ${update.period.year}` },
      message: null,
    })),
    returned: updates.returned.map((update) => ({
      kind: 'returned',
      title: update.title,
      url: update.url,
      due: { day: update.due },
      detail: { entity: update.entityAcronym, period: `${update.period.label} ${update.period.year}` },
      message: update.reviewComment,
    })),
    round: texts.rounds.map((round) => ({ kind: 'round', title: round.title, url: round.url, due: { at: round.deadline, timeZone: round.timeZone }, detail: {}, message: round.message })),
    consultation: texts.consultations.map((consultation) => ({
      kind: 'consultation',
      title: consultation.title,
      url: consultation.url,
      due: { at: consultation.deadline, timeZone: 'UTC' },
      detail: {},
      message: null,
    })),
    comments: texts.commentedDrafts.map((draft) => ({ kind: 'comments', title: draft.title, url: draft.url, due: null, detail: { count: draft.openComments }, message: null })),
    report: reportYears.map((report) => ({ kind: 'report', title: String(report.year), url: report.url, due: null, detail: { year: String(report.year) }, message: null })),
    invitation: invitations.map((invitation) => ({
      kind: 'invitation',
      title: invitation.name,
      url: '/admin/accounts',
      due: invitation.expiresAt ? { at: invitation.expiresAt, timeZone: 'UTC' } : null,
      detail: { email: invitation.email, entity: invitation.entityAcronym ?? '' },
      message: null,
    })),
  };
  const sections = kinds.map((kind) => ({ kind, items: [...items[kind]].sort((a, b) => dueKey(a.due).localeCompare(dueKey(b.due))) }));
  return { sections, total: sections.reduce((sum, section) => sum + section.items.length, 0) };
}

/**
 * The navigation's counts: how many things wait for the person (the total of "My work") and their
 * unread notifications, in one statement to which each feature adds its own count.
 */
export async function countForNavigation(deps: Deps, actor: Actor): Promise<{ waiting: number; unread: number }> {
  const kinds = new Set(kindsFor(actor));
  const waitingParts = [
    progress.progressWaitingCount(deps, actor, { review: kinds.has('review'), returned: kinds.has('returned') }),
    statements.statementsWaitingCount(deps, actor, { round: kinds.has('round'), consultation: kinds.has('consultation'), comments: kinds.has('comments') }),
    kinds.has('report') ? await reports.reportsToFinalizeCount(deps, actor) : null,
    kinds.has('invitation') ? accounts.pendingInvitationsCount(deps, actor) : null,
  ].filter((part) => part !== null);
  const unreadPart = notifications.unreadCount(deps, actor);
  const counts = await countInOneStatement(deps.db, unreadPart ? [unreadPart, ...waitingParts] : waitingParts);
  const unread = unreadPart ? counts.shift()! : 0;
  return { waiting: counts.reduce((sum, count) => sum + count, 0), unread };
}
