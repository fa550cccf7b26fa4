/**
 * Endorsement rounds: opening one on a fixed version, each member organization's position, closing with
 * an outcome; a round a change of text voids is superseded.
 */
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import * as repo from './statements.repository';
import * as roundsRepo from './statements.rounds.repository';
import * as handOffs from './hand-offs.service';
import type { Executor } from '../../db/database';
import { updateVersioned } from '../../db/versioned';
import type { Deps } from '../../deps';
import { AppError, notFound, staleRecord, staleVersion } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { zonedTimeToInstant } from '../../lib/zoned-time';
import { accountIdOf, authorLabel, type Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { roundForm, type PositionInput, type RoundInput } from './statements.schemas';
import { parseWithChecks, type FieldCheck } from '../../lib/validation';
import type { RoundOutcome, RoundResult } from './statements.table';
import { closingResult, decideOutcome, tallyPositions } from './statements.tally';
import { penSubject, statementOrThrow, lockedStatement, moveStatement, conflict, day, deadlineProblem, entityStatusOf } from './statements.rules';

// ---- endorsement rounds ----

/** The denominator of a round: the membership the group reports (31 in December 2022), and how many the directory lists. */
async function membershipTotal(deps: Deps): Promise<{ total: number; asOf: string | null; listed: number }> {
  const coverage = await members.getDirectoryCoverage(deps);
  const reported = coverage.reported?.count ?? 0;
  return { total: Math.max(reported, coverage.listed, 1), asOf: coverage.reported && reported >= coverage.listed ? coverage.reported.asOf : null, listed: coverage.listed };
}

function roundChecks(deps: Deps, membership: { total: number }): FieldCheck<RoundInput>[] {
  return [
    {
      field: 'deadline',
      reads: ['deadline', 'deadline_time', 'time_zone'],
      problem: (form) => deadlineProblem(deps, form.deadline, form.deadline_time ?? '23:59', form.time_zone ?? 'UTC'),
    },
    {
      field: 'quorum',
      reads: ['quorum'],
      problem: (form) => (form.quorum !== undefined && form.quorum > membership.total ? localized('raised.statement.quorumOverMembers', { total: membership.total }) : null),
    },
  ];
}

/** Opens a round from its form; the deadline and quorum are checked against the clock and the membership with the form's other problems. */
export async function openRound(deps: Deps, actor: Actor | null, slug: string, raw: unknown): Promise<number> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const membership = await membershipTotal(deps);
  const input = await parseWithChecks(roundForm, raw, roundChecks(deps, membership));
  const now = deps.clock.now();
  const deadline = zonedTimeToInstant(input.deadline, input.deadline_time ?? '23:59', input.time_zone ?? 'UTC');
  const { row, round } = await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status !== 'drafting' && statement.status !== 'consultation') {
      throw conflict(statement.status === 'endorsement' ? localized('raised.statement.roundStands') : localized('raised.statement.noRoundOpens', { status: statement.status }));
    }
    const consultation = await repo.findOpenConsultation(trx, statement.id);
    if (consultation) await repo.closeConsultation(trx, consultation.id, now);
    const created = await roundsRepo.insertRound(trx, {
      statement_id: statement.id,
      version_number: statement.current_version,
      rule: input.rule,
      quorum: input.quorum ?? null,
      deadline,
      time_zone: input.time_zone ?? 'UTC',
      member_total: membership.total,
      member_total_as_of: membership.asOf,
      member_listed: membership.listed,
      note: input.note ?? null,
      opened_by: accountIdOf(actor),
      opened_at: now,
    });
    const after = await moveStatement(
      trx,
      now,
      statement,
      { status: 'endorsement' },
      {
        audit: () => audit.record(trx, now, { actor, action: 'open_round', table: 'endorsement_rounds', recordId: created.id, after: created }),
      },
    );
    return { row: after, round: created };
  });
  await handOffs.notifyRoundOpened(deps, actor, row, round);
  return round.id;
}

/** A position recorded meanwhile (none: undefined); positions are keyed by round and organization. */
export const stalePosition = staleRecord<roundsRepo.PositionRow | undefined>('raised.statement.stalePosition');

/** Records (or changes) the position of the actor's organization in an open round, until it closes. */
export async function recordPosition(deps: Deps, actor: Actor | null, slug: string, roundId: number, input: PositionInput): Promise<void> {
  const { entityId, status } = await entityStatusOf(deps, actor);
  authorize(actor, 'statement.position.record', { entityId, status });
  if (!entityId) throw new AppError('FORBIDDEN', localized('raised.statement.noMember'));
  const now = deps.clock.now();
  const row = await statementOrThrow(deps.db, slug);
  await deps.db.transaction().execute(async (trx) => {
    const round = await roundsRepo.lockRound(trx, row.id, roundId);
    if (!round) throw notFound('endorsementRound');
    if (round.closed_at) throw conflict(localized('raised.statement.roundClosedPositions', { date: day(round.closed_at) }));
    if (now >= round.deadline) throw conflict(localized('raised.statement.deadlinePassed', { date: day(round.deadline) }));
    const existing = await roundsRepo.findPosition(trx, round.id, entityId);
    // An organization with no position yet is at version 0; once recorded, updateVersioned checks its version.
    if (!existing && input.version !== 0) throw staleVersion(stalePosition, existing);
    const values = { position: input.position, comment: input.comment ?? null, recorded_by: accountIdOf(actor), recorded_by_label: authorLabel(actor), recorded_at: now };
    const recordAudit = (saved: roundsRepo.PositionRow) =>
      audit.record(trx, now, {
        actor,
        action: existing ? 'change_position' : 'record_position',
        table: 'endorsement_positions',
        recordId: `${round.id}:${entityId}`,
        entityId,
        before: existing ?? null,
        after: saved,
      });
    if (existing) {
      await updateVersioned(trx, {
        table: 'endorsement_positions',
        key: { round_id: round.id, entity_id: entityId },
        before: existing,
        expectedVersion: input.version,
        changes: values,
        stale: stalePosition,
        show: (saved) => saved,
        audit: recordAudit,
      });
      return;
    }
    await recordAudit(await roundsRepo.insertPosition(trx, { round_id: round.id, entity_id: entityId, ...values }));
  });
}

/**
 * Closes a round and records its outcome and endorsers. A consensus round may close early; a round
 * under the silence procedure runs to its deadline, since silence counts only then.
 */
export async function closeRound(deps: Deps, actor: Actor | null, slug: string, roundId: number): Promise<RoundOutcome> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  const listedIds = (await members.listMemberOrganizations(deps)).map((member) => member.id);
  return deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    const round = await roundsRepo.lockRound(trx, statement.id, roundId);
    if (!round) throw notFound('endorsementRound');
    if (round.closed_at) throw conflict(localized('raised.statement.roundClosed', { date: day(round.closed_at) }));
    if (round.rule === 'silence' && now < round.deadline) throw conflict(localized('raised.statement.silenceRuns', { date: day(round.deadline) }));
    const positions = await roundsRepo.listPositions(trx, round.id);
    const tally = tallyPositions(positions, round.member_total);
    const outcome = decideOutcome(round.rule, round.quorum, tally);
    const result = closingResult(
      round.rule,
      outcome,
      tally,
      positions.map((position) => ({ entityId: position.entity_id, position: position.position })),
      listedIds,
    );
    const recordClosing = () => audit.record(trx, now, { actor, action: 'close_round', table: 'endorsement_rounds', recordId: round.id, before: { outcome: null }, after: { outcome, result } });
    await closeRoundRow(trx, round, { outcome, closed_by: accountIdOf(actor), closed_at: now, result: JSON.stringify(result) }, recordClosing);
    // A round that did not endorse hands the text back to drafting; the round's audit entry covers both.
    if (outcome !== 'endorsed') await moveStatement(trx, now, statement, { status: 'drafting' }, { audit: async () => {} });
    return outcome;
  });
}

export async function supersedeRound(trx: Executor, now: Date, actor: Actor | null, round: roundsRepo.RoundRow, outcome: 'superseded' | 'withdrawn'): Promise<void> {
  const positions = await roundsRepo.listPositions(trx, round.id);
  const tally = tallyPositions(positions, round.member_total);
  const result: RoundResult = { endorsed: tally.endorsed, abstained: tally.abstained, objected: tally.objected, silent: tally.silent, endorserIds: [], silentConsentIds: [], unnamedEndorsers: 0 };
  await closeRoundRow(trx, round, { outcome, closed_by: accountIdOf(actor), closed_at: now, result: JSON.stringify(result) }, () =>
    audit.record(trx, now, {
      actor,
      action: outcome === 'superseded' ? 'supersede' : 'withdraw',
      table: 'endorsement_rounds',
      recordId: round.id,
      before: { outcome: null },
      after: { outcome, result },
    }),
  );
}

/** A round that another closing reached first. */
export const roundChanged = staleRecord<roundsRepo.RoundRow>('raised.statement.roundChanged');

/** Closes a round read in this transaction: a step of the service's own, at the version it read, with its audit entry. */
async function closeRoundRow(trx: Executor, round: roundsRepo.RoundRow, closing: roundsRepo.RoundClosing, recordAudit: () => Promise<void>): Promise<void> {
  await updateVersioned(trx, { table: 'endorsement_rounds', before: round, changes: closing, stale: roundChanged, show: (saved) => saved, audit: recordAudit });
}
