/**
 * The second factor of an account: setting up the authenticator app (a key, a link and a QR code),
 * turning it on and off, its recovery codes, and the administrators' requirement of it.
 */
import { groupIdentity } from '../../lib/group';
import { generateSecret, generateURI } from 'otplib';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { ownAccountChanged, saveAccount } from './accounts.saving.service';
import * as repo from './accounts.repository';
import { countUnusedRecoveryCodes, removeRecoveryCodes, replaceRecoveryCodes } from './recovery-codes';
import { acceptTotpCode, wrongCode } from './second-factor';

export const requireTotpKey = 'require_second_factor_for_admins';

export interface TotpSetup {
  secret: string;
  uri: string;
}

export async function beginSecondFactor(deps: Deps, actor: Actor | null): Promise<TotpSetup> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const row = await repo.findAccountById(deps.db, actor.accountId);
  if (!row) throw notFound('account');
  if (row.totp_enabled) throw new AppError('CONFLICT', localized('raised.secondFactor.alreadyOn'));
  const secret = row.totp_secret ?? generateSecret();
  if (!row.totp_secret) await repo.updateAccount(deps.db, row.id, row.version, { totp_secret: secret }, deps.clock.now());
  return { secret, uri: generateURI({ issuer: groupIdentity('en').shortName, label: row.email, secret }) };
}

/** The set-up begun and not yet confirmed, to show again after a wrong code; reads only. */
export async function pendingSecondFactorSetup(deps: Deps, actor: Actor | null): Promise<TotpSetup | null> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId });
  const row = await repo.findAccountById(deps.db, actor.accountId);
  if (!row?.totp_secret || row.totp_enabled) return null;
  return { secret: row.totp_secret, uri: generateURI({ issuer: groupIdentity('en').shortName, label: row.email, secret: row.totp_secret }) };
}

/** Turns the second factor on with a first right code; returns the recovery codes, to show once. */
export async function confirmSecondFactor(deps: Deps, actor: Actor | null, code: string): Promise<string[]> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  const row = await repo.findAccountById(deps.db, actor.accountId);
  if (!row?.totp_secret) throw new AppError('CONFLICT', localized('raised.secondFactor.startFirst'));
  if (!(await acceptTotpCode(deps, row, code))) throw wrongCode();
  return deps.db.transaction().execute(async (trx) => {
    await saveAccount(trx, row, { totp_enabled: true }, now, ownAccountChanged, {
      audit: () =>
        audit.record(trx, now, {
          actor,
          action: 'enable_second_factor',
          table: 'accounts',
          recordId: row.id,
          entityId: row.entity_id,
          before: { totp_enabled: false },
          after: { totp_enabled: true },
        }),
    });
    return replaceRecoveryCodes(trx, row.id, now);
  });
}

export async function disableSecondFactor(deps: Deps, actor: Actor | null, code: string): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  const row = await repo.findAccountById(deps.db, actor.accountId);
  if (!row?.totp_enabled || !row.totp_secret) throw new AppError('CONFLICT', localized('raised.secondFactor.off'));
  if (!(await acceptTotpCode(deps, row, code))) throw wrongCode();
  await deps.db.transaction().execute(async (trx) => {
    await saveAccount(trx, row, { totp_enabled: false, totp_secret: null }, now, ownAccountChanged, {
      related: () => removeRecoveryCodes(trx, row.id, now),
      audit: () =>
        audit.record(trx, now, {
          actor,
          action: 'disable_second_factor',
          table: 'accounts',
          recordId: row.id,
          entityId: row.entity_id,
          before: { totp_enabled: true },
          after: { totp_enabled: false },
        }),
    });
  });
}

/** New recovery codes (the old ones stop working), to show once; the second factor must be on. */
export async function renewRecoveryCodes(deps: Deps, actor: Actor | null): Promise<string[]> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  const row = await repo.findAccountById(deps.db, actor.accountId);
  if (!row?.totp_enabled) throw new AppError('CONFLICT', localized('account.recoveryCodes.needSecondFactor'));
  return deps.db.transaction().execute(async (trx) => {
    const codes = await replaceRecoveryCodes(trx, row.id, now);
    await audit.record(trx, now, { actor, action: 'renew_recovery_codes', table: 'recovery_codes', recordId: row.id, entityId: row.entity_id });
    return codes;
  });
}

/** How many recovery codes of the signed-in account are still unused. */
export async function recoveryCodesLeft(deps: Deps, actor: Actor | null): Promise<number> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId });
  return countUnusedRecoveryCodes(deps.db, actor.accountId);
}

export async function secondFactorRequiredForAdmins(deps: Deps): Promise<boolean> {
  return audit.switchIsOn(deps, requireTotpKey);
}

export async function setSecondFactorRequiredForAdmins(deps: Deps, actor: Actor | null, required: boolean): Promise<void> {
  authorize(actor, 'account.require_second_factor');
  await audit.changeSwitch(deps, actor, requireTotpKey, required);
}
