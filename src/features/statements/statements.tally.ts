/**
 * The arithmetic of an endorsement round, apart from the database: the tally and the outcome.
 *
 * The denominator is the number of member organizations the group reports (31 in December 2022),
 * not the number listed in the directory: an organization without a position is silent, whether or
 * not it has an account here.
 *
 * Consensus: endorsed when nobody objects and at least one organization endorses; silence is not
 * consent. Silence procedure: endorsed when nobody objects by the deadline; the silent consent.
 * A quorum, when set, is the least number of organizations that must record a position.
 */
import type { Position, RoundOutcome, RoundResult, RoundRule } from './statements.table';

export interface Tally {
  total: number;
  endorsed: number;
  abstained: number;
  objected: number;
  silent: number;
  responded: number;
}

export function tallyPositions(positions: { position: Position }[], total: number): Tally {
  const count = (wanted: Position) => positions.filter((entry) => entry.position === wanted).length;
  const endorsed = count('endorse');
  const abstained = count('abstain');
  const objected = count('object');
  const responded = endorsed + abstained + objected;
  return { total, endorsed, abstained, objected, responded, silent: Math.max(0, total - responded) };
}

export function decideOutcome(rule: RoundRule, quorum: number | null, tally: Tally): Exclude<RoundOutcome, 'superseded' | 'withdrawn'> {
  if (quorum !== null && tally.responded < quorum) return 'no_quorum';
  if (tally.objected > 0) return 'not_endorsed';
  if (rule === 'consensus') return tally.endorsed > 0 ? 'endorsed' : 'not_endorsed';
  return 'endorsed';
}

/**
 * What a round records when it closes. Under the silence procedure the member organizations listed
 * here that stayed silent are named as consenting; those the directory does not list cannot be named.
 */
export function closingResult(rule: RoundRule, outcome: RoundOutcome, tally: Tally, positions: { entityId: number; position: Position }[], listedMemberIds: number[]): RoundResult {
  const responded = new Set(positions.map((entry) => entry.entityId));
  const endorserIds = positions.filter((entry) => entry.position === 'endorse').map((entry) => entry.entityId);
  const silentConsentIds = rule === 'silence' && outcome === 'endorsed' ? listedMemberIds.filter((id) => !responded.has(id)) : [];
  return {
    endorsed: tally.endorsed,
    abstained: tally.abstained,
    objected: tally.objected,
    silent: tally.silent,
    endorserIds,
    silentConsentIds,
    unnamedEndorsers: 0,
  };
}
