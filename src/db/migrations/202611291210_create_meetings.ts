import { sql, type Kysely } from 'kysely';

/** Meetings (principal, working, group level) with agenda, participants, documents, minutes, and the decisions register. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('level', 'text', (col) => col.notNull().check(sql`level in ('principal', 'working', 'group')`))
    .addColumn('number', 'integer', (col) => col.notNull().check(sql`number > 0`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'timestamptz', (col) => col.notNull())
    .addColumn('starts_on', 'date', (col) => col.notNull())
    .addColumn('ends_at', 'timestamptz')
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('time_known', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('place', 'text')
    .addColumn('online_url', 'text')
    .addColumn('summary', 'text')
    .addColumn('note', 'text')
    .addColumn('visibility', 'text', (col) => col.notNull().defaultTo('members').check(sql`visibility in ('public', 'members')`))
    .addColumn('minutes', 'text')
    .addColumn('minutes_approved_at', 'timestamptz')
    .addColumn('minutes_approved_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('invitations_sent_at', 'timestamptz')
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('meetings_level_number', ['level', 'number'])
    .addCheckConstraint('meetings_ends_after_start', sql`ends_at is null or ends_at >= starts_at`)
    .execute();
  await db.schema.createIndex('meetings_starts_at').on('meetings').column('starts_at').execute();
  await db.schema.createIndex('meetings_starts_on').on('meetings').columns(['starts_on', 'visibility']).execute();

  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addUniqueConstraint('meeting_agenda_items_position', ['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('meeting_participants')
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('attendance', 'text', (col) => col.check(sql`attendance in ('present', 'represented', 'absent')`))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('meeting_participants_pk', ['meeting_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('meeting_participants_entity').on('meeting_participants').column('entity_id').execute();

  await db.schema
    .createTable('meeting_documents')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('meeting_documents_meeting').on('meeting_documents').column('meeting_id').execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id'))
    .addColumn('number', 'integer', (col) => col.notNull().check(sql`number > 0`))
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('type', 'text', (col) => col.notNull().check(sql`type in ('assessment', 'adoption', 'endorsement_cochairs', 'other')`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text')
    .addColumn('decided_on', 'date', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('statement_id', 'integer', (col) => col.references('statements.id'))
    .addColumn('term_year', 'integer')
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('search_vector', sql`tsvector`, (col) =>
      col.generatedAlwaysAs(sql`to_tsvector('english'::regconfig, reference || ' ' || title || ' ' || coalesce(body, ''))`).stored(),
    )
    .addUniqueConstraint('decisions_meeting_number', ['meeting_id', 'number'])
    .addCheckConstraint('decisions_adoption_names_statement', sql`(type = 'adoption') = (statement_id is not null)`)
    .addCheckConstraint('decisions_endorsement_names_term', sql`(type = 'endorsement_cochairs') = (term_year is not null)`)
    .execute();
  await db.schema.createIndex('decisions_year_type').on('decisions').columns(['year', 'type']).execute();
  await sql`create unique index decisions_one_adoption_per_statement on decisions (statement_id) where type = 'adoption'`.execute(db);
  await sql`create index decisions_search on decisions using gin (search_vector)`.execute(db);
}
