/**
 * Reading the translations of a text in the workspace (members only): the list, one translation with
 * its versions, and the comparison of two versions; and the shapes the feature answers with.
 */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { readableDiff, type DiffBlock } from '../../lib/diff';
import { notFound } from '../../lib/errors';
import { supportedLocales, type Locale } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as members from '../members/members.service';
import { translationUrl } from './translations.paths';
import * as repo from './translations.repository';

export type TextKey = repo.TextKey;

const maxVersions = 200;

/** What the feature owning a text says about it. */
export interface SourceText {
  key: TextKey;
  /** The text's reference in addresses and XLIFF files: its id, or "year.section" for a report section. */
  ref: string;
  title: string;
  /** Markdown. */
  body: string;
  language: Locale;
  /** The text's own page. */
  url: string;
  /** The year whose co-chairs hold the pen on the text. */
  penYear: number;
}

export interface TranslationSummary {
  language: Locale;
  currentVersion: number;
  approvedVersion: number | null;
  /** The current version is the approved one. */
  official: boolean;
  approvedAt: Date | null;
  approvedBy: string | null;
  /** The organization that added it, when not the secretariat. */
  entityAcronym: string | null;
  href: string;
}

export interface TranslationVersionInfo {
  number: number;
  title: string;
  note: string | null;
  authorLabel: string;
  createdAt: Date;
}

export interface TranslationText extends TranslationVersionInfo {
  body: string;
}

export interface TextTranslations {
  source: SourceText;
  translations: TranslationSummary[];
  /** Languages a translation may still be added in (not the original's, not one that exists). */
  missing: Locale[];
  rights: { add: boolean };
}

export interface TranslationDetail {
  source: SourceText;
  translation: TranslationSummary;
  /** The record's version: a form sends it back, so a stale save is refused. */
  version: number;
  text: TranslationText;
  versions: TranslationVersionInfo[];
  rights: { edit: boolean; approve: boolean };
}

export interface TranslationDiff {
  source: SourceText;
  language: Locale;
  from: TranslationText;
  to: TranslationText;
  blocks: DiffBlock[];
}

export function toText(row: repo.TranslationVersionRow): TranslationText {
  return { number: row.number, title: row.title, note: row.note, authorLabel: row.author_label, createdAt: row.created_at, body: row.body };
}

export async function summaries(deps: Deps, source: Pick<SourceText, 'key' | 'ref'>, rows: repo.TranslationRow[]): Promise<TranslationSummary[]> {
  const entities = await members.summariesByIds(
    deps,
    rows.flatMap((row) => (row.entity_id ? [row.entity_id] : [])),
  );
  return rows.map((row) => ({
    language: row.language,
    currentVersion: row.current_version,
    approvedVersion: row.approved_version,
    official: row.approved_version === row.current_version,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by_label,
    entityAcronym: row.entity_id ? (entities.get(row.entity_id)?.acronym ?? null) : null,
    href: translationUrl(source, row.language),
  }));
}

export function editSubject(source: SourceText, row: repo.TranslationRow) {
  return { year: source.penYear, entityId: row.entity_id };
}

/** Translations in the workspace are for members: checked before the text is even looked up. */
export function assertMayRead(actor: Actor | null): void {
  authorize(actor, 'translation.read');
}

/** Before a form is read: those who may add a translation (whether they may edit one depends on who added it). */
export function assertMayWrite(actor: Actor | null, source: Pick<SourceText, 'penYear'>): void {
  authorize(actor, 'translation.add', { year: source.penYear });
}

export function assertMayApprove(actor: Actor | null): void {
  authorize(actor, 'translation.approve');
}

/** The translations of a text (at most one a language), for the owner's page: whoever may read the text sees this list. */
export async function translationsOf(deps: Deps, source: Pick<SourceText, 'key' | 'ref'>): Promise<TranslationSummary[]> {
  return summaries(deps, source, await repo.listTranslations(deps.db, source.key));
}

export async function listTextTranslations(deps: Deps, actor: Actor | null, source: SourceText): Promise<TextTranslations> {
  authorize(actor, 'translation.read');
  const translations = await translationsOf(deps, source);
  return {
    source,
    translations,
    missing: supportedLocales.filter((language) => language !== source.language && !translations.some((translation) => translation.language === language)),
    rights: { add: can(actor, 'translation.add', { year: source.penYear }) },
  };
}

async function translationOrThrow(db: Executor, source: SourceText, language: Locale): Promise<repo.TranslationRow> {
  const row = await repo.findTranslation(db, source.key, language);
  if (!row) throw notFound('translation');
  return row;
}

export async function getTranslation(deps: Deps, actor: Actor | null, source: SourceText, language: Locale): Promise<TranslationDetail> {
  authorize(actor, 'translation.read');
  const row = await translationOrThrow(deps.db, source, language);
  const [current, versions, [summary]] = await Promise.all([repo.findVersion(deps.db, row.id, row.current_version), repo.listVersions(deps.db, row.id, maxVersions), summaries(deps, source, [row])]);
  if (!current || !summary) throw notFound('translationText');
  return {
    source,
    translation: summary,
    version: row.version,
    text: toText(current),
    versions: versions.map((version) => ({ number: version.number, title: version.title, note: version.note, authorLabel: version.author_label, createdAt: version.created_at })),
    rights: { edit: can(actor, 'translation.edit', editSubject(source, row)), approve: can(actor, 'translation.approve') && !summary.official },
  };
}

export async function getTranslationDiff(deps: Deps, actor: Actor | null, source: SourceText, language: Locale, from: number, to: number): Promise<TranslationDiff> {
  authorize(actor, 'translation.read');
  const row = await translationOrThrow(deps.db, source, language);
  const [before, after] = await Promise.all([repo.findVersion(deps.db, row.id, from), repo.findVersion(deps.db, row.id, to)]);
  if (!before || !after) throw notFound('textVersion');
  return { source, language, from: toText(before), to: toText(after), blocks: readableDiff(before.body, after.body) };
}
