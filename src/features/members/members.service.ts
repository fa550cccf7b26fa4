/** Members: the directory of organizations, the group's history and membership over the years. */
import type { Deps } from '../../deps';
import { fieldError, notFound } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import { can } from '../../policy/policy';
import type { Rights } from '../../policy/rights';
import * as vocabularies from '../vocabularies/vocabularies.service';
import * as repo from './members.repository';
import type { MemberDetail, MemberListQuery, MemberOrganization, MemberSummary, Profile } from './members.schemas';
import type { EntityKind, EntityStatus } from './members.table';

export const memberPageSize = 50;

export function toSummary(row: repo.EntityItem): MemberSummary {
  return {
    acronym: row.acronym,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    status: row.status,
    joinedYear: row.joined_year,
    leftYear: row.left_year,
    uncertain: row.uncertain,
  };
}

export function toProfile(row: repo.ProfileItem): Profile {
  return {
    asOf: row.as_of,
    values: row.mapping,
    expertise: row.expertise,
    initiatives: row.initiatives,
    partnerships: row.partnerships,
    isSample: row.is_sample,
    version: row.version,
  };
}

export function slugFor(acronym: string): string {
  return acronym.trim().toLowerCase().replace(/\s+/g, '-');
}

export interface MemberPage {
  items: MemberSummary[];
  page: number;
  pageSize: number;
  total: number;
}

/** Current members first; partners and former participants are listed apart by the views. */
export async function listMembers(deps: Deps, query: MemberListQuery, statuses: EntityStatus[] = ['member']): Promise<MemberPage> {
  const { db } = deps;
  if (query.kind) {
    const { kinds } = await vocabularies.getVocabularies(deps);
    if (!kinds.values.some((value) => value.code === query.kind)) {
      throw fieldError(
        'kind',
        vocabularies.unknownKindMessage(
          query.kind,
          vocabularies.offeredValues(kinds).map((value) => value.code),
        ),
      );
    }
  }
  const filter = { kind: query.kind, search: query.q, status: statuses };
  const [items, total] = await Promise.all([repo.listEntities(db, filter, memberPageSize, (query.page - 1) * memberPageSize), repo.countEntities(db, filter)]);
  return { items: items.map(toSummary), page: query.page, pageSize: memberPageSize, total };
}

/**
 * Every member organization with its id, in one statement and without a cap: the current members, or
 * those of a year (joined by then, not left before its end; joining and leaving are recorded as years).
 * This is the one list of members that other features use (participants, rounds, filters, the report).
 */
export async function listMemberOrganizations({ db }: Deps, at: { year?: number | undefined } = {}): Promise<MemberOrganization[]> {
  const rows = await repo.listMemberEntities(db, at);
  return rows.map((row) => ({ ...toSummary(row), id: row.id }));
}

export async function listOtherOrganizations({ db }: Deps): Promise<MemberSummary[]> {
  const rows = await repo.listEntities(db, { status: ['partner', 'former'] }, 100, 0);
  return rows.map(toSummary);
}

/** Every organization on record (members, partners, former participants), for a form's list to choose from. */
export async function listOrganizationChoices({ db }: Deps): Promise<MemberSummary[]> {
  const rows = await repo.listEntities(db, { status: ['member', 'partner', 'former'] }, 500, 0);
  return rows.map(toSummary);
}

export async function getMember({ db }: Deps, key: string): Promise<MemberDetail> {
  const row = await repo.findEntityDetail(db, key);
  if (!row) throw notFound('organization', { key });
  return {
    ...toSummary(row),
    id: row.id,
    mandate: row.mandate,
    roleNote: row.role_note,
    sources: row.sources,
    successor: row.successor ? toSummary(row.successor) : null,
    predecessors: row.predecessors.map(toSummary),
    profile: row.profile ? toProfile(row.profile) : null,
    version: row.version,
  };
}

/** A member's page: the organization, with what the viewer may edit of it. */
export interface MemberPageModel extends MemberDetail {
  rights: Rights<'editRecord' | 'editProfile'>;
}

export async function getMemberPage(deps: Deps, actor: Actor | null, key: string): Promise<MemberPageModel> {
  const member = await getMember(deps, key);
  return {
    ...member,
    rights: { editRecord: can(actor, 'member.edit', { entityId: member.id }), editProfile: can(actor, 'member.profile.edit', { entityId: member.id }) },
  };
}

/** Ids of entities by acronym (case-insensitive), for features that link to members. */
export async function entityIdsByAcronym({ db }: Deps, acronyms: string[]): Promise<Map<string, number>> {
  const rows = await repo.listEntitiesByKeys(db, acronyms);
  const found = new Map<string, number>();
  for (const acronym of acronyms) {
    const lowered = acronym.toLowerCase();
    const row = rows.find((candidate) => candidate.slug === lowered) ?? rows.find((candidate) => candidate.acronym.toLowerCase() === lowered);
    if (row) found.set(acronym, row.id);
  }
  return found;
}

export async function summariesByIds({ db }: Deps, ids: number[]): Promise<Map<number, MemberSummary>> {
  const rows = await repo.listEntitiesByIds(db, ids);
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

export interface MembershipCount {
  asOf: string;
  count: number;
  /** What the source says of the count (a range, an estimate); shown beside it. */
  note?: string | null;
  sources: string[];
}

export interface AboutData {
  history: { occurredOn: string; summary: string; sources: string[] }[];
  membershipCounts: MembershipCount[];
}

export async function getAbout({ db }: Deps): Promise<AboutData> {
  const [history, counts] = await Promise.all([repo.listHistory(db), repo.listMembershipCounts(db)]);
  return {
    history: history.map((row) => ({ occurredOn: row.occurred_on, summary: row.summary, sources: row.sources })),
    membershipCounts: counts.map((row) => ({ asOf: row.as_of, count: row.count, note: row.note, sources: row.sources })),
  };
}

/** How complete the directory is: the reported size of the group against the organizations listed. */
export async function getDirectoryCoverage({ db }: Deps): Promise<{ reported: MembershipCount | null; listed: number }> {
  const [latest, listed] = await Promise.all([repo.latestMembershipCount(db), repo.countEntities(db, { status: ['member'] })]);
  return { reported: latest ? { asOf: latest.as_of, count: latest.count, sources: latest.sources } : null, listed };
}

export interface ReferenceEntity {
  acronym: string;
  name: string;
  kind: EntityKind;
  status: EntityStatus;
  joinedYear: number | null;
  leftYear: number | null;
  successor: string | null;
  roleNote: string | null;
  /** What the organization does in the group, when the reference data says (optional in older seed files). */
  mandate?: string | null;
  uncertain: boolean;
  sources: string[];
}

export interface ReferenceMembers {
  entities: ReferenceEntity[];
  membershipCounts: MembershipCount[];
  history: AboutData['history'];
}

/** Loads the reference data; rows that exist already are left as they are, so a second run changes nothing. */
export async function loadReferenceMembers({ db }: Deps, data: ReferenceMembers): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let inserted = 0;
    for (const entity of data.entities) {
      const isNew = await repo.insertEntityIfMissing(trx, {
        acronym: entity.acronym,
        slug: slugFor(entity.acronym),
        name: entity.name,
        kind: entity.kind,
        status: entity.status,
        joined_year: entity.joinedYear,
        left_year: entity.leftYear,
        successor_id: null,
        mandate: entity.mandate ?? null,
        role_note: entity.roleNote,
        uncertain: entity.uncertain,
        sources: JSON.stringify(entity.sources),
      });
      if (isNew) inserted++;
    }
    for (const entity of data.entities.filter((candidate) => candidate.successor)) {
      const [self, successor] = await Promise.all([repo.findEntityByKey(trx, entity.acronym), repo.findEntityByKey(trx, entity.successor ?? '')]);
      if (self && successor) await repo.setSuccessorIfMissing(trx, self.id, successor.id);
    }
    for (const count of data.membershipCounts) {
      if (await repo.insertMembershipCountIfMissing(trx, { as_of: count.asOf, count: count.count, note: null, sources: JSON.stringify(count.sources) })) inserted++;
    }
    for (const item of data.history) {
      if (await repo.insertHistoryIfMissing(trx, { occurred_on: item.occurredOn, summary: item.summary, sources: JSON.stringify(item.sources) })) inserted++;
    }
    return inserted;
  });
}

/** Every organization, count and history entry on record, in the shape `loadReferenceMembers` reads. */
export async function readReferenceMembers({ db }: Deps): Promise<ReferenceMembers> {
  const [rows, counts, history] = await Promise.all([repo.listEntities(db, {}, 100_000, 0), repo.listMembershipCounts(db), repo.listHistory(db)]);
  const acronyms = new Map(rows.map((row) => [row.id, row.acronym]));
  return {
    entities: rows.map((row) => ({
      acronym: row.acronym,
      name: row.name,
      kind: row.kind,
      status: row.status,
      joinedYear: row.joined_year,
      leftYear: row.left_year,
      successor: row.successor_id === null ? null : (acronyms.get(row.successor_id) ?? null),
      roleNote: row.role_note,
      mandate: row.mandate,
      uncertain: row.uncertain,
      sources: row.sources,
    })),
    membershipCounts: counts.map((row) => ({ asOf: row.as_of, count: row.count, sources: row.sources })),
    history: history.map((row) => ({ occurredOn: row.occurred_on, summary: row.summary, sources: row.sources })),
  };
}
