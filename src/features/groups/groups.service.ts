/**
 * Working groups: standing or ad hoc, with a mandate, member entities and conveners. What happens
 * inside a group (posts, replies, files) is in posts.service.ts; mail in notifications.service.ts.
 */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, fieldError, showStaleAfter, staleRecord } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import * as repo from './groups.repository';
import type { Group, GroupInput, GroupMember } from './groups.schemas';
import { localized } from '../../lib/i18n';

export const maxGroups = 200;

export function currentYear(deps: Deps): number {
  return deps.clock.now().getUTCFullYear();
}

async function toGroups(deps: Deps, rows: repo.GroupRow[]): Promise<Group[]> {
  const links = await repo.listGroupEntities(
    deps.db,
    rows.map((row) => row.id),
  );
  const entities = await members.summariesByIds(deps, [...new Set(links.map((link) => link.entity_id))]);
  return rows.map((row) => {
    const groupMembers: GroupMember[] = links
      .filter((link) => link.group_id === row.id)
      .flatMap((link) => {
        const entity = entities.get(link.entity_id);
        return entity ? [{ entityId: link.entity_id, acronym: entity.acronym, name: entity.name, slug: entity.slug, convener: link.convener }] : [];
      });
    return toGroup(row, groupMembers);
  });
}

/** A group's row and its members (sorted here, by acronym) to a Group. */
function toGroup(row: repo.GroupRow, groupMembers: GroupMember[]): Group {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    mandate: row.mandate,
    formedOn: row.formed_on,
    formedReason: row.formed_reason,
    closedOn: row.closed_on,
    sources: row.sources,
    version: row.version,
    members: [...groupMembers].sort((a, b) => a.acronym.localeCompare(b.acronym)),
  };
}

export function memberEntityIds(group: Group): number[] {
  return group.members.map((member) => member.entityId);
}

export function convenerEntityIds(group: Group): number[] {
  return group.members.filter((member) => member.convener).map((member) => member.entityId);
}

export interface GroupRights {
  read: boolean;
  post: boolean;
  manage: boolean;
}

export function rightsIn(deps: Deps, actor: Actor | null, group: Group): GroupRights {
  const members = { entityIds: memberEntityIds(group) };
  return {
    read: can(actor, 'group.read', members),
    post: group.closedOn === null && can(actor, 'group.post', members),
    manage: can(actor, 'group.manage', { entityIds: convenerEntityIds(group), year: currentYear(deps) }),
  };
}

export interface GroupListItem extends Group {
  rights: GroupRights;
}

/** Every group, for anyone signed in; what each person may do in it comes along. */
export async function listGroups(deps: Deps, actor: Actor | null): Promise<GroupListItem[]> {
  authorize(actor, 'group.list');
  const groups = await toGroups(deps, await repo.listGroups(deps.db, maxGroups));
  return groups.map((group) => ({ ...group, rights: rightsIn(deps, actor, group) }));
}

async function groupBySlug(deps: Deps, slug: string): Promise<Group> {
  const row = await repo.findGroupWithMembers(deps.db, slug);
  if (!row) throw notFound('group', { slug });
  return toGroup(
    row,
    row.members.map((member) => ({ entityId: member.entity_id, acronym: member.acronym, name: member.name, slug: member.slug, convener: member.convener })),
  );
}

/** A group and the actor's rights in it; its description is for anyone signed in. */
export async function getGroup(deps: Deps, actor: Actor | null, slug: string): Promise<{ group: Group; rights: GroupRights }> {
  authorize(actor, 'group.list');
  const group = await groupBySlug(deps, slug);
  return { group, rights: rightsIn(deps, actor, group) };
}

/** A group whose inside (posts, files, coordination view) the actor may read, else FORBIDDEN. */
export async function groupForReading(deps: Deps, actor: Actor | null, slug: string): Promise<{ group: Group; rights: GroupRights }> {
  authorize(actor, 'group.list');
  const group = await groupBySlug(deps, slug);
  authorize(actor, 'group.read', { entityIds: memberEntityIds(group) });
  return { group, rights: rightsIn(deps, actor, group) };
}

export async function groupForPosting(deps: Deps, actor: Actor | null, slug: string): Promise<Group> {
  const { group } = await groupForReading(deps, actor, slug);
  authorize(actor, 'group.post', { entityIds: memberEntityIds(group) });
  if (group.closedOn !== null) throw new AppError('CONFLICT', localized('raised.group.closed', { name: group.name, date: group.closedOn }));
  return group;
}

export async function groupForManaging(deps: Deps, actor: Actor | null, slug: string): Promise<Group> {
  authorize(actor, 'group.list');
  const group = await groupBySlug(deps, slug);
  authorize(actor, 'group.manage', { entityIds: convenerEntityIds(group), year: currentYear(deps) });
  return group;
}

export async function groupById(deps: Deps, id: number): Promise<Group | null> {
  const row = await repo.findGroupById(deps.db, id);
  if (!row) return null;
  const [group] = await toGroups(deps, [row]);
  return group ?? null;
}

/** The groups whose posts an actor may read: those of their organization (all of them for admins). */
export async function readableGroupIds(deps: Deps, actor: Actor | null): Promise<number[]> {
  if (!actor) return [];
  if (can(actor, 'group.read', { entityIds: [] })) return (await repo.listGroups(deps.db, maxGroups)).map((row) => row.id);
  if (actor.entityId === null) return [];
  return repo.listGroupIdsOfEntity(deps.db, actor.entityId);
}

export function mayCreateGroup(deps: Deps, actor: Actor | null): boolean {
  return can(actor, 'group.create', { year: currentYear(deps) });
}

export function assertMayCreateGroup(deps: Deps, actor: Actor | null): void {
  authorize(actor, 'group.create', { year: currentYear(deps) });
}

export function slugForGroup(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'group'
  );
}

async function entityEntries(deps: Deps, input: GroupInput): Promise<{ entityId: number; convener: boolean }[]> {
  const acronyms = [...new Set([...input.entities, ...input.conveners])];
  const ids = await members.entityIdsByAcronym(deps, acronyms);
  const unknown = acronyms.filter((acronym) => !ids.has(acronym));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', localized('raised.group.unknownOrganizations', { names: unknown.join(', ') }), {
      fields: [{ field: 'entities', message: localized('raised.group.unknownOrganizationsField', { names: unknown.join(', ') }) }],
    });
  }
  const conveners = new Set(input.conveners);
  return acronyms.map((acronym) => ({ entityId: ids.get(acronym) as number, convener: conveners.has(acronym) }));
}

function checkDates(input: GroupInput): void {
  if (input.formed_on && input.closed_on && input.closed_on < input.formed_on) {
    throw fieldError('closed_on', localized('raised.group.closedBeforeFormed'));
  }
}

export async function createGroup(deps: Deps, actor: Actor | null, input: GroupInput): Promise<Group> {
  authorize(actor, 'group.create', { year: currentYear(deps) });
  checkDates(input);
  const entries = await entityEntries(deps, input);
  const now = deps.clock.now();
  const slug = slugForGroup(input.name);
  const id = await deps.db.transaction().execute(async (trx) => {
    if (await repo.findGroupBySlug(trx, slug)) {
      throw new AppError('CONFLICT', localized('raised.group.nameTaken', { name: input.name }), { fields: [{ field: 'name', message: localized('raised.group.nameTakenField') }] });
    }
    const row = await repo.insertGroup(trx, {
      slug,
      name: input.name,
      kind: input.kind,
      mandate: input.mandate,
      formed_on: input.formed_on ?? null,
      formed_reason: input.formed_reason ?? null,
      closed_on: input.closed_on ?? null,
      sources: JSON.stringify([]),
      created_at: now,
      updated_at: now,
    });
    await repo.replaceGroupEntities(trx, row.id, entries);
    await audit.record(trx, now, { actor, action: 'create', table: 'groups', recordId: row.id, after: { ...row, entities: entries } });
    return row.id;
  });
  return (await groupById(deps, id)) as Group;
}

export const staleGroup = staleRecord<Group>('raised.group.stale');
/** Inside the transaction the refusal carries the row; the group is shown whole once it is over. */
const staleGroupRow = staleRecord<repo.GroupRow>('raised.group.stale');

export async function updateGroup(deps: Deps, actor: Actor | null, slug: string, input: GroupInput): Promise<Group> {
  const group = await groupForManaging(deps, actor, slug);
  checkDates(input);
  const entries = await entityEntries(deps, input);
  const now = deps.clock.now();
  const save = () =>
    deps.db.transaction().execute(async (trx) => {
      const before = await repo.findGroupById(trx, group.id);
      if (!before) throw notFound('group', { slug });
      await updateVersioned(trx, {
        table: 'groups',
        before,
        expectedVersion: input.version,
        changes: {
          name: input.name,
          kind: input.kind,
          mandate: input.mandate,
          formed_on: input.formed_on ?? null,
          formed_reason: input.formed_reason ?? null,
          closed_on: input.closed_on ?? null,
        },
        at: now,
        stale: staleGroupRow,
        show: (current) => current,
        related: () => repo.replaceGroupEntities(trx, group.id, entries),
        audit: (saved) =>
          audit.record(trx, now, {
            actor,
            action: 'update',
            table: 'groups',
            recordId: group.id,
            before: { ...before, entities: group.members.map((member) => ({ entityId: member.entityId, convener: member.convener })) },
            after: { ...saved, entities: entries },
          }),
      });
    });
  await showStaleAfter(save, staleGroupRow, staleGroup, () => groupBySlug(deps, slug));
  return (await groupById(deps, group.id)) as Group;
}

export interface ReferenceGroup {
  slug: string;
  name: string;
  kind: 'standing' | 'ad_hoc';
  mandate: string;
  formedOn: string | null;
  formedReason: string | null;
  closedOn: string | null;
  /** "all current members", or a list of acronyms (those not in the directory are skipped). */
  members: 'all current members' | string[];
  sources: string[];
}

/** Loads the reference groups; an existing group (by slug) keeps its record, and only missing member entities are added. */
export async function loadReferenceGroups(deps: Deps, groups: ReferenceGroup[]): Promise<number> {
  const current = await allCurrentMemberIds(deps);
  // Resolved before the transaction: on the embedded database a second connection would wait for it.
  const memberIds = new Map<string, number[]>();
  for (const group of groups) {
    memberIds.set(group.slug, group.members === 'all current members' ? current : [...(await members.entityIdsByAcronym(deps, group.members)).values()]);
  }
  return deps.db.transaction().execute(async (trx) => {
    let inserted = 0;
    for (const group of groups) {
      const now = deps.clock.now();
      const created = await repo.insertGroupIfMissing(trx, {
        slug: group.slug,
        name: group.name,
        kind: group.kind,
        mandate: group.mandate,
        formed_on: group.formedOn,
        formed_reason: group.formedReason,
        closed_on: group.closedOn,
        sources: JSON.stringify(group.sources),
        created_at: now,
        updated_at: now,
      });
      if (!created) continue;
      inserted++;
      for (const entityId of memberIds.get(group.slug) ?? []) await repo.addGroupEntityIfMissing(trx, created.id, entityId);
      await audit.record(trx, now, { actor: null, actorLabel: 'icat seed', action: 'create', table: 'groups', recordId: created.id, after: created });
    }
    return inserted;
  });
}

async function allCurrentMemberIds(deps: Deps): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; page <= 20; page++) {
    const result = await members.listMembers(deps, { page, kind: undefined, q: undefined });
    const acronyms = result.items.map((item) => item.acronym);
    ids.push(...(await members.entityIdsByAcronym(deps, acronyms)).values());
    if (page * result.pageSize >= result.total) break;
  }
  return ids;
}

/** Every working group on record with its member organizations (by acronym), in the shape `loadReferenceGroups` reads. */
export async function readReferenceGroups(deps: Deps): Promise<ReferenceGroup[]> {
  const rows = await repo.listGroups(deps.db, 100_000);
  const entries = await repo.listGroupEntities(
    deps.db,
    rows.map((row) => row.id),
  );
  const entities = await members.summariesByIds(deps, [...new Set(entries.map((entry) => entry.entity_id))]);
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    mandate: row.mandate,
    formedOn: row.formed_on,
    formedReason: row.formed_reason,
    closedOn: row.closed_on,
    members: entries.filter((entry) => entry.group_id === row.id).flatMap((entry) => entities.get(entry.entity_id)?.acronym ?? []),
    sources: row.sources,
  }));
}
