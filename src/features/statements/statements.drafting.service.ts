/**
 * Drafting a statement: starting a text, saving its text as numbered versions, comparing two versions.
 */
import * as audit from '../audit/audit.service';
import * as repo from './statements.repository';
import * as roundsRepo from './statements.rounds.repository';
import type { Deps } from '../../deps';
import { nextTextVersion } from '../../db/text-versions';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord, staleVersion } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { accountIdOf, authorLabel, type Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { readableDiff, type DiffBlock } from '../../lib/diff';
import type { NewStatementInput, TextInput } from './statements.schemas';
import {
  maxVersions,
  workingStates,
  currentYear,
  penSubject,
  type StatementSummary,
  toSummary,
  statementOrThrow,
  lockedStatement,
  conflict,
  assertReadable,
  indexStatement,
  type VersionInfo,
  type TextVersion,
  toTextVersion,
} from './statements.rules';
import { supersedeRound } from './statements.rounds.service';

// ---- drafting ----

export function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '') || 'statement'
  );
}

export async function createStatement(deps: Deps, actor: Actor | null, input: NewStatementInput): Promise<StatementSummary> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  const slug = input.slug ?? slugify(input.title);
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await repo.findStatementBySlug(trx, slug)) {
      throw new AppError('CONFLICT', localized('raised.statement.slugTaken.summary', { slug }), { fields: [{ field: 'slug', message: localized('raised.statement.slugTaken', { slug }) }] });
    }
    const created = await repo.insertStatement(trx, {
      slug,
      kind: input.kind,
      title: input.title,
      original_language: input.original_language ?? 'en',
      year: currentYear(deps),
      sources: '[]',
      created_by: accountIdOf(actor),
      created_at: now,
      updated_at: now,
    });
    await repo.insertVersion(trx, {
      statement_id: created.id,
      number: 1,
      title: input.title,
      body: input.body,
      note: null,
      created_by: accountIdOf(actor),
      author_label: authorLabel(actor),
      created_at: now,
    });
    await indexStatement(trx, created, input.body);
    await audit.record(trx, now, { actor, action: 'create', table: 'statements', recordId: created.id, after: { ...created, body: input.body } });
    return created;
  });
  return toSummary(row);
}

/** A text saved meanwhile: the refusal shows its current version. */
export const staleStatement = staleRecord<TextVersion>('raised.statement.stale');

export interface SavedText {
  /** The new version's number, or null when nothing changed. */
  versionNumber: number | null;
  /** Whether an open endorsement round was voided by the change. */
  roundSuperseded: boolean;
}

/**
 * Saves the text as a new version. A text that changes while a round is open voids the round, and
 * one whose endorsed version changes goes back to drafting: either way it needs a new round.
 */
export async function saveText(deps: Deps, actor: Actor | null, slug: string, input: TextInput): Promise<SavedText> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedStatement(trx, slug);
    if (!workingStates.includes(row.status)) throw conflict(localized('raised.statement.noLongerChanges', { status: row.status }));
    const current = await repo.findVersion(trx, row.id, row.current_version);
    if (!current) throw notFound('statementText');
    const next = nextTextVersion(row, current, input, actor, now, () => staleVersion(staleStatement, toTextVersion(current)));
    if (!next) return { versionNumber: null, roundSuperseded: false };
    const { number } = next;
    await repo.insertVersion(trx, { statement_id: row.id, ...next });
    const openRound = await roundsRepo.findOpenRound(trx, row.id);
    if (openRound) await supersedeRound(trx, now, actor, openRound, 'superseded');
    await updateVersioned(trx, {
      table: 'statements',
      before: row,
      expectedVersion: input.version,
      changes: { title: input.title, current_version: number, status: row.status === 'endorsement' ? 'drafting' : row.status },
      at: now,
      stale: staleStatement,
      show: async (saved) => toTextVersion((await repo.findVersion(trx, saved.id, saved.current_version)) ?? current),
      reindex: (after) => indexStatement(trx, after, input.body),
      audit: (after) =>
        audit.record(trx, now, {
          actor,
          action: 'new_version',
          table: 'statements',
          recordId: row.id,
          before: { version: current.number, title: current.title, status: row.status },
          after: { version: number, title: input.title, note: input.note ?? null, status: after.status },
        }),
    });
    return { versionNumber: number, roundSuperseded: Boolean(openRound) };
  });
}

export interface StatementDiff {
  statement: StatementSummary;
  from: VersionInfo;
  to: VersionInfo;
  blocks: DiffBlock[];
  versions: VersionInfo[];
}

export async function getDiff(deps: Deps, actor: Actor | null, slug: string, from: number, to: number): Promise<StatementDiff> {
  const row = await statementOrThrow(deps.db, slug);
  const { member, consulted } = await assertReadable(deps, actor, row);
  if (!member && !consulted) throw new AppError('FORBIDDEN', localized('raised.statement.versionsForMembers'));
  const [before, after, versions] = await Promise.all([repo.findVersion(deps.db, row.id, from), repo.findVersion(deps.db, row.id, to), repo.listVersions(deps.db, row.id, maxVersions)]);
  if (!before || !after) throw notFound('textVersion');
  return {
    statement: toSummary(row),
    from: toTextVersion(before),
    to: toTextVersion(after),
    blocks: readableDiff(before.body, after.body),
    versions: versions.map((version) => ({ number: version.number, title: version.title, note: version.note, authorLabel: version.author_label, createdAt: version.created_at })),
  };
}
