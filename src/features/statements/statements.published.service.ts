/**
 * The public record of statements, for other features (the site, the annual report, the decisions
 * register): published texts with their adoption and endorsers, and summaries by id.
 */
import * as meetings from '../meetings/meetings.service';
import * as members from '../members/members.service';
import * as repo from './statements.repository';
import * as roundsRepo from './statements.rounds.repository';
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import { type StatementSummary, toSummary, statementOrThrow, type TextVersion, toTextVersion, type Endorsement, standingEndorsement, endorsementFromRound } from './statements.rules';
import { endorsementOf } from './statements.read.service';

export interface PublishedStatement extends StatementSummary {
  publishedOn: string;
  adoption: { reference: string; meetingId: number; meetingTitle: string; decidedOn: string } | null;
  /** Endorsing organizations counted (named, by silence, and those the directory does not name). */
  endorserCount: number;
}

export async function listPublishedStatements(deps: Deps, options: { limit: number; year?: number }): Promise<PublishedStatement[]> {
  const rows = await repo.listStatementsWithEndorsement(deps.db, { statuses: ['published'], year: options.year }, Math.min(Math.max(options.limit, 1), 500), 0);
  const adoptions = await meetings.listAdoptionDecisions(
    deps,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const adoption = adoptions.get(row.id);
    const result = row.endorsed_result;
    return {
      ...toSummary(row),
      publishedOn: row.published_on ?? '',
      adoption: adoption ? { reference: adoption.reference, meetingId: adoption.meetingId, meetingTitle: adoption.meetingTitle, decidedOn: adoption.decidedOn } : null,
      endorserCount: result ? result.endorserIds.length + result.silentConsentIds.length + result.unnamedEndorsers : 0,
    };
  });
}

export interface PublishedStatementDetail extends StatementSummary {
  publishedOn: string;
  text: TextVersion;
  sources: string[];
  adoption: meetings.AdoptionDecision | null;
  endorsement: Endorsement | null;
}

export async function getStatementWithEndorsers(deps: Deps, slug: string): Promise<PublishedStatementDetail> {
  const row = await statementOrThrow(deps.db, slug);
  if (row.status !== 'published') throw notFound('statement');
  const [versionRow, rounds, adoption] = await Promise.all([
    repo.findVersion(deps.db, row.id, row.current_version),
    roundsRepo.listRounds(deps.db, row.id),
    meetings.findAdoptionDecision(deps, row.id),
  ]);
  if (!versionRow) throw notFound('statementText');
  return {
    ...toSummary(row),
    publishedOn: row.published_on ?? '',
    text: toTextVersion(versionRow),
    sources: row.sources,
    adoption,
    endorsement: await endorsementOf(deps, standingEndorsement(row, rounds)),
  };
}

/**
 * The published statements of a year, each with its text, adoption and endorsers, as
 * getStatementWithEndorsers gives one: read set-based (statements, their current versions, their
 * rounds, their adoptions, the endorsing organizations), so the number of SQL statements does not grow
 * with the number of texts. Oldest publication first.
 */
export async function listPublishedStatementsWithEndorsers(deps: Deps, year: number): Promise<PublishedStatementDetail[]> {
  const pageSize = 1000;
  const rows: repo.StatementRow[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await repo.listStatements(deps.db, { statuses: ['published'], year }, pageSize, offset);
    rows.push(...page);
    if (page.length < pageSize) break;
  }
  const ids = rows.map((row) => row.id);
  const [versions, rounds, adoptions] = await Promise.all([repo.listCurrentVersions(deps.db, ids), roundsRepo.listRoundsOfStatements(deps.db, ids), meetings.listAdoptionDecisions(deps, ids)]);
  const roundsOf = new Map<number, roundsRepo.RoundRow[]>();
  for (const round of rounds) roundsOf.set(round.statement_id, [...(roundsOf.get(round.statement_id) ?? []), round]);
  const standing = new Map<number, roundsRepo.RoundRow>();
  for (const row of rows) {
    const round = standingEndorsement(row, roundsOf.get(row.id) ?? []);
    if (round?.result && round.closed_at) standing.set(row.id, round);
  }
  const entityIds = [...standing.values()].flatMap((round) => (round.result ? [...round.result.endorserIds, ...round.result.silentConsentIds] : []));
  const entities = await members.summariesByIds(deps, [...new Set(entityIds)]);
  const versionOf = new Map(versions.map((version) => [version.statement_id, version]));
  return rows
    .flatMap((row) => {
      const version = versionOf.get(row.id);
      if (!version) return [];
      const round = standing.get(row.id);
      return [
        {
          ...toSummary(row),
          publishedOn: row.published_on ?? '',
          text: toTextVersion(version),
          sources: row.sources,
          adoption: adoptions.get(row.id) ?? null,
          endorsement: round ? endorsementFromRound(round, entities) : null,
        },
      ];
    })
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.id - b.id);
}

export async function statementSummariesByIds(deps: Deps, ids: number[]): Promise<Map<number, StatementSummary>> {
  const rows = await repo.listStatementsByIds(deps.db, ids);
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}
