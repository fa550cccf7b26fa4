/** The outbox as the tests read it: every queued mail, oldest first, as "To:", "Subject:" and the text. */
import type { Deps } from '../../src/deps';

export async function outbox(deps: Deps): Promise<string[]> {
  const rows = await deps.db.selectFrom('outgoing_mail').select(['recipient', 'subject', 'body']).orderBy('id').execute();
  return rows.map((row) => `To: ${row.recipient}\nSubject: ${row.subject}\n\n${row.body}`);
}
