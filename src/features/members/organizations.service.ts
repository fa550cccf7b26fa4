/**
 * The member organizations as reference records: the secretariat adds an organization, edits its
 * record and retires it (the year it left, and what it became). Each function takes plain data,
 * checks it (every problem at once, as a form shows them), authorizes, writes in one transaction
 * with its audit entry, and refuses a stale version. A screen and a file importer call the same ones.
 */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { parseWithChecks } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { getVocabularies, offeredValues } from '../vocabularies/vocabularies.service';
import * as repo from './members.repository';
import type { EntityKind } from './members.table';
import { slugFor, toSummary } from './members.service';
import type { MemberSummary } from './members.schemas';
import {
  organizationCreateForm,
  organizationRetireForm,
  organizationUpdateForm,
  type OrganizationCreateInput,
  type OrganizationRetireInput,
  type OrganizationUpdateInput,
} from './organizations.schemas';

/** The kinds an organization may have: the group's own list. The one place that reads it. */
export async function kindChoices(deps: Deps): Promise<string[]> {
  const { kinds } = await getVocabularies(deps);
  return offeredValues(kinds).map((value) => value.code);
}

export const staleOrganization = staleRecord<repo.EntityRow>('raised.member.stale');

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

function acronymTaken(acronym: string): AppError {
  const message = localized('referenceAdmin.raised.acronymTaken', { acronym });
  return new AppError('CONFLICT', localized('raised.field', { field: 'acronym', problem: message }), { fields: [{ field: 'acronym', message }] });
}

function kindCheck(kinds: string[]) {
  return { field: 'kind', reads: ['kind'] as const, problem: (form: { kind: string }) => (kinds.includes(form.kind) ? null : localized('input.oneOf', { values: kinds.join(', ') })) };
}

async function entityOrThrow(deps: Deps, key: string): Promise<repo.EntityRow> {
  const entity = await repo.findEntityByKey(deps.db, key);
  if (!entity) throw notFound('organization', { key });
  return entity;
}

/** Adds an organization. Its acronym is unique whatever the case, and so is the address derived from it. */
export async function createMemberOrganization(deps: Deps, actor: Actor | null, raw: OrganizationCreateInput | unknown): Promise<repo.EntityRow> {
  authorize(actor, 'member.create');
  const kinds = await kindChoices(deps);
  const input = await parseWithChecks(organizationCreateForm, raw, [
    kindCheck(kinds),
    {
      field: 'acronym',
      reads: ['acronym'],
      problem: async ({ acronym }) => {
        const clash = (await repo.findEntityByKey(deps.db, acronym)) ?? (await repo.findEntityByKey(deps.db, slugFor(acronym)));
        return clash ? localized('referenceAdmin.raised.acronymTaken', { acronym: clash.acronym }) : null;
      },
    },
  ]);
  const now = deps.clock.now();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const saved = await repo.insertEntity(trx, {
        acronym: input.acronym,
        slug: slugFor(input.acronym),
        name: input.name,
        kind: input.kind as EntityKind,
        status: input.status,
        joined_year: input.joined_year ?? null,
        left_year: input.left_year ?? null,
        successor_id: null,
        mandate: input.mandate ?? null,
        role_note: input.role_note ?? null,
        uncertain: input.uncertain,
        sources: JSON.stringify(input.sources),
        created_at: now,
        updated_at: now,
      });
      await audit.record(trx, now, { actor, action: 'create', table: 'entities', recordId: saved.id, entityId: saved.id, after: saved });
      return saved;
    });
  } catch (error) {
    // Two people adding the same acronym at once: the unique index decides, the second is told.
    if (isUniqueViolation(error)) throw acronymTaken(input.acronym);
    throw error;
  }
}

/** Edits an organization's record: every field but its acronym (the address of its page and its links). */
export async function updateMemberOrganization(deps: Deps, actor: Actor | null, key: string, raw: OrganizationUpdateInput | unknown): Promise<repo.EntityRow> {
  const entity = await entityOrThrow(deps, key);
  authorize(actor, 'member.edit', { entityId: entity.id });
  const input = await parseWithChecks(organizationUpdateForm, raw, [kindCheck(await kindChoices(deps))]);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const before = (await repo.findEntityById(trx, entity.id)) ?? entity;
    return updateVersioned(trx, {
      table: 'entities',
      before,
      expectedVersion: input.version,
      changes: {
        name: input.name,
        kind: input.kind as EntityKind,
        status: input.status,
        joined_year: input.joined_year ?? null,
        left_year: input.left_year ?? null,
        // An organization that is no longer former has no successor.
        ...(input.status === 'former' ? {} : { successor_id: null }),
        mandate: input.mandate ?? null,
        role_note: input.role_note ?? null,
        uncertain: input.uncertain,
        sources: JSON.stringify(input.sources),
      },
      at: now,
      stale: staleOrganization,
      show: (current) => current,
      audit: (saved) => audit.record(trx, now, { actor, action: 'update', table: 'entities', recordId: entity.id, entityId: entity.id, before, after: saved }),
    });
  });
}

/**
 * Retires an organization: it becomes a former participant with the year it left, and, when it was
 * merged into or replaced by another organization on record, that successor.
 */
export async function retireMemberOrganization(deps: Deps, actor: Actor | null, key: string, raw: OrganizationRetireInput | unknown): Promise<repo.EntityRow> {
  const entity = await entityOrThrow(deps, key);
  authorize(actor, 'member.retire', { entityId: entity.id });
  let successorId: number | null = null;
  const input = await parseWithChecks(organizationRetireForm, raw, [
    {
      field: 'left_year',
      reads: ['left_year'],
      problem: ({ left_year }) => (entity.joined_year && left_year < entity.joined_year ? localized('fields.notBeforeJoined') : null),
    },
    {
      field: 'successor',
      reads: ['successor'],
      problem: async ({ successor }) => {
        if (!successor) return null;
        const found = await repo.findEntityByKey(deps.db, successor);
        if (!found) return localized('raised.unknownOrganization.named', { acronym: successor });
        if (found.id === entity.id) return localized('referenceAdmin.raised.ownSuccessor');
        successorId = found.id;
        return null;
      },
    },
  ]);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const before = (await repo.findEntityById(trx, entity.id)) ?? entity;
    return updateVersioned(trx, {
      table: 'entities',
      before,
      expectedVersion: input.version,
      changes: { status: 'former', left_year: input.left_year, successor_id: successorId },
      at: now,
      stale: staleOrganization,
      show: (current) => current,
      audit: (saved) => audit.record(trx, now, { actor, action: 'retire', table: 'entities', recordId: entity.id, entityId: entity.id, before, after: saved }),
    });
  });
}

export interface OrganizationListItem extends MemberSummary {
  successor: string | null;
  sourceCount: number;
}

/** Every organization on record, for the secretariat's list (bounded: a group has tens of members, not thousands). */
export async function listOrganizationsForAdmin(deps: Deps, actor: Actor | null): Promise<OrganizationListItem[]> {
  authorize(actor, 'member.create');
  const rows = await repo.listEntities(deps.db, { status: ['member', 'partner', 'former'] }, 1000, 0);
  const acronymOf = new Map(rows.map((row) => [row.id, row.acronym]));
  return rows.map((row) => ({
    ...toSummary(row),
    successor: row.successor_id ? (acronymOf.get(row.successor_id) ?? null) : null,
    sourceCount: row.sources.length,
  }));
}

/** The record as the edit form shows it, for the secretariat. */
export async function organizationForEditing(deps: Deps, actor: Actor | null, key: string): Promise<repo.EntityRow & { successorAcronym: string | null }> {
  const entity = await entityOrThrow(deps, key);
  authorize(actor, 'member.edit', { entityId: entity.id });
  const successor = entity.successor_id ? await repo.findEntityById(deps.db, entity.successor_id) : undefined;
  return { ...entity, successorAcronym: successor?.acronym ?? null };
}
