/**
 * The report's workspace: what its co-chairs and the secretariat see while they prepare it (its
 * narrative sections, files, generation and history, and what they may do), the years they may
 * prepare, and the reports that wait for them.
 */
import type { CountPart, GatherPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import { currentLocale } from '../../lib/i18n';
import { optionalSectionTitle } from '../../lib/report-sections';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as governance from '../governance/governance.service';
import type { MemberSummary } from '../members/members.schemas';
import * as jobs from './report-jobs.service';
import { NarrativeHtml } from './report.html';
import { narrativeKeys } from './report.model';
import * as repo from './reports.repository';
import { toFileView, toNarrativeView, toSummary } from './reports.read.service';
import type { JobView, NarrativeView, ReportFileView, ReportSummary } from './reports.schemas';

export interface Workspace {
  summary: ReportSummary;
  cochairs: MemberSummary[];
  narratives: NarrativeView[];
  files: ReportFileView[];
  job: JobView | null;
  history: { key: string; version: number; savedBy: string; savedAt: Date }[];
  rights: { edit: boolean; generate: boolean; finalize: boolean; publish: boolean; reopen: boolean };
}

export async function getWorkspace(deps: Deps, actor: Actor | null, year: number): Promise<Workspace> {
  authorize(actor, 'report.edit', { year });
  const [row, term] = await Promise.all([repo.findReport(deps.db, year), governance.findTerm(deps, year)]);
  const [narratives, files, job, history] = row
    ? await Promise.all([repo.listNarratives(deps.db, row.id), repo.listFiles(deps.db, row.id), jobs.latestJob(deps, row.id, year), repo.listNarrativeVersions(deps.db, row.id)])
    : [[], [], null, []];
  const status = row?.status ?? 'draft';
  return {
    summary: toSummary(year, row),
    cochairs: term?.chairs ?? [],
    // The introduction of an optional section is written only when the group has that section.
    narratives: narrativeKeys
      .filter((key) => key !== 'crises' || optionalSectionTitle('crises', currentLocale()) !== null)
      .map((key) =>
        toNarrativeView(
          key,
          narratives.find((narrative) => narrative.key === key),
        ),
      ),
    files: files.map(toFileView),
    job,
    history: history.map((entry) => ({ key: entry.key, version: entry.version, savedBy: entry.saved_by_label, savedAt: entry.saved_at })),
    rights: {
      edit: status === 'draft' && can(actor, 'report.edit', { year }),
      generate: can(actor, 'report.generate', { year }),
      finalize: status === 'draft' && can(actor, 'report.finalize', { year }),
      publish: status === 'final' && can(actor, 'report.publish', { year }),
      reopen: status === 'final' && can(actor, 'report.reopen', { year }),
    },
  };
}

/** The workspace's forms are for the co-chairs of the year and the secretariat; checked before a form is read. */
export function authorizeWorkspace(actor: Actor | null, year: number): void {
  authorize(actor, 'report.edit', { year });
}

/** The preview of a narrative, as the report will show it (sanitized HTML). */
export function narrativePreview(markdown: string): string {
  return NarrativeHtml({ markdown }).value;
}

/** The live preview of the workspace: for the people who may write the report. */
export function previewNarrative(actor: Actor | null, year: number, markdown: string): string {
  authorize(actor, 'report.edit', { year });
  return narrativePreview(markdown);
}

/** The years whose report workspace a person may open: a co-chair's terms; for the secretariat, this year's and last year's. */
export async function workspaceYears(deps: Deps, actor: Actor | null): Promise<number[]> {
  if (!actor) return [];
  const thisYear = deps.clock.now().getUTCFullYear();
  const candidates = [...new Set([...actor.cochairYears, thisYear, thisYear - 1])].sort((a, b) => b - a);
  return candidates.filter((year) => can(actor, 'report.edit', { year }));
}

/** How many reports wait for the actor (as `reportsToFinalizePart` lists them), counted in the statement that gathers the navigation's counts. */
export async function reportsToFinalizeCount(deps: Deps, actor: Actor): Promise<CountPart> {
  const years = (await workspaceYears(deps, actor)).filter((year) => can(actor, 'report.finalize', { year }));
  return {
    query: repo.yearsPastDraftQuery(deps.db, years),
    read: (value) => years.length - ((value ?? []) as number[]).length,
  };
}

/**
 * The reports waiting for the actor, read as a part of the statement that gathers "My work": each
 * workspace year the actor may finalize whose report is still a draft (or not begun), oldest first.
 */
export async function reportsToFinalizePart(deps: Deps, actor: Actor): Promise<GatherPart<{ year: number; url: string }[]>> {
  const years = (await workspaceYears(deps, actor)).filter((year) => can(actor, 'report.finalize', { year }));
  return {
    query: repo.yearsPastDraftQuery(deps.db, years),
    read(value) {
      const pastDraft = new Set((value ?? []) as number[]);
      return years
        .filter((year) => !pastDraft.has(year))
        .sort((a, b) => a - b)
        .map((year) => ({ year, url: `/reports/${year}/edit` }));
    },
  };
}
