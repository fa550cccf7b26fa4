/**
 * The one save of an account's own fields (its password, its approval, its second factor), through
 * the versioned write: the version read is in the UPDATE, and the audit entry commits with it.
 * A refusal shows nothing of the account, whose row holds secrets; the form is simply sent again.
 */
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { updateVersioned } from '../../db/versioned';
import { staleRecord, type StaleRecord } from '../../lib/errors';
import type { AccountsTable } from './accounts.table';
import type * as repo from './accounts.repository';

/** Someone changed the account meanwhile (an administrator, another session). */
export const accountChanged = staleRecord<null>('raised.account.changed');
/** The signed-in person's own account changed meanwhile (in another session). */
export const ownAccountChanged = staleRecord<null>('raised.account.yoursChanged');
/** The account changed after its invitation or reset link was opened. */
export const accountChangedSinceLink = staleRecord<null>('raised.account.changedOpenLink');

export function saveAccount(
  trx: Executor,
  before: repo.AccountRow,
  changes: Updateable<AccountsTable>,
  at: Date,
  stale: StaleRecord<null>,
  record: { related?: (after: repo.AccountRow) => Promise<void>; audit: (after: repo.AccountRow) => Promise<void> },
): Promise<repo.AccountRow> {
  return updateVersioned(trx, { table: 'accounts', before, changes, at, stale, show: () => null, ...record });
}
