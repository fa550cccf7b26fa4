import { sql, type Kysely } from 'kysely';

/**
 * An endorsement round had one note for two readers: the message the co-chairs send the focal points
 * with the round ("please record your position by 10 December"), and, for rounds taken from the public
 * record, what the sources say of the endorsement. The published page showed it to everyone. The
 * message stays in `note` (members only); what may be public moves to `public_note`. Rounds taken
 * from the record are those opened, closed and due at the same instant by no account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('endorsement_rounds').addColumn('public_note', 'text').execute();
  await sql`update endorsement_rounds set public_note = note, note = null
            where opened_by is null and closed_at = opened_at and deadline = opened_at and note is not null`.execute(db);
}
