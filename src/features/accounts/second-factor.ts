/** Time-based codes of the second factor: a code is accepted once, never again within its window. */
import { verify as verifyTotp } from 'otplib';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import * as repo from './accounts.repository';

const toleranceSeconds = 30;
const periodSeconds = 30;

/**
 * Whether the code is right and has not been used before. The time step of an accepted code is
 * recorded atomically, so a code (or an earlier one) replayed, even at the same instant, is refused.
 */
export async function acceptTotpCode(deps: Deps, row: Pick<repo.AccountRow, 'id' | 'totp_secret' | 'totp_last_step'>, code: string): Promise<boolean> {
  if (!row.totp_secret) return false;
  const epoch = Math.floor(deps.clock.now().getTime() / 1000);
  const lastStep = row.totp_last_step === null ? undefined : Number(row.totp_last_step);
  // A code from a step at or after the newest this window allows was already used (or the clock went back).
  if (lastStep !== undefined && lastStep >= Math.floor((epoch + toleranceSeconds) / periodSeconds)) return false;
  const result = await verifyTotp({ secret: row.totp_secret, token: code, epoch, epochTolerance: toleranceSeconds, ...(lastStep !== undefined ? { afterTimeStep: lastStep } : {}) });
  if (!result.valid || !('timeStep' in result)) return false;
  return repo.recordTotpStep(deps.db, row.id, result.timeStep);
}

export function wrongCode(): AppError {
  return new AppError('VALIDATION', localized('signIn.secondFactor.wrong'), { fields: [{ field: 'code', message: localized('signIn.secondFactor.wrongField') }] });
}
