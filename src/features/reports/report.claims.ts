/**
 * Claims of progress: each accepted update the report prints is a claim that links to its public
 * summary in the evidence annex. A pledge or objective with few updates prints them all; one with
 * many prints its counts, its strongest evidence and "and N more", and every update stays in the
 * annex's CSV (`updatesTable`), so a report for a group a hundred times the size of the demo's stays readable.
 */
import { markdownToPlainText } from '../../lib/markdown';
import type { FigureTable } from '../../lib/figures';
import type * as progress from '../progress/progress.service';
import { statusName, withLanguage, type Build } from './report.build';
import type { Block, Source } from './report.model';

/** Up to this many updates under one pledge or objective, every one is printed (as a small group's reports always did). */
export const claimsPrintedInFull = 12;
/** Above it, this many of the strongest are printed, then a sentence counts the rest. */
export const strongestShown = 5;

export function acceptedOn(b: Build, update: progress.ProgressUpdate): string {
  return update.reviewedAt ? b.fmt.date(update.reviewedAt) : update.period.label;
}

/** The anchor of an update's public summary in the evidence annex. */
export function evidenceAnchor(update: progress.ProgressUpdate): string {
  return `evidence-${update.id}`;
}

/** The address of the CSV that lists every accepted update of the year. */
export function updatesCsvHref(b: Build): string {
  return withLanguage(b, `/reports/${b.data.year}/updates.csv`);
}

/**
 * A cited update's source links to its public summary in the report itself (the evidence annex),
 * never to the update's page in the workspace, which a reader of a published report cannot open.
 */
function updateSource(b: Build, update: progress.ProgressUpdate): Source {
  b.cited.set(update.id, update);
  const source = { label: b.t('report.source.update', { id: update.id, entity: update.entity.acronym, date: acceptedOn(b, update) }), href: `/reports/${b.data.year}#${evidenceAnchor(update)}-title` };
  b.citations.set(update.id, [...(b.citations.get(update.id) ?? []), source]);
  return source;
}

function targetText(update: progress.ProgressUpdate): string {
  return update.target.code ? `${update.target.code} ${update.target.title}` : update.target.title;
}

export function updateClaim(b: Build, update: progress.ProgressUpdate): Block {
  return {
    kind: 'claim',
    content: [{ text: update.entity.acronym, strong: true }, ` (${targetText(update)}; ${statusName(b, update.status)}): `, markdownToPlainText(update.narrative)],
    sources: [updateSource(b, update)],
  };
}

function reviewedTime(update: progress.ProgressUpdate): number {
  return update.reviewedAt?.getTime() ?? 0;
}

/**
 * The strongest evidence first: an update that both cites sources (links or files) and reports
 * indicator values, then the one with more of them together, then the most recently accepted, then
 * the lower id. The order depends on the data alone, so the same data prints the same claims.
 */
export function byStrength(a: progress.ProgressUpdate, c: progress.ProgressUpdate): number {
  const both = (update: progress.ProgressUpdate) => (update.evidence.length > 0 && update.values.length > 0 ? 1 : 0);
  const weight = (update: progress.ProgressUpdate) => update.evidence.length + update.values.length;
  return both(c) - both(a) || weight(c) - weight(a) || reviewedTime(c) - reviewedTime(a) || a.id - c.id;
}

function organizationsOf(updates: progress.ProgressUpdate[]): number {
  return new Set(updates.map((update) => update.entity.id)).size;
}

/**
 * The claims of a pledge or objective: all of them when they are few; otherwise the counts, the
 * strongest few (in the order of the full list, by id) and a sentence that points to the annex's CSV.
 */
export function progressClaims(b: Build, updates: progress.ProgressUpdate[]): Block[] {
  if (updates.length <= claimsPrintedInFull) return updates.map((update) => updateClaim(b, update));
  const strongest = [...updates].sort(byStrength).slice(0, strongestShown);
  const shown = new Set(strongest.map((update) => update.id));
  const rest = updates.filter((update) => !shown.has(update.id));
  return [
    { kind: 'paragraph', content: [b.t('report.claims.counts', { updates: updates.length, organizations: organizationsOf(updates), shown: strongest.length })] },
    ...strongest.sort((a, c) => a.id - c.id).map((update) => updateClaim(b, update)),
    {
      kind: 'paragraph',
      content: [b.t('report.claims.more', { count: rest.length, organizations: organizationsOf(rest) }), ' (', { text: b.t('report.claims.annex'), href: updatesCsvHref(b) }, ').'],
    },
  ];
}

function valuesText(b: Build, update: progress.ProgressUpdate): string {
  return update.values.map((value) => `${value.name}: ${value.value === null ? '' : b.fmt.number(value.value)}${value.unit ? ` ${value.unit}` : ''}`).join('; ');
}

function sourcesText(update: progress.ProgressUpdate): string {
  // Links only: attached files stay with the members, as in the evidence annex.
  return update.evidence.flatMap((entry) => (entry.kind === 'link' && entry.url ? [`${entry.title} <${entry.url}>`] : [])).join('; ');
}

/**
 * Every accepted update of the year, one row each: the annex's CSV. Only what the evidence annex
 * already makes public (no review comments, no files' contents; a file is named, not linked).
 */
export function updatesTable(b: Build): FigureTable {
  const { t } = b;
  return {
    columns: [
      t('report.updates.column.id'),
      t('report.updates.column.acronym'),
      t('report.figure.organization'),
      t('report.updates.column.target'),
      t('report.plan.column.status'),
      t('report.updates.column.period'),
      t('report.updates.column.accepted'),
      t('report.plan.column.indicator'),
      t('report.updates.column.sources'),
      t('report.updates.column.narrative'),
    ],
    rows: b.data.updates.map((update) => [
      update.id,
      update.entity.acronym,
      update.entity.name,
      targetText(update),
      statusName(b, update.status),
      update.period.label,
      update.reviewedAt ? update.reviewedAt.toISOString().slice(0, 10) : '',
      valuesText(b, update),
      sourcesText(update),
      markdownToPlainText(update.narrative),
    ]),
  };
}
