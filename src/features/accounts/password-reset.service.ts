/**
 * "Forgot your password": the answer is the same, and takes the same time, whether or not the address
 * has an account; requests are limited per email address and per client address, counted alike for
 * known and unknown addresses, so that the limits tell nothing either.
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { takingAtLeast } from '../../lib/timing';
import { createResetLink } from './accounts.service';
import * as repo from './accounts.repository';

const hour = 60 * 60 * 1000;
export const resetWindowMs = hour;
export const maxResetsPerEmail = 3;
export const maxResetsPerAddress = 10;
/** Every answer takes at least this long: more than the slowest path (link, audit entry and mail) takes. */
export const resetAnswerMs = 400;

async function refuseIfTooMany(deps: Deps, email: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - resetWindowMs);
  const [byEmail, byAddress] = await Promise.all([repo.countResetRequests(deps.db, { email }, since), repo.countResetRequests(deps.db, { ip }, since)]);
  if (byEmail >= maxResetsPerEmail || byAddress >= maxResetsPerAddress) throw new AppError('RATE_LIMITED', localized('password.forgot.throttled'));
}

/** Mails a reset link if the address has an account; answers alike either way, in constant time. */
export async function requestPasswordReset(deps: Deps, request: { email: string; ip: string }): Promise<void> {
  await takingAtLeast(resetAnswerMs, async () => {
    const email = request.email.trim().toLowerCase();
    const now = deps.clock.now();
    await refuseIfTooMany(deps, email, request.ip, now);
    await repo.recordResetRequest(deps.db, { email, ip: request.ip, at: now });
    await createResetLink(deps, email, null);
  });
}
