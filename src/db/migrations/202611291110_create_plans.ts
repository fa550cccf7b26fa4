import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('period_start', 'integer', (col) => col.notNull().check(sql`period_start between 2000 and 2200`))
    .addColumn('period_end', 'integer', (col) => col.notNull())
    .addColumn('endorsed_on', 'text')
    .addColumn('endorsed_by', 'text')
    .addColumn('note', 'text')
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('plans_period', sql`period_end >= period_start`)
    .execute();

  await db.schema
    .createTable('plan_versions')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by_label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('plan_versions_plan_number', ['plan_id', 'number'])
    .execute();

  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (col) => col.references('plan_items.id'))
    .addColumn('level', 'text', (col) => col.notNull().check(sql`level in ('objective', 'output', 'activity')`))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('retired_in_version', 'integer')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('plan_items_plan_code', ['plan_id', 'code'])
    .execute();
  await db.schema.createIndex('plan_items_parent').on('plan_items').column('parent_id').execute();

  await db.schema
    .createTable('plan_item_entities')
    .addColumn('item_id', 'integer', (col) => col.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (col) => col.notNull().references('entities.id'))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('lead', 'contributor')`))
    .addPrimaryKeyConstraint('plan_item_entities_pk', ['item_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('plan_item_entities_entity').on('plan_item_entities').column('entity_id').execute();

  await db.schema
    .createTable('indicators')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('item_id', 'integer', (col) => col.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('value_type', 'text', (col) => col.notNull().check(sql`value_type in ('number', 'percentage', 'yes_no')`))
    .addColumn('direction', 'text', (col) => col.notNull().check(sql`direction in ('up', 'down')`))
    .addColumn('baseline', 'numeric')
    .addColumn('baseline_year', 'integer')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('retired_in_version', 'integer')
    .addUniqueConstraint('indicators_item_name', ['item_id', 'name'])
    .execute();

  await db.schema
    .createTable('indicator_targets')
    .addColumn('indicator_id', 'integer', (col) => col.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('target', 'numeric', (col) => col.notNull())
    .addPrimaryKeyConstraint('indicator_targets_pk', ['indicator_id', 'year'])
    .execute();
}
