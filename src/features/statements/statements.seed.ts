/**
 * The reference record loaded by `icat seed`: meetings with their decisions, and the statements they
 * adopted with their closed rounds.
 */
import * as audit from '../audit/audit.service';
import * as meetings from '../meetings/meetings.service';
import * as members from '../members/members.service';
import * as repo from './statements.repository';
import * as roundsRepo from './statements.rounds.repository';
import type { Deps } from '../../deps';
import { readSeedJson } from '../../lib/seed-files';
import { zonedTimeToInstant } from '../../lib/zoned-time';
import { commandLineActor, type Actor } from '../../policy/actor';
import type { RoundResult, StatementKind } from './statements.table';
import { indexStatement } from './statements.rules';

// ---- reference data ----

export interface ReferenceStatement {
  slug: string;
  kind: StatementKind;
  title: string;
  year: number;
  /** A summary of the text, marked as such: the published text is not in the reference. */
  summary: string;
  publishedOn: string;
  sources: string[];
  /** Shown with the round: what the sources say of the endorsement, and what the record can name. */
  endorsementNote: string;
}

export interface ReferenceRecord {
  meetings: meetings.ReferenceMeeting[];
  statements: ReferenceStatement[];
}

/** The membership the group reported on a date: the latest count dated on or before it. */
async function membershipOn(deps: Deps, date: string): Promise<{ total: number; asOf: string | null }> {
  const about = await members.getAbout(deps);
  const count = about.membershipCounts.filter((entry) => entry.asOf <= date).at(-1);
  return count ? { total: count.count, asOf: count.asOf } : { total: 1, asOf: null };
}

/** The confirmed members of the directory (not those whose membership is uncertain) that had joined by a year. */
async function confirmedMemberIds(deps: Deps, year: number): Promise<number[]> {
  const listed = await members.listMemberOrganizations(deps);
  return listed.filter((member) => !member.uncertain && (member.joinedYear === null || member.joinedYear <= year)).map((member) => member.id);
}

/**
 * A statement of the reference, in one transaction: the text (a summary, marked as such), its closed
 * endorsement round, the adoption decision of the meeting and publication. Returns whether it was new.
 */
async function loadReferenceStatement(deps: Deps, actor: Actor, meetingId: number, decision: meetings.ReferenceDecision, reference: ReferenceStatement, meetingDate: string): Promise<boolean> {
  const membership = await membershipOn(deps, meetingDate);
  const endorserIds = await confirmedMemberIds(deps, reference.year);
  const listed = (await members.getDirectoryCoverage(deps)).listed;
  const at = zonedTimeToInstant(meetingDate, '12:00', 'UTC');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (await repo.findStatementBySlug(trx, reference.slug)) return false;
    if (await meetings.hasReferenceDecision(trx, meetingId, decision.number))
      throw new Error(`Decision ${decision.number} of meeting ${meetingId} is on record without its statement ${reference.slug}.`);
    const created = await repo.insertStatement(trx, {
      slug: reference.slug,
      kind: reference.kind,
      title: reference.title,
      year: reference.year,
      status: 'published',
      is_summary: true,
      sources: JSON.stringify(reference.sources),
      published_on: reference.publishedOn,
      created_at: now,
      updated_at: now,
    });
    await repo.insertVersion(trx, {
      statement_id: created.id,
      number: 1,
      title: reference.title,
      body: reference.summary,
      note: 'Summary from the public sources, not the published text.',
      created_by: null,
      author_label: actor.name,
      created_at: at,
    });
    const total = Math.max(membership.total, endorserIds.length);
    const result: RoundResult = { endorsed: total, abstained: 0, objected: 0, silent: 0, endorserIds, silentConsentIds: [], unnamedEndorsers: total - endorserIds.length };
    const round = await roundsRepo.insertRound(trx, {
      statement_id: created.id,
      version_number: 1,
      rule: 'consensus',
      quorum: null,
      deadline: at,
      member_total: total,
      member_total_as_of: membership.asOf,
      member_listed: listed,
      public_note: reference.endorsementNote,
      opened_at: at,
      closed_at: at,
      outcome: 'endorsed',
      result: JSON.stringify(result),
    });
    for (const entityId of endorserIds) {
      await roundsRepo.insertPosition(trx, {
        round_id: round.id,
        entity_id: entityId,
        position: 'endorse',
        comment: null,
        recorded_by: null,
        recorded_by_label: `${actor.name}, from the sources`,
        recorded_at: at,
      });
    }
    await meetings.recordDecisionWithin(trx, deps, actor, meetingId, { type: 'adoption', title: decision.title, body: decision.body, statementId: created.id, sources: decision.sources });
    await indexStatement(trx, created, reference.summary);
    await audit.record(trx, now, { actor, action: 'create', table: 'statements', recordId: created.id, after: { ...created, round: round.id, endorsers: endorserIds } });
    return true;
  });
}

/** The seed step of the record: the reference meetings, decisions and statements of seed/reference/meetings.json. */
export async function seedReferenceRecord(deps: Deps): Promise<number> {
  return loadReferenceRecord(deps, commandLineActor('icat seed'), readSeedJson<ReferenceRecord>('reference/meetings.json'));
}

/**
 * Loads the reference meetings with their decisions in the register's order; an adoption brings its
 * statement with it. What is on record already is left as it is, so a second run changes nothing.
 */
export async function loadReferenceRecord(deps: Deps, actor: Actor, record: ReferenceRecord): Promise<number> {
  let inserted = 0;
  for (const meeting of record.meetings) {
    const { id, inserted: isNew } = await meetings.loadReferenceMeeting(deps, actor, meeting);
    if (isNew) inserted++;
    for (const decision of meeting.decisions) {
      if (decision.type !== 'adoption') {
        if (await meetings.loadReferenceDecision(deps, actor, id, decision)) inserted++;
        continue;
      }
      const statement = record.statements.find((candidate) => candidate.slug === decision.statement);
      if (!statement) throw new Error(`Reference decision "${decision.title}" adopts an unknown statement: ${decision.statement}`);
      if (await loadReferenceStatement(deps, actor, id, decision, statement, meeting.date)) inserted++;
    }
  }
  return inserted;
}
