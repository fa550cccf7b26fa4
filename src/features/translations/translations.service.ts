/**
 * Texts in several languages. A statement, publication, event or annual-report section is written in
 * one language (its original); each translation is a text of its own, with numbered versions that can
 * be compared like the original's (lib/diff.ts). A translation is unofficial until the secretariat
 * approves one of its versions; a later version is unofficial again until it is approved, and
 * readers keep the approved version meanwhile. Only approved words reach the public and the search.
 *
 * The feature that owns a text tells what it is (SourceText, built by text-sources.service.ts) and
 * has already checked that the person may read it; the rights to add, edit and approve are here.
 *
 * Read functions for other features:
 *   translationsOf(deps, key)                            the translations of a text, official or not
 *   readerText(deps, key, original, wanted)              what a reader of `wanted` sees: approved translation or the original
 *   indexApprovedTranslations(db, key)                   puts the approved translations in the search index beside the original
 */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import { readableDiff, type DiffBlock } from '../../lib/diff';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord, staleVersion } from '../../lib/errors';
import type { Locale } from '../../lib/i18n';
import { localized, supportedLocales } from '../../lib/i18n';
import { markdownToPlainText } from '../../lib/markdown';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import * as search from '../search/search.service';
import { translationsUrl, translationUrl } from './translations.paths';
import * as repo from './translations.repository';
import type { ApproveInput, NewTranslationInput, TranslationTextInput } from './translations.schemas';
import type { TextKind } from './translations.table';

export type TextKey = repo.TextKey;
export { translationsUrl, translationUrl };
export type { TextKind };
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

function authorLabel(actor: Actor): string {
  return actor.entityAcronym ? `${actor.name} (${actor.entityAcronym})` : actor.name;
}

function accountIdOf(actor: Actor): number | null {
  return actor.accountId > 0 ? actor.accountId : null;
}

function toText(row: repo.TranslationVersionRow): TranslationText {
  return { number: row.number, title: row.title, note: row.note, authorLabel: row.author_label, createdAt: row.created_at, body: row.body };
}

async function summaries(deps: Deps, source: Pick<SourceText, 'key' | 'ref'>, rows: repo.TranslationRow[]): Promise<TranslationSummary[]> {
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

function editSubject(source: SourceText, row: repo.TranslationRow) {
  return { year: source.penYear, entityId: row.entity_id };
}

/** A translation saved meanwhile: the refusal shows its current text. */
export const staleTranslation = staleRecord<TranslationText>('raised.translation.stale');

function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

// ---- reading ----

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

/** What a reader who asked for `wanted` sees: the approved translation into it, else the original. */
export interface ReaderText {
  wanted: Locale;
  language: Locale;
  title: string;
  body: string;
  translated: boolean;
  /** The original's language, and the languages of the approved translations: the versions a reader may choose. */
  languages: Locale[];
  original: Locale;
}

export async function readerText(deps: Deps, key: TextKey, original: { title: string; body: string; language: Locale }, wanted: Locale): Promise<ReaderText> {
  return readerTextOf(deps, await repo.listTranslations(deps.db, key), original, wanted);
}

/** The reader's text from the text's translations, already read. */
async function readerTextOf(deps: Deps, translations: repo.TranslationRow[], original: { title: string; body: string; language: Locale }, wanted: Locale): Promise<ReaderText> {
  const rows = translations.filter((row) => row.approved_version !== null && row.language !== original.language);
  const languages = supportedLocales.filter((language) => language === original.language || rows.some((row) => row.language === language));
  const shown = { wanted, languages, original: original.language };
  const row = wanted === original.language ? undefined : rows.find((candidate) => candidate.language === wanted);
  const approved = row?.approved_version ? await repo.findVersion(deps.db, row.id, row.approved_version) : undefined;
  if (!row || !approved) return { ...shown, language: original.language, title: original.title, body: original.body, translated: false };
  return { ...shown, language: row.language, title: approved.title, body: approved.body, translated: true };
}

/** What a text's page needs: the text in the reader's language, and, for members, its translations and where to manage them. */
export interface TextLanguages {
  reader: ReaderText;
  translations: { items: TranslationSummary[]; manageUrl: string } | null;
}

export async function textLanguages(deps: Deps, actor: Actor | null, key: TextKey, original: { title: string; body: string; language: Locale }, wanted: Locale): Promise<TextLanguages> {
  const text = { key, ref: key.part ? `${key.id}.${key.part}` : String(key.id) };
  const member = can(actor, 'translation.read');
  // The translations are read once, for the reader's text and the members' list.
  const rows = await repo.listTranslations(deps.db, key);
  const [reader, items] = await Promise.all([readerTextOf(deps, rows, original, wanted), member ? summaries(deps, text, rows) : Promise.resolve(null)]);
  return { reader, translations: items ? { items, manageUrl: translationsUrl(text) } : null };
}

// ---- the search index ----

/** Puts the approved version of each of a text's translations in the index beside its original (which must be there). */
export async function indexApprovedTranslations(db: Executor, key: TextKey): Promise<void> {
  const rows = (await repo.listTranslations(db, key)).filter((row) => row.approved_version !== null);
  const versions = await repo.findVersions(
    db,
    rows.map((row) => ({ translationId: row.id, number: row.approved_version as number })),
  );
  for (const row of rows) {
    const version = versions.find((candidate) => candidate.translation_id === row.id);
    if (version) await search.indexTranslation(db, { kind: key.kind, recordId: key.id, language: row.language, title: version.title, body: markdownToPlainText(version.body) });
  }
}

// ---- writing ----

/** Adds a translation with its first version (unofficial); a language the text already has is refused. */
export async function addTranslation(deps: Deps, actor: Actor | null, source: SourceText, input: NewTranslationInput): Promise<TranslationSummary> {
  authorize(actor, 'translation.add', { year: source.penYear });
  if (input.language === source.language) {
    throw new AppError('VALIDATION', localized('translation.sameLanguage'), { fields: [{ field: 'language', message: localized('translation.sameLanguage.field') }] });
  }
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const inserted = await repo.insertTranslation(trx, {
      text_kind: source.key.kind,
      text_id: source.key.id,
      part: source.key.part,
      language: input.language,
      entity_id: actor.entityId,
      created_by: accountIdOf(actor),
      created_at: now,
      updated_at: now,
    });
    if (!inserted) throw conflict('The text has a translation into that language already: open it to write a new version.');
    await repo.insertVersion(trx, {
      translation_id: inserted.id,
      number: 1,
      title: input.title,
      body: input.body,
      note: input.note ?? null,
      created_by: accountIdOf(actor),
      author_label: authorLabel(actor),
      created_at: now,
    });
    await audit.record(trx, now, {
      actor,
      action: 'create',
      table: 'text_translations',
      recordId: inserted.id,
      entityId: actor.entityId,
      after: { text: `${source.key.kind} ${source.ref}`, language: input.language, version: 1, title: input.title },
    });
    return inserted;
  });
  const [summary] = await summaries(deps, source, [row]);
  return summary as TranslationSummary;
}

export interface SavedTranslation {
  /** The new version's number, or null when nothing changed. */
  versionNumber: number | null;
}

/**
 * Saves a new version of a translation if nobody saved one since the form was opened (else
 * the stale-version error, a 409 that keeps what was typed). The new version is unofficial.
 */
export async function saveTranslation(deps: Deps, actor: Actor | null, source: SourceText, language: Locale, input: TranslationTextInput): Promise<SavedTranslation> {
  authorize(actor, 'translation.read');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.lockTranslation(trx, source.key, language);
    if (!row) throw notFound('translation');
    authorize(actor, 'translation.edit', editSubject(source, row));
    const current = await repo.findVersion(trx, row.id, row.current_version);
    if (!current) throw notFound('translationText');
    if (input.version !== row.version) throw staleVersion(staleTranslation, toText(current));
    if (current.title === input.title && current.body === input.body) return { versionNumber: null };
    const number = row.current_version + 1;
    await repo.insertVersion(trx, {
      translation_id: row.id,
      number,
      title: input.title,
      body: input.body,
      note: input.note ?? null,
      created_by: accountIdOf(actor),
      author_label: authorLabel(actor),
      created_at: now,
    });
    await updateVersioned(trx, {
      table: 'text_translations',
      before: row,
      expectedVersion: input.version,
      changes: { current_version: number },
      at: now,
      stale: staleTranslation,
      show: async (saved) => toText((await repo.findVersion(trx, saved.id, saved.current_version)) ?? current),
      audit: () =>
        audit.record(trx, now, {
          actor,
          action: 'new_version',
          table: 'text_translations',
          recordId: row.id,
          entityId: row.entity_id,
          before: { version: current.number, title: current.title, approvedVersion: row.approved_version },
          after: { version: number, title: input.title, note: input.note ?? null, official: false },
        }),
    });
    return { versionNumber: number };
  });
}

/** Makes version `input.number` (the current one) the official translation: the secretariat only. */
export async function approveTranslation(deps: Deps, actor: Actor | null, source: SourceText, language: Locale, input: ApproveInput): Promise<TranslationSummary> {
  authorize(actor, 'translation.approve');
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockTranslation(trx, source.key, language);
    if (!before) throw notFound('translation');
    const current = await repo.findVersion(trx, before.id, before.current_version);
    if (!current) throw notFound('translationText');
    if (input.version !== before.version || input.number !== before.current_version) throw staleVersion(staleTranslation, toText(current));
    if (before.approved_version === before.current_version) throw conflict(`Version ${before.current_version} of this translation is approved already.`);
    return updateVersioned(trx, {
      table: 'text_translations',
      before,
      expectedVersion: input.version,
      changes: { approved_version: before.current_version, approved_by: accountIdOf(actor), approved_by_label: authorLabel(actor), approved_at: now },
      at: now,
      stale: staleTranslation,
      show: async (saved) => toText((await repo.findVersion(trx, saved.id, saved.current_version)) ?? current),
      // Indexed only where the original is (search.indexTranslation): a draft's translations stay out.
      reindex: () => search.indexTranslation(trx, { kind: source.key.kind, recordId: source.key.id, language, title: current.title, body: markdownToPlainText(current.body) }),
      audit: (after) =>
        audit.record(trx, now, {
          actor,
          action: 'approve',
          table: 'text_translations',
          recordId: before.id,
          entityId: before.entity_id,
          before: { approvedVersion: before.approved_version },
          after: { approvedVersion: after.approved_version, approvedBy: after.approved_by_label },
        }),
    });
  });
  const [summary] = await summaries(deps, source, [row]);
  return summary as TranslationSummary;
}

/**
 * Stores a translation read from a file (XLIFF) as a new, unofficial version, adding the translation
 * when the text has none in that language yet.
 */
export async function storeImportedTranslation(
  deps: Deps,
  actor: Actor | null,
  source: SourceText,
  language: Locale,
  text: { title: string; body: string; note: string },
): Promise<{ created: boolean; versionNumber: number | null }> {
  const existing = await repo.findTranslation(deps.db, source.key, language);
  if (!existing) {
    await addTranslation(deps, actor, source, { language, ...text });
    return { created: true, versionNumber: 1 };
  }
  const saved = await saveTranslation(deps, actor, source, language, { ...text, version: existing.version });
  return { created: false, versionNumber: saved.versionNumber };
}
