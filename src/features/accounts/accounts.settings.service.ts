/** What a person changes of their own account: the language and the password. */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { availableLocales, localized, type Locale } from '../../lib/i18n';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { parseInput } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { ownAccountChanged, saveAccount } from './accounts.saving.service';
import * as repo from './accounts.repository';
import { setPasswordForm } from './accounts.schemas';

/** Sets the language of the signed-in account (null: as the browser asks); refuses one the platform does not speak. */
export async function setLanguage(deps: Deps, actor: Actor | null, value: unknown): Promise<Locale | null> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const locale = value === '' || value === undefined ? null : availableLocales().find((candidate) => candidate === value);
  if (locale === undefined) {
    throw new AppError('VALIDATION', localized('account.language.invalid'), { fields: [{ field: 'locale', message: localized('input.oneOf', { values: availableLocales().join(', ') }) }] });
  }
  await repo.setAccountLocale(deps.db, actor.accountId, locale);
  return locale;
}

/** Changes the password of the signed-in account, which must give its current one; other sessions end. */
export async function changePassword(deps: Deps, actor: Actor | null, form: { current: string; password: string; confirm: string }): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const { password: newPassword } = parseInput(setPasswordForm, form);
  const row = await repo.findAccountById(deps.db, actor.accountId);
  if (!row?.password_hash || !(await verifyPassword(form.current, row.password_hash))) {
    throw new AppError('VALIDATION', localized('raised.password.wrong'), { fields: [{ field: 'current', message: localized('raised.password.notCurrent') }] });
  }
  const now = deps.clock.now();
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await saveAccount(trx, row, { password_hash: passwordHash }, now, ownAccountChanged, {
      related: async () => {
        await repo.deleteSessionsOf(trx, row.id, actor.sessionId ?? undefined);
      },
      audit: () => audit.record(trx, now, { actor, action: 'change_password', table: 'accounts', recordId: row.id, entityId: row.entity_id }),
    });
  });
}
