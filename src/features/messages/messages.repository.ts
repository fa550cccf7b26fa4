/** Queries of the imported messages (message_overrides). */
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MessageOverridesTable } from './messages.table';

export type OverrideRow = Selectable<MessageOverridesTable>;

/** Every imported message: a few thousand rows at most (keys times languages). */
export async function listOverrides(db: Executor): Promise<Pick<OverrideRow, 'locale' | 'key' | 'message'>[]> {
  return db.selectFrom('message_overrides').select(['locale', 'key', 'message']).orderBy('locale').orderBy('key').execute();
}

export async function listOverridesOf(db: Executor, locale: string): Promise<Pick<OverrideRow, 'key' | 'message'>[]> {
  return db.selectFrom('message_overrides').select(['key', 'message']).where('locale', '=', locale).orderBy('key').execute();
}

export async function upsertOverrides(trx: Executor, locale: string, messages: { key: string; message: string }[], label: string, now: Date): Promise<void> {
  if (messages.length === 0) return;
  await trx
    .insertInto('message_overrides')
    .values(messages.map(({ key, message }) => ({ locale, key, message, updated_by_label: label, updated_at: now })))
    .onConflict((oc) =>
      oc.columns(['locale', 'key']).doUpdateSet((eb) => ({ message: eb.ref('excluded.message'), updated_by_label: eb.ref('excluded.updated_by_label'), updated_at: eb.ref('excluded.updated_at') })),
    )
    .execute();
}

/** What tells that the imported messages changed: how many there are and the latest change. */
export async function overridesStamp(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('message_overrides')
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirst();
  return `${row?.count ?? 0}:${row?.latest ? new Date(row.latest as Date).toISOString() : ''}`;
}
