/**
 * Writing translations: adding one in a language, saving a new version (unofficial until approved),
 * approving the current version (the secretariat), and storing a version read from an XLIFF file.
 */
import { nextTextVersion } from '../../db/text-versions';
import { updateVersioned } from '../../db/versioned';
import type { Deps } from '../../deps';
import { AppError, notFound, staleRecord, staleVersion } from '../../lib/errors';
import { localized, type Locale } from '../../lib/i18n';
import { markdownToPlainText } from '../../lib/markdown';
import { accountIdOf, authorLabel, type Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as search from '../search/search.service';
import * as repo from './translations.repository';
import type { ApproveInput, NewTranslationInput, TranslationTextInput } from './translations.schemas';
import { editSubject, summaries, toText, type SourceText, type TranslationSummary, type TranslationText } from './translations.read.service';

/** A translation saved meanwhile: the refusal shows its current text. */
export const staleTranslation = staleRecord<TranslationText>('raised.translation.stale');

function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

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
    const next = nextTextVersion(row, current, input, actor, now, () => staleVersion(staleTranslation, toText(current)));
    if (!next) return { versionNumber: null };
    const { number } = next;
    await repo.insertVersion(trx, { translation_id: row.id, ...next });
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
