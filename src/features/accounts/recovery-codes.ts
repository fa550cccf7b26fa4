/**
 * Recovery codes of the second factor: ten random codes, shown once when the second factor is turned
 * on (or when new ones are asked for), each accepted once in place of a code from the app. Only their
 * hashes are kept: a code has 50 random bits, and sign-in attempts are limited, so a plain SHA-256
 * is enough (a slow hash protects guessable secrets such as passwords, not these).
 */
import { randomInt } from 'node:crypto';
import type { Executor } from '../../db/database';
import { hashToken } from '../../lib/tokens';
import * as repo from './accounts.repository';

export const recoveryCodeCount = 10;
// No 0/o, 1/l/i: a code copied from paper is read back without doubt.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const halfLength = 5;

function randomHalf(): string {
  let half = '';
  for (let i = 0; i < halfLength; i += 1) half += alphabet[randomInt(alphabet.length)];
  return half;
}

/** The shape a person may type a recovery code in: any case, with or without the dash. */
export const recoveryCodePattern = /^[a-z2-9]{5}-?[a-z2-9]{5}$/i;

export function isRecoveryCode(text: string): boolean {
  return recoveryCodePattern.test(text.trim());
}

function hashRecoveryCode(code: string): string {
  return hashToken(code.trim().toLowerCase().replace('-', ''));
}

/** Makes new recovery codes for the account (the old ones stop working) and returns them, to show once. */
export async function replaceRecoveryCodes(db: Executor, accountId: number, at: Date): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, () => `${randomHalf()}-${randomHalf()}`);
  await repo.replaceRecoveryCodes(db, accountId, codes.map(hashRecoveryCode), at);
  return codes;
}

/** Uses a recovery code of the account: true once per code, false for a wrong or used one. */
export async function useRecoveryCode(db: Executor, accountId: number, code: string, at: Date): Promise<boolean> {
  if (!isRecoveryCode(code)) return false;
  return repo.useRecoveryCode(db, accountId, hashRecoveryCode(code), at);
}

export async function removeRecoveryCodes(db: Executor, accountId: number, at: Date): Promise<void> {
  await repo.replaceRecoveryCodes(db, accountId, [], at);
}

export const countUnusedRecoveryCodes = repo.countUnusedRecoveryCodes;
