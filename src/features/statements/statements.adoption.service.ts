/**
 * Adoption by a decision of a meeting, publication and withdrawal; adoption is a decision type of the
 * register that statements owns (see meetings/decision-types.ts), registered when this module loads.
 */
import * as audit from '../audit/audit.service';
import * as meetings from '../meetings/meetings.service';
import * as repo from './statements.repository';
import * as roundsRepo from './statements.rounds.repository';
import type { Deps } from '../../deps';
import { isoDay } from '../../lib/clock';
import { fieldError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import type { AdoptInput } from './statements.schemas';
import { penSubject, type StatementSummary, toSummary, lockedStatement, conflict, indexStatement, moveStatement, standingEndorsement } from './statements.rules';
import { statementSummariesByIds } from './statements.published.service';
import { supersedeRound } from './statements.rounds.service';

// ---- adoption, publication, withdrawal ----

/** Adopts the text by a decision of a meeting, recorded in the register; the current version must be the one a round endorsed. */
export async function adoptStatement(deps: Deps, actor: Actor | null, slug: string, input: AdoptInput): Promise<meetings.DecisionToRecord & { reference: string }> {
  authorize(actor, 'decision.record', penSubject(deps));
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    const endorsedBy = statement.status === 'endorsement' ? standingEndorsement(statement, await roundsRepo.listRounds(trx, statement.id)) : undefined;
    if (!endorsedBy?.closed_at) throw conflict(localized('raised.statement.adoptionNeedsEndorsement'));
    const decision = {
      type: 'adoption' as const,
      title: input.title ?? localized('statement.adopt.defaultTitle', { kind: statement.kind, title: statement.title }),
      body: input.body ?? null,
      statementId: statement.id,
    };
    const notBefore = { at: endorsedBy.closed_at };
    const recorded = await meetings.recordDecisionWithin(trx, deps, actor, input.meeting, { ...decision, notBefore });
    await moveStatement(
      trx,
      now,
      statement,
      { status: 'adopted' },
      {
        audit: () =>
          audit.record(trx, now, {
            actor,
            action: 'adopt',
            table: 'statements',
            recordId: statement.id,
            before: { status: statement.status },
            after: { status: 'adopted', decision: recorded.reference },
          }),
      },
    );
    return { ...decision, reference: recorded.reference };
  });
}

export async function publishStatement(deps: Deps, actor: Actor | null, slug: string, publishedOn?: string): Promise<void> {
  authorize(actor, 'statement.publish', penSubject(deps));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status !== 'adopted') throw conflict(localized('raised.statement.publishAdoptedOnly', { status: statement.status }));
    const version = await repo.findVersion(trx, statement.id, statement.current_version);
    await moveStatement(
      trx,
      now,
      statement,
      { status: 'published', published_on: publishedOn ?? isoDay(now) },
      {
        reindex: (after) => indexStatement(trx, after, version?.body ?? ''),
        audit: (after) =>
          audit.record(trx, now, {
            actor,
            action: 'publish',
            table: 'statements',
            recordId: statement.id,
            before: { status: statement.status },
            after: { status: after.status, published_on: after.published_on },
          }),
      },
    );
  });
}

export async function withdrawStatement(deps: Deps, actor: Actor | null, slug: string, reason: string): Promise<void> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status === 'published' || statement.status === 'withdrawn') throw conflict(localized('raised.statement.cannotWithdraw', { status: statement.status }));
    const round = await roundsRepo.findOpenRound(trx, statement.id);
    if (round) await supersedeRound(trx, now, actor, round, 'withdrawn');
    const consultation = await repo.findOpenConsultation(trx, statement.id);
    if (consultation) await repo.closeConsultation(trx, consultation.id, now);
    const version = await repo.findVersion(trx, statement.id, statement.current_version);
    await moveStatement(
      trx,
      now,
      statement,
      { status: 'withdrawn', withdrawn_reason: reason },
      {
        reindex: (after) => indexStatement(trx, after, version?.body ?? ''),
        audit: () => audit.record(trx, now, { actor, action: 'withdraw', table: 'statements', recordId: statement.id, before: { status: statement.status }, after: { status: 'withdrawn', reason } }),
      },
    );
  });
}

export async function listAdoptableStatements(deps: Deps, actor: Actor | null): Promise<StatementSummary[]> {
  if (!can(actor, 'decision.record', penSubject(deps))) return [];
  const rows = await repo.listStatements(deps.db, { statuses: ['endorsement'] }, 100, 0);
  const ready: StatementSummary[] = [];
  for (const row of rows) if (standingEndorsement(row, await roundsRepo.listRounds(deps.db, row.id))) ready.push(toSummary(row));
  return ready;
}

// ---- adoption in the decisions register: statements owns it (see meetings/decision-types.ts) ----

meetings.registerDecisionType('adoption', {
  async recordFromForm(deps, actor, meetingId, input) {
    if (!input.statement) throw fieldError('statement', localized('raised.meeting.chooseStatement'));
    return adoptStatement(deps, actor, input.statement, { meeting: meetingId, title: input.title, body: input.body });
  },
  choices: listAdoptableStatements,
  async subjects(deps, ids) {
    const found = await statementSummariesByIds(deps, ids);
    return new Map([...found].map(([id, statement]) => [id, { title: statement.title, url: statement.url }]));
  },
});
