import { sql, type Kysely } from 'kysely';

const statuses = sql`('not_started', 'on_track', 'delayed', 'achieved', 'discontinued')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pledges')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('term_id', 'integer', (col) => col.notNull().references('terms.id'))
    .addColumn('priority_id', 'integer', (col) => col.references('term_priorities.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('progress_status', 'text', (col) => col.check(sql`progress_status in ${statuses}`))
    .addColumn('progress_note', 'text')
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('pledges_term_position', ['term_id', 'position'])
    .execute();
  await db.schema.createIndex('pledges_priority').on('pledges').column('priority_id').execute();

  await db.schema
    .createTable('pledge_items')
    .addColumn('pledge_id', 'integer', (col) => col.notNull().references('pledges.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (col) => col.notNull().references('plan_items.id'))
    .addPrimaryKeyConstraint('pledge_items_pk', ['pledge_id', 'item_id'])
    .execute();
  await db.schema.createIndex('pledge_items_item').on('pledge_items').column('item_id').execute();

  await db.schema
    .createTable('reporting_periods')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('year', 'integer', (col) => col.notNull().check(sql`year between 2000 and 2200`))
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('yearly', 'half_yearly')`))
    .addColumn('opens_on', 'date', (col) => col.notNull())
    .addColumn('deadline', 'date', (col) => col.notNull())
    .addColumn('locked_at', 'timestamptz')
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('reporting_periods_year_label', ['year', 'label'])
    .addCheckConstraint('reporting_periods_dates', sql`deadline >= opens_on`)
    .execute();

  await db.schema
    .createTable('progress_updates')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('period_id', 'integer', (col) => col.notNull().references('reporting_periods.id'))
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('plan_item_id', 'integer', (col) => col.references('plan_items.id'))
    .addColumn('pledge_id', 'integer', (col) => col.references('pledges.id'))
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('draft').check(sql`state in ('draft', 'submitted', 'accepted', 'returned')`))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ${statuses}`))
    .addColumn('narrative', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('review_comment', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('reviewed_by_label', 'text')
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('author_label', 'text', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('progress_updates_one_target', sql`num_nonnulls(plan_item_id, pledge_id) = 1`)
    .execute();
  await db.schema
    .createIndex('progress_updates_item_once')
    .on('progress_updates')
    .columns(['period_id', 'entity_id', 'plan_item_id'])
    .unique()
    .where(sql.ref('plan_item_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('progress_updates_pledge_once')
    .on('progress_updates')
    .columns(['period_id', 'entity_id', 'pledge_id'])
    .unique()
    .where(sql.ref('pledge_id'), 'is not', null)
    .execute();
  await db.schema.createIndex('progress_updates_period_state').on('progress_updates').columns(['period_id', 'state']).execute();
  await db.schema.createIndex('progress_updates_entity').on('progress_updates').columns(['entity_id', 'period_id']).execute();
  await db.schema.createIndex('progress_updates_item').on('progress_updates').column('plan_item_id').execute();
  await db.schema.createIndex('progress_updates_pledge').on('progress_updates').column('pledge_id').execute();

  await db.schema
    .createTable('progress_update_versions')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('update_id', 'integer', (col) => col.notNull().references('progress_updates.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('snapshot', 'jsonb', (col) => col.notNull())
    .addColumn('actor_label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('progress_update_versions_number', ['update_id', 'number'])
    .execute();

  await db.schema
    .createTable('progress_evidence')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('update_id', 'integer', (col) => col.notNull().references('progress_updates.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('link', 'file')`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('stored_name', 'text')
    .addColumn('mime_type', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('sha256', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('progress_evidence_kind', sql`(kind = 'link' and url is not null) or (kind = 'file' and stored_name is not null)`)
    .execute();
  await db.schema.createIndex('progress_evidence_update').on('progress_evidence').column('update_id').execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('update_id', 'integer', (col) => col.notNull().references('progress_updates.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (col) => col.notNull().references('indicators.id'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('value', 'numeric', (col) => col.notNull())
    .addUniqueConstraint('indicator_values_update_indicator', ['update_id', 'indicator_id'])
    .execute();
  await db.schema.createIndex('indicator_values_indicator_year').on('indicator_values').columns(['indicator_id', 'year']).execute();

  await db.schema
    .createTable('progress_reminders')
    .addColumn('period_id', 'integer', (col) => col.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('sent_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('progress_reminders_pk', ['period_id', 'account_id'])
    .execute();
  await db.schema.createIndex('progress_reminders_account').on('progress_reminders').column('account_id').execute();
}
