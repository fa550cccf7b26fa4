/**
 * The group's vocabularies: the mapping's dimensions and their values, and the kinds of organization.
 * The secretariat adds, renames, reorders and retires; every change is audited in its transaction and
 * checks the version the form was opened on. A retired value is no longer offered, and still reads
 * (marked) wherever it was chosen.
 */
import type { Deps } from '../../deps';
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database';
import type { DB } from '../../db/schema';
import { watchForChanges } from '../../lib/change-watcher';
import { updateVersioned } from '../../db/versioned';
import { fieldError, notFound, staleRecord } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { kindsCode, offeredValues, unknownKindMessage, type Vocabularies, type Vocabulary, type VocabularyValue } from './vocabularies.schemas';
import * as repo from './vocabularies.repository';
import { labelsFrom, type DimensionAddInput, type DimensionEditInput, type ValueAddInput, type ValueEditInput } from './vocabularies.schemas';

export { findValue, offeredValues, unknownKindMessage, valueLabel, type Vocabulary, vocabularyName } from './vocabularies.schemas';

function toValue(row: repo.ValueItem): VocabularyValue {
  return { code: row.code, labels: row.labels, position: row.position, retiredYear: row.retired_year, version: row.version };
}

function toVocabulary(row: repo.VocabularyRow, values: repo.ValueItem[]): Vocabulary {
  return {
    code: row.code,
    purpose: row.purpose,
    names: row.names,
    captions: row.captions,
    charted: row.charted,
    position: row.position,
    version: row.version,
    values: values.filter((value) => value.vocabulary_id === row.id).map(toValue),
  };
}

const emptyKinds: Vocabulary = { code: kindsCode, purpose: 'kinds', names: {}, captions: {}, charted: false, position: 0, version: 0, values: [] };

/** Reads every vocabulary from the database, in one statement. */
export async function readVocabularies(db: Executor): Promise<Vocabularies> {
  const all = (await repo.listVocabulariesWithValues(db)).map((row) => toVocabulary(row, row.values));
  return { dimensions: all.filter((vocabulary) => vocabulary.purpose === 'mapping'), kinds: all.find((vocabulary) => vocabulary.purpose === 'kinds') ?? emptyKinds };
}

/**
 * Every mapping and member page reads the vocabularies, and they change rarely: a process keeps them
 * in memory, per database, read on first use and again after a change (a save here, or one another
 * process made, seen by `watchVocabularies`).
 */
let held = new WeakMap<Executor, Promise<Vocabularies>>();

/**
 * Forgets the vocabularies held in memory: the next read goes to the database. A change calls it when
 * it starts and once it is committed, so a read made in between is not kept either.
 */
export function forgetVocabularies(): void {
  held = new WeakMap();
}

/** Every vocabulary of the group, values in order (retired ones included). Inside a transaction, as it sees them. */
export async function getVocabularies({ db }: Pick<Deps, 'db'>): Promise<Vocabularies> {
  if (db.isTransaction) return readVocabularies(db);
  const kept = held.get(db);
  if (kept) return kept;
  const reading = readVocabularies(db);
  const holding = held;
  holding.set(db, reading);
  reading.catch(() => holding.delete(db));
  return reading;
}

/** Reads the vocabularies into memory now (at start), so no page waits for them. */
export async function loadVocabularies(deps: Pick<Deps, 'db'>): Promise<void> {
  forgetVocabularies();
  await getVocabularies(deps);
}

/**
 * Keeps a running server in step with changes to the vocabularies made by another process (the
 * command line, another instance): every `intervalMs`, they are read again if they changed.
 */
export function watchVocabularies(deps: Pick<Deps, 'db' | 'log'>, intervalMs = 60_000): () => void {
  return watchForChanges({
    stamp: () => repo.vocabulariesStamp(deps.db),
    reload: () => loadVocabularies(deps),
    onError: (error) => deps.log.error({ err: error }, 'reading the vocabularies failed'),
    intervalMs,
  });
}

/** Runs a change in its own transaction and forgets what memory held once it is committed (or not). */
async function changing<T>(deps: Deps, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      forgetVocabularies();
      return work(trx);
    });
  } finally {
    forgetVocabularies();
  }
}

export async function getVocabulary(deps: Deps, code: string): Promise<Vocabulary> {
  const { dimensions, kinds } = await getVocabularies(deps);
  const found = [...dimensions, kinds].find((vocabulary) => vocabulary.code === code && vocabulary.version > 0);
  if (!found) throw notFound('vocabulary', { code });
  return found;
}

async function rowOrThrow(db: Executor, code: string): Promise<repo.VocabularyRow> {
  const row = await repo.findVocabulary(db, code);
  if (!row) throw notFound('vocabulary', { code });
  return row;
}

export const staleVocabulary = staleRecord<Vocabulary>('raised.vocabulary.stale');
export const staleValue = staleRecord<VocabularyValue>('raised.vocabulary.stale');

/** Puts the row with `id` at `position` (1-based) among `ids` and renumbers the others, without touching their versions. */
async function reorder(db: Executor, table: 'vocabularies' | 'vocabulary_values', ids: number[], id: number, position: number): Promise<void> {
  const others = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(position - 1, 0), others.length);
  const ordered = [...others.slice(0, index), id, ...others.slice(index)];
  for (const [at, rowId] of ordered.entries()) {
    await db
      .updateTable(table)
      .set({ position: at + 1 })
      .where('id', '=', rowId)
      .where('position', '<>', at + 1)
      .execute();
  }
}

/** Adds a dimension to the mapping, last in order. */
export async function addDimension(deps: Deps, actor: Actor | null, input: DimensionAddInput): Promise<Vocabulary> {
  authorize(actor, 'vocabulary.edit');
  const now = deps.clock.now();
  return changing(deps, async (trx) => {
    const row = await repo.insertVocabulary(trx, {
      code: input.code,
      purpose: 'mapping',
      names: JSON.stringify(labelsFrom(input, 'name')),
      charted: input.charted,
      position: await repo.nextVocabularyPosition(trx),
      created_at: now,
      updated_at: now,
    });
    if (!row) throw fieldError('code', localized('raised.vocabulary.codeTaken', { code: input.code }));
    await audit.record(trx, now, { actor, action: 'create', table: 'vocabularies', recordId: row.id, after: row });
    return toVocabulary(row, []);
  });
}

/** Renames a vocabulary (names and figure captions per language), charts it or not, and moves it in the order. */
export async function updateDimension(deps: Deps, actor: Actor | null, code: string, input: DimensionEditInput): Promise<Vocabulary> {
  authorize(actor, 'vocabulary.edit');
  const now = deps.clock.now();
  return changing(deps, async (trx) => {
    const before = await rowOrThrow(trx, code);
    await updateVersioned(trx, {
      table: 'vocabularies',
      before,
      expectedVersion: input.version,
      changes: { names: JSON.stringify(labelsFrom(input, 'name')), captions: JSON.stringify(labelsFrom(input, 'caption')), charted: before.purpose === 'mapping' && input.charted },
      at: now,
      stale: staleVocabulary,
      show: () => getVocabularyIn(trx, code),
      related: async () => {
        if (before.purpose !== 'mapping') return;
        const siblings = await repo.listVocabularies(trx, 'mapping');
        await reorder(
          trx,
          'vocabularies',
          siblings.map((row) => row.id),
          before.id,
          input.position,
        );
      },
      audit: (saved) => audit.record(trx, now, { actor, action: 'update', table: 'vocabularies', recordId: before.id, before, after: { ...saved, position: input.position } }),
    });
    return getVocabularyIn(trx, code);
  });
}

async function getVocabularyIn(db: Executor, code: string): Promise<Vocabulary> {
  const row = await rowOrThrow(db, code);
  return toVocabulary(row, await repo.listValues(db, [row.id]));
}

/** Adds a value to a vocabulary, last in order. */
export async function addValue(deps: Deps, actor: Actor | null, code: string, input: ValueAddInput): Promise<VocabularyValue> {
  authorize(actor, 'vocabulary.edit');
  const now = deps.clock.now();
  return changing(deps, async (trx) => {
    const vocabulary = await rowOrThrow(trx, code);
    const row = await repo.insertValue(trx, {
      vocabulary_id: vocabulary.id,
      code: input.code,
      labels: JSON.stringify(labelsFrom(input, 'label')),
      position: await repo.nextValuePosition(trx, vocabulary.id),
      retired_year: null,
      created_at: now,
      updated_at: now,
    });
    if (!row) throw fieldError('code', localized('raised.vocabulary.codeTaken', { code: input.code }));
    await audit.record(trx, now, { actor, action: 'create', table: 'vocabulary_values', recordId: row.id, after: row });
    return toValue(row);
  });
}

/** Renames a value (labels per language), moves it in the order, retires it or brings it back. */
export async function updateValue(deps: Deps, actor: Actor | null, code: string, valueCode: string, input: ValueEditInput): Promise<VocabularyValue> {
  authorize(actor, 'vocabulary.edit');
  const now = deps.clock.now();
  return changing(deps, async (trx) => {
    const vocabulary = await rowOrThrow(trx, code);
    const before = await repo.findValue(trx, vocabulary.id, valueCode);
    if (!before) throw notFound('vocabularyValue', { code: valueCode });
    const retiredYear = input.retired ? (before.retired_year ?? now.getUTCFullYear()) : null;
    const action = before.retired_year === null && retiredYear !== null ? 'retire' : 'update';
    const saved = await updateVersioned(trx, {
      table: 'vocabulary_values',
      before,
      expectedVersion: input.version,
      changes: { labels: JSON.stringify(labelsFrom(input, 'label')), retired_year: retiredYear },
      at: now,
      stale: staleValue,
      show: toValue,
      related: async () => {
        const siblings = await repo.listValues(trx, [vocabulary.id]);
        await reorder(
          trx,
          'vocabulary_values',
          siblings.map((row) => row.id),
          before.id,
          input.position,
        );
      },
      audit: (after) => audit.record(trx, now, { actor, action, table: 'vocabulary_values', recordId: before.id, before, after: { ...after, position: input.position } }),
    });
    return toValue({ ...saved, position: input.position });
  });
}

/** A kind the group has (retired kinds included: an organization keeps its kind); else a problem for the `kind` field. */
export async function checkKind(deps: Deps, kind: string, current: string | null = null): Promise<string | null> {
  const { kinds } = await getVocabularies(deps);
  const found = kinds.values.find((value) => value.code === kind);
  if (found && (found.retiredYear === null || kind === current)) return null;
  return unknownKindMessage(
    kind,
    offeredValues(kinds).map((value) => value.code),
  );
}

/** The vocabularies, for a person allowed to edit them (else FORBIDDEN or UNAUTHENTICATED). */
export async function vocabulariesForEditing(deps: Deps, actor: Actor | null): Promise<Vocabularies> {
  authorize(actor, 'vocabulary.edit');
  return getVocabularies(deps);
}
