import { sql, type Kysely } from 'kysely';

/**
 * Joint statements, calls to action and contributions: the text in numbered versions, comments
 * anchored to a paragraph, consultations, and endorsement rounds with one position per entity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('statements')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('slug', 'text', (col) => col.notNull().unique().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('joint_statement', 'call_to_action', 'un_contribution')`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('drafting').check(sql`status in ('drafting', 'consultation', 'endorsement', 'adopted', 'published', 'withdrawn')`),
    )
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('current_version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('is_summary', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('sources', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('published_on', 'date')
    .addColumn('withdrawn_reason', 'text')
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('statements_status_published').on('statements').columns(['status', 'published_on']).execute();
  await db.schema.createIndex('statements_updated').on('statements').column('updated_at').execute();

  await db.schema
    .createTable('statement_versions')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('statement_id', 'integer', (col) => col.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull().check(sql`number > 0`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('author_label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('statement_versions_number', ['statement_id', 'number'])
    .execute();

  await db.schema
    .createTable('statement_consultations')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('statement_id', 'integer', (col) => col.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('version_number', 'integer', (col) => col.notNull())
    .addColumn('invited_roles', sql`text[]`, (col) => col.notNull().check(sql`cardinality(invited_roles) > 0`))
    .addColumn('deadline', 'timestamptz', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('opened_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('opened_at', 'timestamptz', (col) => col.notNull())
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('statement_consultations_statement').on('statement_consultations').column('statement_id').execute();
  await sql`create unique index statement_consultations_one_open on statement_consultations (statement_id) where closed_at is null`.execute(db);

  await db.schema
    .createTable('statement_comments')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('statement_id', 'integer', (col) => col.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('version_number', 'integer', (col) => col.notNull())
    .addColumn('paragraph', 'integer', (col) => col.notNull().check(sql`paragraph > 0`))
    .addColumn('excerpt', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('author_account_id', 'integer', (col) => col.references('accounts.id'))
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('author_entity_id', 'integer', (col) => col.references('entities.id'))
    .addColumn('author_role', 'text', (col) => col.notNull())
    .addColumn('role_only', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('consultation_id', 'integer', (col) => col.references('statement_consultations.id'))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('open').check(sql`status in ('open', 'resolved')`))
    .addColumn('resolved_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('statement_comments_statement').on('statement_comments').columns(['statement_id', 'version_number', 'paragraph']).execute();

  await db.schema
    .createTable('endorsement_rounds')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('statement_id', 'integer', (col) => col.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('version_number', 'integer', (col) => col.notNull())
    .addColumn('rule', 'text', (col) => col.notNull().check(sql`rule in ('consensus', 'silence')`))
    .addColumn('quorum', 'integer', (col) => col.check(sql`quorum is null or quorum > 0`))
    .addColumn('deadline', 'timestamptz', (col) => col.notNull())
    .addColumn('member_total', 'integer', (col) => col.notNull().check(sql`member_total > 0`))
    .addColumn('member_total_as_of', 'text')
    .addColumn('member_listed', 'integer', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('opened_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('opened_at', 'timestamptz', (col) => col.notNull())
    .addColumn('closed_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('outcome', 'text', (col) => col.check(sql`outcome in ('endorsed', 'not_endorsed', 'no_quorum', 'superseded', 'withdrawn')`))
    .addColumn('result', 'jsonb')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addCheckConstraint('endorsement_rounds_closed_has_outcome', sql`(closed_at is null) = (outcome is null)`)
    .execute();
  await db.schema.createIndex('endorsement_rounds_statement').on('endorsement_rounds').column('statement_id').execute();
  await sql`create unique index endorsement_rounds_one_open on endorsement_rounds (statement_id) where closed_at is null`.execute(db);

  await db.schema
    .createTable('endorsement_positions')
    .addColumn('round_id', 'integer', (col) => col.notNull().references('endorsement_rounds.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('position', 'text', (col) => col.notNull().check(sql`position in ('endorse', 'abstain', 'object')`))
    .addColumn('comment', 'text')
    .addColumn('recorded_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('recorded_by_label', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('endorsement_positions_pk', ['round_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('endorsement_positions_entity').on('endorsement_positions').column('entity_id').execute();
}
