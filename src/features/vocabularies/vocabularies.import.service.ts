/**
 * A whole vocabulary set as plain data, for the group bundle importer: `exportVocabularies` returns
 * it and `importVocabularies` takes the same shape back. Everything is checked before anything is
 * written; problems are returned, not thrown, so an importer can list them with its own.
 */
import type { Deps } from '../../deps';
import type { Executor } from '../../db/database';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { kindsCode, type Labels, type ValueData, type Vocabulary, type VocabularySetData } from './vocabularies.schemas';
import * as repo from './vocabularies.repository';
import { vocabularySetSchema } from './vocabularies.schemas';
import { forgetVocabularies, readVocabularies } from './vocabularies.service';

export interface VocabularyProblem {
  /** Where in the data: "dimensions.2.values.0.code". */
  path: string;
  message: string;
}

export interface VocabularyImportResult {
  problems: VocabularyProblem[];
  /** Vocabularies and values added, changed (renamed, moved, retired or brought back), and dimensions removed. */
  added: number;
  changed: number;
  removed: number;
}

/**
 * `merge` (the default) adds and updates what the data names and leaves the rest alone. `replace`
 * makes the group's set the data's: a value the data leaves out is retired (profiles that chose it
 * still show it), a dimension it leaves out is removed from the mapping (profiles keep their codes,
 * which read again if the dimension comes back).
 */
export type VocabularyImportMode = 'merge' | 'replace';

function valuesOf(vocabulary: Vocabulary): ValueData[] {
  return vocabulary.values.map((value) => ({ code: value.code, labels: value.labels, retiredYear: value.retiredYear }));
}

export async function exportVocabularies({ db }: Deps): Promise<VocabularySetData> {
  const { dimensions, kinds } = await readVocabularies(db);
  return {
    dimensions: dimensions.map((dimension) => ({ code: dimension.code, names: dimension.names, captions: dimension.captions, charted: dimension.charted, values: valuesOf(dimension) })),
    kinds: { names: kinds.names, values: valuesOf(kinds) },
  };
}

function duplicates(codes: string[]): string[] {
  return codes.filter((code, index) => codes.indexOf(code) !== index);
}

/** Checks the data whole: its shape (every field), then codes named twice. */
export function checkVocabularySet(data: unknown): { problems: VocabularyProblem[]; set: VocabularySetData | null } {
  const parsed = vocabularySetSchema.safeParse(data);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'data', message: issue.message })), set: null };
  const problems: VocabularyProblem[] = [];
  const set = parsed.data as VocabularySetData;
  for (const code of duplicates(set.dimensions.map((dimension) => dimension.code))) problems.push({ path: 'dimensions', message: localized('raised.vocabulary.repeated', { code }) });
  set.dimensions.forEach((dimension, index) => {
    for (const code of duplicates(dimension.values.map((value) => value.code))) problems.push({ path: `dimensions.${index}.values`, message: localized('raised.vocabulary.repeated', { code }) });
  });
  for (const code of duplicates(set.kinds.values.map((value) => value.code))) problems.push({ path: 'kinds.values', message: localized('raised.vocabulary.repeated', { code }) });
  return { problems, set };
}

/** Equal as data: the keys of labels in any order (jsonb keeps its own order, a file another). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  return value;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

interface Counts {
  added: number;
  changed: number;
  removed: number;
}

async function writeValues(trx: Executor, actor: Actor, now: Date, vocabularyId: number, values: ValueData[], mode: VocabularyImportMode, counts: Counts): Promise<void> {
  const existing = await repo.listValues(trx, [vocabularyId]);
  const named = new Set(values.map((value) => value.code));
  const order = [...values.map((value) => value.code), ...existing.filter((row) => !named.has(row.code)).map((row) => row.code)];
  for (const [index, code] of order.entries()) {
    const value = values.find((candidate) => candidate.code === code);
    const row = existing.find((candidate) => candidate.code === code);
    const position = index + 1;
    if (!row && value) {
      const added = await repo.insertValue(trx, {
        vocabulary_id: vocabularyId,
        code,
        labels: JSON.stringify(value.labels),
        position,
        retired_year: value.retiredYear ?? null,
        created_at: now,
        updated_at: now,
      });
      if (added) await audit.record(trx, now, { actor, action: 'import', table: 'vocabulary_values', recordId: added.id, after: added });
      counts.added++;
      continue;
    }
    if (!row) continue;
    const labels: Labels = value?.labels ?? row.labels;
    const retired = value ? (value.retiredYear ?? null) : mode === 'replace' ? (row.retired_year ?? now.getUTCFullYear()) : row.retired_year;
    if (same(labels, row.labels) && retired === row.retired_year && position === row.position) continue;
    const saved = await repo.updateValue(trx, row.id, row.version, { labels: JSON.stringify(labels), retired_year: retired, position }, now);
    await audit.record(trx, now, { actor, action: 'import', table: 'vocabulary_values', recordId: row.id, before: row, after: saved ?? null });
    counts.changed++;
  }
}

/** Replaces or merges the group's vocabularies from plain data; on any problem nothing is written. */
export async function importVocabularies(deps: Deps, actor: Actor | null, data: unknown, mode: VocabularyImportMode = 'merge'): Promise<VocabularyImportResult> {
  authorize(actor, 'vocabulary.edit');
  const { problems, set } = checkVocabularySet(data);
  if (problems.length > 0 || !set) return { problems, added: 0, changed: 0, removed: 0 };
  const now = deps.clock.now();
  const counts: Counts = { added: 0, changed: 0, removed: 0 };
  forgetVocabularies();
  await deps.db.transaction().execute(async (trx) => {
    const existing = await repo.listVocabularies(trx);
    const wanted = [
      ...set.dimensions.map((dimension) => ({
        code: dimension.code,
        purpose: 'mapping' as const,
        names: dimension.names,
        captions: dimension.captions ?? {},
        charted: dimension.charted ?? true,
        values: dimension.values,
      })),
      { code: kindsCode, purpose: 'kinds' as const, names: set.kinds.names, captions: {}, charted: false, values: set.kinds.values },
    ];
    const kindsRow = existing.find((row) => row.purpose === 'kinds');
    for (const [index, vocabulary] of wanted.entries()) {
      let row = vocabulary.purpose === 'kinds' ? kindsRow : existing.find((candidate) => candidate.code === vocabulary.code);
      if (row && row.purpose !== vocabulary.purpose) row = undefined;
      const names = vocabulary.names ?? row?.names ?? { en: 'Kinds of organization' };
      const moves = mode === 'replace' && vocabulary.purpose === 'mapping';
      const position = moves ? index + 1 : await repo.nextVocabularyPosition(trx);
      if (!row) {
        const added = await repo.insertVocabulary(trx, {
          code: vocabulary.code,
          purpose: vocabulary.purpose,
          names: JSON.stringify(names),
          captions: JSON.stringify(vocabulary.captions),
          charted: vocabulary.charted,
          position,
          created_at: now,
          updated_at: now,
        });
        if (!added) continue;
        await audit.record(trx, now, { actor, action: 'import', table: 'vocabularies', recordId: added.id, after: added });
        counts.added++;
        row = added;
      } else if (!same(names, row.names) || !same(vocabulary.captions, row.captions) || vocabulary.charted !== row.charted || (moves && position !== row.position)) {
        const saved = await repo.updateVocabulary(
          trx,
          row.id,
          row.version,
          { names: JSON.stringify(names), captions: JSON.stringify(vocabulary.captions), charted: vocabulary.charted, ...(moves ? { position } : {}) },
          now,
        );
        await audit.record(trx, now, { actor, action: 'import', table: 'vocabularies', recordId: row.id, before: row, after: saved ?? null });
        counts.changed++;
      }
      await writeValues(trx, actor, now, row.id, vocabulary.values, mode, counts);
    }
    if (mode === 'replace') {
      const keep = new Set(set.dimensions.map((dimension) => dimension.code));
      for (const row of existing.filter((candidate) => candidate.purpose === 'mapping' && !keep.has(candidate.code))) {
        await trx.deleteFrom('vocabularies').where('id', '=', row.id).execute();
        await audit.record(trx, now, { actor, action: 'delete', table: 'vocabularies', recordId: row.id, before: row });
        counts.removed++;
      }
    }
  });
  // Inside a larger transaction (a bundle's import), its caller forgets them again once it commits.
  forgetVocabularies();
  return { problems: [], ...counts };
}
