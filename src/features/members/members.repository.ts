import { sql, type Insertable, type QueryCreator, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { DB } from '../../db/schema';
import { updateIfVersion } from '../../db/versioned';
import type { EntitiesTable, EntityKind, EntityStatus, MembershipCountsTable, GroupHistoryTable, ProfilesTable } from './members.table';

export type EntityRow = Selectable<EntitiesTable>;
export type ProfileRow = Selectable<ProfilesTable>;
export type MembershipCountRow = Selectable<MembershipCountsTable>;
export type HistoryRow = Selectable<GroupHistoryTable>;

export interface EntityFilter {
  kind?: EntityKind | undefined;
  status?: EntityStatus[] | undefined;
  search?: string | undefined;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function filteredEntities(db: Executor, filter: EntityFilter) {
  let query = db.selectFrom('entities');
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.status && filter.status.length > 0) query = query.where('status', 'in', filter.status);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('acronym', 'ilike', pattern)]));
  }
  return query;
}

export async function listEntities(db: Executor, filter: EntityFilter, limit: number, offset: number): Promise<EntityRow[]> {
  return filteredEntities(db, filter).selectAll().orderBy(sql`lower(acronym)`).limit(limit).offset(offset).execute();
}

export async function countEntities(db: Executor, filter: EntityFilter): Promise<number> {
  const row = await filteredEntities(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * The organizations that are members: today (status `member`), or in a given year (joined by then and
 * not left before its end, whatever their status now). No limit: every member, in one statement.
 */
export async function listMemberEntities(db: Executor, at: { year?: number | undefined } = {}): Promise<EntityItem[]> {
  let query = db.selectFrom('entities').select(['id', 'acronym', 'slug', 'name', 'kind', 'status', 'joined_year', 'left_year', 'uncertain']);
  const year = at.year;
  if (year === undefined) query = query.where('status', '=', 'member');
  else {
    query = query
      .where('status', 'in', ['member', 'former'])
      .where((eb) => eb.or([eb('joined_year', 'is', null), eb('joined_year', '<=', year)]))
      .where((eb) => eb.or([eb('left_year', 'is', null), eb('left_year', '>', year)]));
  }
  return query.orderBy(sql`lower(acronym)`).execute();
}

/** The entities a slug or an acronym (any case) names, for several keys in one statement. */
export async function listEntitiesByKeys(db: Executor, keys: string[]): Promise<EntityRow[]> {
  if (keys.length === 0) return [];
  const lowered = [...new Set(keys.map((key) => key.toLowerCase()))];
  return db
    .selectFrom('entities')
    .selectAll()
    .where((eb) => eb.or([eb('slug', 'in', lowered), eb(sql`lower(acronym)`, 'in', lowered)]))
    .execute();
}

export async function findEntityByKey(db: Executor, key: string): Promise<EntityRow | undefined> {
  const lowered = key.toLowerCase();
  return db
    .selectFrom('entities')
    .selectAll()
    .where((eb) => eb.or([eb('slug', '=', lowered), eb(sql`lower(acronym)`, '=', lowered)]))
    .executeTakeFirst();
}

/** An entity as JSON inside another row: what a summary shows. */
export type EntityItem = Pick<EntityRow, 'id' | 'acronym' | 'slug' | 'name' | 'kind' | 'status' | 'joined_year' | 'left_year' | 'uncertain'>;
/** A profile as JSON inside another row (no times). */
export type ProfileItem = Pick<ProfileRow, 'as_of' | 'mapping' | 'expertise' | 'initiatives' | 'partnerships' | 'is_sample' | 'version'>;
export type EntityDetailRow = EntityRow & { successor: EntityItem | null; predecessors: EntityItem[]; profile: ProfileItem | null };

const entityItem = (alias: string) =>
  sql.raw(
    `jsonb_build_object('id', ${alias}.id, 'acronym', ${alias}.acronym, 'slug', ${alias}.slug, 'name', ${alias}.name, 'kind', ${alias}.kind, 'status', ${alias}.status, 'joined_year', ${alias}.joined_year, 'left_year', ${alias}.left_year, 'uncertain', ${alias}.uncertain)`,
  );

/** An entity by slug or acronym, with its successor, its predecessors and its latest profile, in one statement. */
export async function findEntityDetail(db: Executor, key: string): Promise<EntityDetailRow | undefined> {
  const lowered = key.toLowerCase();
  return db
    .selectFrom('entities as e')
    .selectAll('e')
    .select([
      sql<EntityItem | null>`(select ${entityItem('s')} from entities s where s.id = e.successor_id)`.as('successor'),
      sql<EntityItem[]>`coalesce((select jsonb_agg(${entityItem('p')} order by p.acronym) from entities p where p.successor_id = e.id), '[]'::jsonb)`.as('predecessors'),
      sql<ProfileItem | null>`(select jsonb_build_object('as_of', pr.as_of, 'mapping', pr.mapping, 'expertise', pr.expertise, 'initiatives', pr.initiatives, 'partnerships', pr.partnerships, 'is_sample', pr.is_sample, 'version', pr.version)
        from profiles pr where pr.entity_id = e.id order by pr.as_of desc limit 1)`.as('profile'),
    ])
    .where((eb) => eb.or([eb('e.slug', '=', lowered), eb(sql`lower(e.acronym)`, '=', lowered)]))
    .executeTakeFirst();
}

export async function findEntityById(db: Executor, id: number): Promise<EntityRow | undefined> {
  return db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listEntitiesByIds(db: Executor, ids: number[]): Promise<EntityRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('entities').selectAll().where('id', 'in', ids).orderBy(sql`lower(acronym)`).execute();
}

export async function listPredecessors(db: Executor, entityId: number): Promise<EntityRow[]> {
  return db.selectFrom('entities').selectAll().where('successor_id', '=', entityId).orderBy('acronym').execute();
}

/** Inserts an entity unless one with the same acronym exists; returns whether it was new. */
export async function insertEntityIfMissing(db: Executor, entity: Insertable<EntitiesTable>): Promise<boolean> {
  const result = await db
    .insertInto('entities')
    .values(entity)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function setSuccessorIfMissing(db: Executor, entityId: number, successorId: number): Promise<void> {
  await db.updateTable('entities').set({ successor_id: successorId }).where('id', '=', entityId).where('successor_id', 'is', null).execute();
}

export async function listMembershipCounts(db: Executor): Promise<MembershipCountRow[]> {
  return db.selectFrom('membership_counts').selectAll().orderBy('as_of').execute();
}

export async function latestMembershipCount(db: Executor): Promise<MembershipCountRow | undefined> {
  return db.selectFrom('membership_counts').selectAll().orderBy('as_of', 'desc').limit(1).executeTakeFirst();
}

export async function insertMembershipCountIfMissing(db: Executor, row: Insertable<MembershipCountsTable>): Promise<boolean> {
  const result = await db
    .insertInto('membership_counts')
    .values(row)
    .onConflict((oc) => oc.column('as_of').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listHistory(db: Executor): Promise<HistoryRow[]> {
  return db.selectFrom('group_history').selectAll().orderBy('occurred_on').orderBy('id').execute();
}

export async function insertHistoryIfMissing(db: Executor, row: Insertable<GroupHistoryTable>): Promise<boolean> {
  const result = await db
    .insertInto('group_history')
    .values(row)
    .onConflict((oc) => oc.column('summary').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findLatestProfile(db: Executor, entityId: number): Promise<ProfileRow | undefined> {
  return db.selectFrom('profiles').selectAll().where('entity_id', '=', entityId).orderBy('as_of', 'desc').limit(1).executeTakeFirst();
}

/** Value codes the profile must name, by dimension code. */
export type ProfileFilter = Record<string, string>;

export type MappedEntityRow = ProfileRow & { acronym: string; slug: string; name: string; kind: EntityKind };

/** The latest profile of every current member, narrowed by the filters (the GIN index on `mapping` answers them). */
function latestProfiles(db: QueryCreator<DB>, filter: ProfileFilter) {
  let query = db
    .selectFrom('profiles as p')
    .innerJoin('entities as e', 'e.id', 'p.entity_id')
    .where('e.status', '=', 'member')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('profiles as newer').select('newer.id').whereRef('newer.entity_id', '=', 'p.entity_id').whereRef('newer.as_of', '>', 'p.as_of'))));
  for (const [dimension, value] of Object.entries(filter)) {
    query = query.where(sql<boolean>`p.mapping @> ${JSON.stringify({ [dimension]: [value] })}::jsonb`);
  }
  return query;
}

/** The latest profiles that match, in order of acronym: all of them, or one page (`limit`, `offset`). */
export async function listLatestProfiles(db: Executor, filter: ProfileFilter, page?: { limit: number; offset: number }): Promise<MappedEntityRow[]> {
  const query = latestProfiles(db, filter).selectAll('p').select(['e.acronym', 'e.slug', 'e.name', 'e.kind']).orderBy(sql`lower(e.acronym)`).orderBy('e.id');
  return page ? query.limit(page.limit).offset(page.offset).execute() : query.execute();
}

export interface ProfileTally {
  /** Organizations that match. */
  total: number;
  /** Whether any of them is sample data. */
  anySample: boolean;
  /** How many of them name each value, by dimension code then value code. */
  counts: Record<string, Record<string, number>>;
}

/** Counts over every profile that matches (not one page of them), in one statement. */
export async function tallyLatestProfiles(db: Executor, filter: ProfileFilter): Promise<ProfileTally> {
  const row = await db
    .with('matching', (qc) => latestProfiles(qc, filter).select(['p.entity_id', 'p.mapping', 'p.is_sample']))
    .selectNoFrom([
      sql<number>`(select count(*)::int from matching)`.as('total'),
      sql<boolean | null>`(select bool_or(is_sample) from matching)`.as('any_sample'),
      sql<ProfileTally['counts'] | null>`(select jsonb_object_agg(dimension, counts) from (
        select dimension, jsonb_object_agg(value, count) as counts from (
          select d.key as dimension, v.value, count(distinct m.entity_id)::int as count
          from matching m, jsonb_each(case when jsonb_typeof(m.mapping) = 'object' then m.mapping else '{}'::jsonb end) d,
            jsonb_array_elements_text(case when jsonb_typeof(d.value) = 'array' then d.value else '[]'::jsonb end) v
          group by d.key, v.value
        ) per_value group by dimension
      ) per_dimension)`.as('counts'),
    ])
    .executeTakeFirst();
  return { total: row?.total ?? 0, anySample: row?.any_sample ?? false, counts: row?.counts ?? {} };
}

export type ProfileWrite = Omit<Insertable<ProfilesTable>, 'id' | 'created_at' | 'updated_at' | 'version'>;

const profileFields = ['mapping', 'expertise', 'initiatives', 'partnerships', 'is_sample'] as const;

/**
 * Writes the profile of an entity for a date: a new dated profile, or a new version of that date's one.
 * Writing the same values again changes nothing; returns the row written, if any.
 */
export async function upsertProfile(db: Executor, profile: ProfileWrite): Promise<ProfileRow | undefined> {
  const result = await db
    .insertInto('profiles')
    .values(profile)
    .onConflict((oc) =>
      oc
        .columns(['entity_id', 'as_of'])
        .doUpdateSet((eb) => ({
          ...Object.fromEntries(profileFields.map((field) => [field, eb.ref(`excluded.${field}`)])),
          version: sql`profiles.version + 1`,
          updated_at: sql`now()`,
        }))
        .where(sql<boolean>`(${sql.join(profileFields.map((field) => sql.ref(`profiles.${field}`)))}) is distinct from (${sql.join(profileFields.map((field) => sql.ref(`excluded.${field}`)))})`),
    )
    .returningAll()
    .executeTakeFirst();
  return result;
}

export async function countProfiles(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('profiles')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function lockLatestProfile(db: Executor, entityId: number): Promise<ProfileRow | undefined> {
  return db.selectFrom('profiles').selectAll().where('entity_id', '=', entityId).orderBy('as_of', 'desc').limit(1).forUpdate().executeTakeFirst();
}

export async function insertProfile(db: Executor, profile: ProfileWrite & { version: number; created_at: Date; updated_at: Date }): Promise<ProfileRow> {
  return db.insertInto('profiles').values(profile).returningAll().executeTakeFirstOrThrow();
}

export async function replaceProfile(db: Executor, id: number, version: number, profile: Partial<ProfileWrite>, at: Date): Promise<ProfileRow | undefined> {
  return updateIfVersion(db, 'profiles', id, version, profile, at);
}

export async function updateEntity(
  db: Executor,
  id: number,
  version: number,
  changes: Partial<Pick<EntityRow, 'name' | 'kind' | 'status' | 'joined_year' | 'left_year' | 'mandate' | 'role_note'>>,
  at: Date,
): Promise<EntityRow | undefined> {
  return updateIfVersion(db, 'entities', id, version, changes, at);
}

export type EntityChanges = Partial<Pick<EntityRow, 'name' | 'kind' | 'status' | 'joined_year' | 'left_year' | 'successor_id' | 'mandate' | 'role_note' | 'uncertain'>> & { sources?: string };

export async function insertEntity(db: Executor, entity: Insertable<EntitiesTable>): Promise<EntityRow> {
  return db.insertInto('entities').values(entity).returningAll().executeTakeFirstOrThrow();
}

/** Any change of the record's fields, if it is still at `version`; undefined when it has moved on. */
export async function updateEntityRecord(db: Executor, id: number, version: number, changes: EntityChanges, at: Date): Promise<EntityRow | undefined> {
  return updateIfVersion(db, 'entities', id, version, changes, at);
}

export async function findMembershipCount(db: Executor, id: number): Promise<MembershipCountRow | undefined> {
  return db.selectFrom('membership_counts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMembershipCountAsOf(db: Executor, asOf: string): Promise<MembershipCountRow | undefined> {
  return db.selectFrom('membership_counts').selectAll().where('as_of', '=', asOf).executeTakeFirst();
}

export async function insertMembershipCount(db: Executor, row: Insertable<MembershipCountsTable>): Promise<MembershipCountRow> {
  return db.insertInto('membership_counts').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateMembershipCount(db: Executor, id: number, version: number, changes: Partial<Insertable<MembershipCountsTable>>, at: Date): Promise<MembershipCountRow | undefined> {
  return updateIfVersion(db, 'membership_counts', id, version, changes, at);
}

export async function findHistoryEntry(db: Executor, id: number): Promise<HistoryRow | undefined> {
  return db.selectFrom('group_history').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findHistoryEntryBySummary(db: Executor, summary: string): Promise<HistoryRow | undefined> {
  return db.selectFrom('group_history').selectAll().where('summary', '=', summary).executeTakeFirst();
}

export async function insertHistoryEntry(db: Executor, row: Insertable<GroupHistoryTable>): Promise<HistoryRow> {
  return db.insertInto('group_history').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateHistoryEntry(db: Executor, id: number, version: number, changes: Partial<Insertable<GroupHistoryTable>>, at: Date): Promise<HistoryRow | undefined> {
  return updateIfVersion(db, 'group_history', id, version, changes, at);
}
