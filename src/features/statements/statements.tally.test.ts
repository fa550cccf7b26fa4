/** The arithmetic of an endorsement round, over every mix of positions, rules and quorums. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingResult, decideOutcome, tallyPositions } from './statements.tally';
import type { Position, RoundRule } from './statements.table';

const position = fc.constantFrom<Position>('endorse', 'abstain', 'object');
/** A round: member organizations (ids 1..members), the positions some of them recorded, a rule and a quorum. */
const round = fc.integer({ min: 1, max: 60 }).chain((members) =>
  fc.record({
    members: fc.constant(members),
    positions: fc.uniqueArray(fc.record({ entityId: fc.integer({ min: 1, max: members }), position }), { selector: (entry) => entry.entityId, maxLength: members }),
    rule: fc.constantFrom<RoundRule>('consensus', 'silence'),
    quorum: fc.option(fc.integer({ min: 1, max: members }), { nil: null }),
  }),
);

describe('an endorsement round', () => {
  it('counts every member organization once: endorsed, abstained, objected or silent', () => {
    fc.assert(
      fc.property(round, ({ members, positions }) => {
        const tally = tallyPositions(positions, members);
        expect(tally.endorsed + tally.abstained + tally.objected + tally.silent).toBe(members);
        expect(tally.responded).toBe(positions.length);
      }),
    );
  });

  it('is never endorsed over an objection or below its quorum, and silence is consent only under the silence procedure', () => {
    fc.assert(
      fc.property(round, ({ members, positions, rule, quorum }) => {
        const tally = tallyPositions(positions, members);
        const outcome = decideOutcome(rule, quorum, tally);
        if (quorum !== null && tally.responded < quorum) expect(outcome).toBe('no_quorum');
        else if (tally.objected > 0) expect(outcome).toBe('not_endorsed');
        else if (rule === 'silence') expect(outcome).toBe('endorsed');
        else expect(outcome).toBe(tally.endorsed > 0 ? 'endorsed' : 'not_endorsed');
      }),
    );
  });

  it('names as endorsers exactly those who endorsed, and as consenting only the silent, only when the silence procedure endorses', () => {
    fc.assert(
      fc.property(round, ({ members, positions, rule, quorum }) => {
        const tally = tallyPositions(positions, members);
        const outcome = decideOutcome(rule, quorum, tally);
        const listed = Array.from({ length: members }, (_, index) => index + 1);
        const result = closingResult(rule, outcome, tally, positions, listed);
        expect(new Set(result.endorserIds)).toEqual(new Set(positions.filter((entry) => entry.position === 'endorse').map((entry) => entry.entityId)));
        const responded = new Set(positions.map((entry) => entry.entityId));
        if (rule === 'silence' && outcome === 'endorsed') expect(result.silentConsentIds).toEqual(listed.filter((id) => !responded.has(id)));
        else expect(result.silentConsentIds).toEqual([]);
        expect(result.silent).toBe(tally.silent);
      }),
    );
  });
});
