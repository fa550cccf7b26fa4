import { sql, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database';
import { updateIfVersion } from '../../db/versioned';
import type { Attendance, DecisionsTable, DecisionType, MeetingAgendaItemsTable, MeetingDocumentsTable, MeetingLevel, MeetingParticipantsTable, MeetingsTable } from './meetings.table';

export type MeetingRow = Selectable<MeetingsTable>;
export type AgendaItemRow = Selectable<MeetingAgendaItemsTable>;
export type ParticipantRow = Selectable<MeetingParticipantsTable>;
export type DocumentRow = Selectable<MeetingDocumentsTable>;
export type DecisionRow = Omit<Selectable<DecisionsTable>, 'search_vector'>;

const decisionColumns = ['id', 'meeting_id', 'number', 'reference', 'type', 'title', 'body', 'decided_on', 'year', 'statement_id', 'term_year', 'sources', 'created_by', 'created_at'] as const;

// ---- meetings ----

export interface MeetingFilter {
  year?: number | undefined;
  level?: MeetingLevel | undefined;
  publicOnly: boolean;
}

function filteredMeetings(db: Executor, filter: MeetingFilter) {
  let query = db.selectFrom('meetings');
  if (filter.publicOnly) query = query.where('visibility', '=', 'public');
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.year !== undefined) query = query.where('starts_on', '>=', `${filter.year}-01-01`).where('starts_on', '<=', `${filter.year}-12-31`);
  return query;
}

/** Meetings, newest first. */
export async function listMeetings(db: Executor, filter: MeetingFilter, limit: number, offset: number): Promise<MeetingRow[]> {
  return filteredMeetings(db, filter).selectAll().orderBy('starts_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countMeetings(db: Executor, filter: MeetingFilter): Promise<number> {
  const row = await filteredMeetings(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function listMeetingsBetween(db: Executor, from: Date, to: Date, publicOnly: boolean, limit: number): Promise<MeetingRow[]> {
  let query = db.selectFrom('meetings').selectAll().where('starts_at', '>=', from).where('starts_at', '<', to);
  if (publicOnly) query = query.where('visibility', '=', 'public');
  return query.orderBy('starts_at').limit(limit).execute();
}

export async function findMeeting(db: Executor, id: number): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockMeeting(db: Executor, id: number): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findMeetingByNumber(db: Executor, level: MeetingLevel, number: number): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('level', '=', level).where('number', '=', number).executeTakeFirst();
}

export async function nextMeetingNumber(db: Executor, level: MeetingLevel): Promise<number> {
  const row = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.max('number').as('highest'))
    .where('level', '=', level)
    .executeTakeFirst();
  return Number(row?.highest ?? 0) + 1;
}

export async function listMeetingYears(db: Executor, publicOnly: boolean): Promise<number[]> {
  let query = db.selectFrom('meetings').select(sql<number>`distinct extract(year from starts_on)::int`.as('year'));
  if (publicOnly) query = query.where('visibility', '=', 'public');
  const rows = await query.orderBy('year', 'desc').limit(100).execute();
  return rows.map((row) => Number(row.year));
}

export type MeetingWrite = Omit<Insertable<MeetingsTable>, 'id' | 'version'>;

export async function insertMeeting(db: Executor, meeting: MeetingWrite): Promise<MeetingRow> {
  return db.insertInto('meetings').values(meeting).returningAll().executeTakeFirstOrThrow();
}

export async function updateMeeting(db: Executor, id: number, version: number, changes: Partial<MeetingWrite>, at: Date): Promise<MeetingRow | undefined> {
  return updateIfVersion(db, 'meetings', id, version, changes, at);
}

// ---- agenda, participants, documents ----

const decisionItem = (alias: string) =>
  sql.raw(`jsonb_build_object('id', ${alias}.id, 'meeting_id', ${alias}.meeting_id, 'number', ${alias}.number, 'reference', ${alias}.reference, 'type', ${alias}.type, 'title', ${alias}.title, 'body', ${alias}.body,
    'decided_on', ${alias}.decided_on, 'year', ${alias}.year, 'statement_id', ${alias}.statement_id, 'term_year', ${alias}.term_year, 'sources', ${alias}.sources)`);

export type MeetingDetailRow = MeetingRow & {
  agenda: string[];
  participants: Pick<ParticipantRow, 'entity_id' | 'attendance' | 'note'>[];
  documents: Pick<DocumentRow, 'id' | 'title' | 'url'>[];
  decisions: DecisionItem[];
};

/** A meeting with its agenda, participants, documents (the first 200) and decisions by number, in one statement. */
export async function findMeetingDetail(db: Executor, id: number): Promise<MeetingDetailRow | undefined> {
  return db
    .selectFrom('meetings as m')
    .selectAll('m')
    .select([
      sql<string[]>`coalesce((select array_agg(a.title order by a.position) from meeting_agenda_items a where a.meeting_id = m.id), '{}')`.as('agenda'),
      sql<
        MeetingDetailRow['participants']
      >`coalesce((select jsonb_agg(jsonb_build_object('entity_id', p.entity_id, 'attendance', p.attendance, 'note', p.note)) from meeting_participants p where p.meeting_id = m.id), '[]'::jsonb)`.as(
        'participants',
      ),
      sql<
        MeetingDetailRow['documents']
      >`coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'title', d.title, 'url', d.url) order by d.id) from (select * from meeting_documents where meeting_id = m.id order by id limit 200) d), '[]'::jsonb)`.as(
        'documents',
      ),
      sql<DecisionItem[]>`coalesce((select jsonb_agg(${decisionItem('dc')} order by dc.number) from decisions dc where dc.meeting_id = m.id), '[]'::jsonb)`.as('decisions'),
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function listAgenda(db: Executor, meetingId: number): Promise<AgendaItemRow[]> {
  return db.selectFrom('meeting_agenda_items').selectAll().where('meeting_id', '=', meetingId).orderBy('position').execute();
}

export async function replaceAgenda(db: Executor, meetingId: number, titles: string[]): Promise<void> {
  await db.deleteFrom('meeting_agenda_items').where('meeting_id', '=', meetingId).execute();
  if (titles.length === 0) return;
  await db
    .insertInto('meeting_agenda_items')
    .values(titles.map((title, index) => ({ meeting_id: meetingId, position: index + 1, title })))
    .execute();
}

export async function listParticipants(db: Executor, meetingId: number): Promise<ParticipantRow[]> {
  return db.selectFrom('meeting_participants').selectAll().where('meeting_id', '=', meetingId).execute();
}

/** Keeps the attendance of entities that stay, adds the new ones, drops the others. */
export async function replaceParticipants(db: Executor, meetingId: number, entityIds: number[]): Promise<void> {
  let removal = db.deleteFrom('meeting_participants').where('meeting_id', '=', meetingId);
  if (entityIds.length > 0) removal = removal.where('entity_id', 'not in', entityIds);
  await removal.execute();
  if (entityIds.length === 0) return;
  await db
    .insertInto('meeting_participants')
    .values(entityIds.map((entityId) => ({ meeting_id: meetingId, entity_id: entityId, attendance: null, note: null })))
    .onConflict((oc) => oc.columns(['meeting_id', 'entity_id']).doNothing())
    .execute();
}

export async function setAttendance(db: Executor, meetingId: number, entityId: number, attendance: Attendance | null, note: string | null): Promise<void> {
  await db
    .insertInto('meeting_participants')
    .values({ meeting_id: meetingId, entity_id: entityId, attendance, note })
    .onConflict((oc) => oc.columns(['meeting_id', 'entity_id']).doUpdateSet({ attendance, note }))
    .execute();
}

export async function listDocuments(db: Executor, meetingId: number): Promise<DocumentRow[]> {
  return db.selectFrom('meeting_documents').selectAll().where('meeting_id', '=', meetingId).orderBy('id').limit(200).execute();
}

export async function countDocuments(db: Executor, meetingId: number): Promise<number> {
  const row = await db
    .selectFrom('meeting_documents')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertDocument(db: Executor, document: Insertable<MeetingDocumentsTable>): Promise<DocumentRow> {
  return db.insertInto('meeting_documents').values(document).returningAll().executeTakeFirstOrThrow();
}

export async function deleteDocument(db: Executor, meetingId: number, documentId: number): Promise<DocumentRow | undefined> {
  return db.deleteFrom('meeting_documents').where('meeting_id', '=', meetingId).where('id', '=', documentId).returningAll().executeTakeFirst();
}

// ---- decisions ----

export interface DecisionFilter {
  year?: number | undefined;
  type?: DecisionType | undefined;
  text?: string | undefined;
  meetingId?: number | undefined;
  publicOnly: boolean;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function filteredDecisions(db: Executor, filter: DecisionFilter) {
  let query = db.selectFrom('decisions').innerJoin('meetings', 'meetings.id', 'decisions.meeting_id');
  if (filter.publicOnly) query = query.where('meetings.visibility', '=', 'public');
  if (filter.year !== undefined) query = query.where('decisions.year', '=', filter.year);
  if (filter.type) query = query.where('decisions.type', '=', filter.type);
  if (filter.meetingId !== undefined) query = query.where('decisions.meeting_id', '=', filter.meetingId);
  if (filter.text) {
    const text = filter.text;
    query = query.where((eb) => eb.or([sql<SqlBool>`decisions.search_vector @@ websearch_to_tsquery('english'::regconfig, ${text})`, eb('decisions.reference', 'ilike', `${escapeLike(text)}%`)]));
  }
  return query;
}

export type DecisionWithMeetingRow = DecisionRow & { meeting_title: string; meeting_level: MeetingLevel; meeting_visibility: 'public' | 'members' };

export async function listDecisions(db: Executor, filter: DecisionFilter, limit: number, offset: number): Promise<DecisionWithMeetingRow[]> {
  return filteredDecisions(db, filter)
    .select(decisionColumns.map((column) => `decisions.${column}` as const))
    .select(['meetings.title as meeting_title', 'meetings.level as meeting_level', 'meetings.visibility as meeting_visibility'])
    .orderBy('decisions.decided_on', 'desc')
    .orderBy('decisions.meeting_id', 'desc')
    .orderBy('decisions.number')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countDecisions(db: Executor, filter: DecisionFilter): Promise<number> {
  const row = await filteredDecisions(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function listDecisionYears(db: Executor, publicOnly: boolean): Promise<number[]> {
  let query = db.selectFrom('decisions').innerJoin('meetings', 'meetings.id', 'decisions.meeting_id').select('decisions.year').distinct();
  if (publicOnly) query = query.where('meetings.visibility', '=', 'public');
  const rows = await query.orderBy('decisions.year', 'desc').limit(100).execute();
  return rows.map((row) => row.year);
}

export async function findDecisionByReference(db: Executor, reference: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('decisions').select(decisionColumns).where('reference', '=', reference).executeTakeFirst();
}

export async function findAdoptionOf(db: Executor, statementId: number): Promise<DecisionRow | undefined> {
  return db.selectFrom('decisions').select(decisionColumns).where('statement_id', '=', statementId).where('type', '=', 'adoption').executeTakeFirst();
}

/** A decision as JSON inside another row (without who recorded it, and when). */
export type DecisionItem = Omit<DecisionRow, 'created_by' | 'created_at'>;

/** The adoption decisions of statements, each as `adoption` on the row of its meeting, in one statement. */
export async function listAdoptionsOf(db: Executor, statementIds: number[]): Promise<(MeetingRow & { adoption: DecisionItem })[]> {
  if (statementIds.length === 0) return [];
  return db
    .selectFrom('decisions as d')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .selectAll('m')
    .select(sql<DecisionItem>`${decisionItem('d')}`.as('adoption'))
    .where('d.statement_id', 'in', statementIds)
    .where('d.type', '=', 'adoption')
    .execute();
}

export async function nextDecisionNumber(db: Executor, meetingId: number): Promise<number> {
  const row = await db
    .selectFrom('decisions')
    .select((eb) => eb.fn.max('number').as('highest'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(row?.highest ?? 0) + 1;
}

export async function insertDecision(db: Executor, decision: Insertable<DecisionsTable>): Promise<DecisionRow> {
  return db.insertInto('decisions').values(decision).returning(decisionColumns).executeTakeFirstOrThrow();
}

export async function listDecisionsByIds(db: Executor, ids: number[]): Promise<DecisionRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('decisions').select(decisionColumns).where('id', 'in', ids).execute();
}
