/**
 * The policy's rules as properties over any person and any record: who the public is, that a focal
 * point acts for its own organization only, and that a co-chair's rights hold in the term's years and
 * end with it, while the secretariat's do not depend on either.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor';
import { can, type Action } from './policy';
import { featureRules } from './feature-rules';
import type { Subject } from './types';

const actions = Object.values(featureRules).flatMap((rules) => Object.keys(rules)) as Action[];
const roles: Role[] = ['admin', 'cochair', 'focal_point', 'member', 'survivor_advisor'];

const year = fc.integer({ min: 2015, max: 2035 });
const entityId = fc.integer({ min: 1, max: 40 });

function actorWith(roleList: Role[], entity: number | null, cochairYears: number[]): Actor {
  return { accountId: 7, name: 'Someone', email: 'someone@example.org', entityId: entity, entityAcronym: null, roles: roleList, cochairYears, sessionId: null, locale: null };
}

const anyActor = fc
  .record({ roles: fc.subarray(roles), entity: fc.option(entityId, { nil: null }), cochairYears: fc.uniqueArray(year, { maxLength: 3 }) })
  .map(({ roles: chosen, entity, cochairYears }) => actorWith(chosen, entity, chosen.includes('cochair') ? cochairYears : []));

const anySubject: fc.Arbitrary<Subject> = fc.record(
  {
    entityId: fc.option(entityId, { nil: null }),
    accountId: fc.integer({ min: 1, max: 20 }),
    year,
    published: fc.boolean(),
    status: fc.constantFrom('draft', 'final', 'published', 'member', 'observer', 'open', 'locked'),
    entityIds: fc.uniqueArray(entityId, { maxLength: 5 }),
  },
  { requiredKeys: [] },
);

/** What an organization's focal point does only for its own organization. */
const forOwnOrganization: Action[] = ['member.profile.edit', 'account.invite', 'account.approve', 'statement.position.record'];
/** What the co-chairs do in the years of their term, and the secretariat in any year. */
const forTheTerm: Action[] = ['statement.draft', 'statement.publish', 'report.edit', 'report.generate', 'report.finalize', 'report.publish', 'meeting.manage', 'progress.pledge.manage'];

describe('the policy', () => {
  it('lets the public only read, and never a draft statement or an unpublished report', () => {
    fc.assert(
      fc.property(fc.constantFrom(...actions), anySubject, (action, subject) => {
        if (can(null, action, subject)) expect(action).toMatch(/\.(read|list)$/);
      }),
    );
    fc.assert(
      fc.property(anySubject, (subject) => {
        expect(can(null, 'statement.read', { ...subject, published: false })).toBe(false);
        expect(can(null, 'report.read', { ...subject, status: 'final' })).toBe(false);
      }),
    );
  });

  it("keeps a focal point who is not of the secretariat to its own organization's records", () => {
    fc.assert(
      fc.property(fc.constantFrom(...forOwnOrganization), entityId, entityId, anySubject, (action, own, other, subject) => {
        fc.pre(own !== other);
        const focalPoint = actorWith(['focal_point', 'member'], own, []);
        expect(can(focalPoint, action, { ...subject, entityId: other })).toBe(false);
      }),
    );
    expect(can(actorWith(['focal_point'], 3, []), 'member.profile.edit', { entityId: 3 })).toBe(true);
  });

  it("gives a co-chair the pen in the term's years only, and the secretariat in every year", () => {
    fc.assert(
      fc.property(fc.constantFrom(...forTheTerm), fc.uniqueArray(year, { minLength: 1, maxLength: 3 }), year, entityId, (action, termYears, asked, entity) => {
        const cochair = actorWith(['cochair', 'focal_point'], entity, termYears);
        expect(can(cochair, action, { year: asked })).toBe(termYears.includes(asked));
        expect(can(actorWith(['admin'], null, []), action, { year: asked })).toBe(true);
      }),
    );
  });

  it('never lets a member or a survivor advisor hold the pen, manage or administer', () => {
    const administering = [...forTheTerm, 'audit.read', 'jobs.manage', 'account.manage', 'member.edit', 'groupSettings.manage', 'vocabulary.edit', 'plan.edit'] as Action[];
    fc.assert(
      fc.property(fc.constantFrom(...administering), fc.constantFrom<Role>('member', 'survivor_advisor'), fc.option(entityId, { nil: null }), anySubject, (action, role, entity, subject) => {
        expect(can(actorWith([role], entity, []), action, subject)).toBe(false);
      }),
    );
  });

  it('answers every action for any person and any record without throwing', () => {
    fc.assert(fc.property(fc.constantFrom(...actions), fc.option(anyActor, { nil: null }), anySubject, (action, actor, subject) => typeof can(actor, action, subject) === 'boolean'));
  });
});
