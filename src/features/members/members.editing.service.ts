/**
 * Editing members: the secretariat edits an organization's record, a focal point (or the
 * secretariat) its mapping profile. Both check the version the form was opened on, and both are
 * audited in the transaction of the change.
 */
import type { Deps } from '../../deps';
import { isoDay } from '../../lib/clock';
import { updateVersioned } from '../../db/versioned';
import { notFound, fieldError, staleRecord, staleVersion, validationError, type FieldIssue } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './members.repository';
import type { MemberDetail, MemberInput, Profile, ProfileInput } from './members.schemas';
import { getMember, toProfile } from './members.service';
import { localized } from '../../lib/i18n';
import * as vocabularies from '../vocabularies/vocabularies.service';
import { valueProblems } from './mapping.service';

/**
 * The profile's values checked against the group's dimensions: a dimension it does not have, a value
 * it does not know, or a retired value the profile did not have already are refused, naming the list.
 */
async function checkedValues(deps: Deps, values: Record<string, string[]>, current: Record<string, string[]>): Promise<Record<string, string[]>> {
  const { dimensions } = await vocabularies.getVocabularies(deps);
  const issues: FieldIssue[] = [];
  for (const code of Object.keys(values)) {
    if (!dimensions.some((dimension) => dimension.code === code)) {
      issues.push({ field: code, message: localized('raised.vocabulary.unknownField', { fields: dimensions.map((dimension) => dimension.code).join(', ') }) });
    }
  }
  const checked: Record<string, string[]> = {};
  for (const dimension of dimensions) {
    const codes = [...new Set(values[dimension.code] ?? [])];
    const problems = valueProblems(dimension, codes, current[dimension.code] ?? []);
    // One message per field, as a form shows one beside each: every problem of the dimension in it.
    if (problems.length > 0) issues.push({ field: dimension.code, message: problems.join('; ') });
    checked[dimension.code] = codes;
  }
  // Values of a dimension no longer in the group's list stay as they were: nobody could see them in the form.
  for (const [code, kept] of Object.entries(current)) if (!(code in checked)) checked[code] = kept;
  if (issues.length > 0) throw validationError(issues);
  return checked;
}

async function entityOrThrow(deps: Deps, key: string): Promise<repo.EntityRow> {
  const entity = await repo.findEntityByKey(deps.db, key);
  if (!entity) throw notFound('organization', { key });
  return entity;
}

/** A profile saved meanwhile (or, for none, the version 0 of no profile yet). */
export const staleProfile = staleRecord<Profile | null>('raised.member.staleProfile');

/** Saves the profile as of today: today's profile gets a new version, an older one is kept and a new dated one is added. */
export async function saveProfile(deps: Deps, actor: Actor | null, key: string, input: ProfileInput): Promise<Profile> {
  const entity = await entityOrThrow(deps, key);
  authorize(actor, 'member.profile.edit', { entityId: entity.id });
  const now = deps.clock.now();
  const today = isoDay(now);
  const latestBefore = await repo.findLatestProfile(deps.db, entity.id);
  const mapping = await checkedValues(deps, input.values, latestBefore?.mapping ?? {});
  const values = {
    entity_id: entity.id,
    as_of: today,
    mapping: JSON.stringify(mapping),
    expertise: input.expertise ?? null,
    initiatives: JSON.stringify(input.initiatives.map((title) => ({ title }))),
    partnerships: JSON.stringify(input.partnerships.map((name) => ({ name }))),
    is_sample: false,
  };
  return deps.db.transaction().execute(async (trx) => {
    const latest = await repo.lockLatestProfile(trx, entity.id);
    if ((latest?.version ?? 0) !== input.version) throw staleVersion(staleProfile, latest ? toProfile(latest) : null);
    if (latest && latest.as_of === today) {
      const saved = await updateVersioned(trx, {
        table: 'profiles',
        before: latest,
        expectedVersion: input.version,
        changes: values,
        at: now,
        stale: staleProfile,
        show: toProfile,
        audit: (after) => audit.record(trx, now, { actor, action: 'update', table: 'profiles', recordId: after.id, entityId: entity.id, before: latest, after }),
      });
      return toProfile(saved);
    }
    // A new dated profile continues the versions of the one before; the lock above keeps that one in place.
    const saved = await repo.insertProfile(trx, { ...values, version: (latest?.version ?? 0) + 1, created_at: now, updated_at: now });
    await audit.record(trx, now, { actor, action: 'create', table: 'profiles', recordId: saved.id, entityId: entity.id, before: latest ?? null, after: saved });
    return toProfile(saved);
  });
}

export const staleMember = staleRecord<repo.EntityRow>('raised.member.stale');

export async function updateMember(deps: Deps, actor: Actor | null, key: string, input: MemberInput): Promise<repo.EntityRow> {
  const entity = await entityOrThrow(deps, key);
  authorize(actor, 'member.edit', { entityId: entity.id });
  if (input.joined_year && input.left_year && input.left_year < input.joined_year) {
    throw fieldError('left_year', localized('raised.member.leftBeforeJoined'));
  }
  const kindProblem = await vocabularies.checkKind(deps, input.kind, entity.kind);
  if (kindProblem) throw fieldError('kind', kindProblem);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const before = (await repo.findEntityById(trx, entity.id)) ?? entity;
    return updateVersioned(trx, {
      table: 'entities',
      before,
      expectedVersion: input.version,
      changes: {
        name: input.name,
        kind: input.kind,
        status: input.status,
        joined_year: input.joined_year ?? null,
        left_year: input.left_year ?? null,
        mandate: input.mandate ?? null,
        role_note: input.role_note ?? null,
      },
      at: now,
      stale: staleMember,
      show: (current) => current,
      audit: (saved) => audit.record(trx, now, { actor, action: 'update', table: 'entities', recordId: entity.id, entityId: entity.id, before, after: saved }),
    });
  });
}

/** The member, for a person allowed to edit its record or its profile (else FORBIDDEN or UNAUTHENTICATED). */
export async function memberForEditing(deps: Deps, actor: Actor | null, key: string, what: 'record' | 'profile'): Promise<MemberDetail> {
  const member = await getMember(deps, key);
  authorize(actor, what === 'record' ? 'member.edit' : 'member.profile.edit', { entityId: member.id });
  return member;
}
