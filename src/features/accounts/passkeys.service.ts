/**
 * Passkeys: a person adds WebAuthn credentials to their account (names them, removes them) and signs
 * in with one instead of a password and a code. The relying party is the platform's public address
 * (PUBLIC_URL): its host name is the RP ID and its origin the only origin accepted. Each challenge
 * is kept in the database for 5 minutes and accepted once, so a ceremony cannot be replayed.
 */
import { randomBytes } from 'node:crypto';
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { parseInput } from '../../lib/validation';
import { addPasskeyBody } from './accounts.schemas';
import * as audit from '../audit/audit.service';
import * as repo from './accounts.repository';
import type { ChallengePurpose } from './accounts.table';
import * as passkeysRepo from './passkeys.repository';
import { openVerifiedSession } from './sign-in.service';

const challengeLifetimeMs = 5 * 60 * 1000;

/** @simplewebauthn/server takes long to load (half a second of a start): it loads with the first passkey ceremony. */
function webAuthn(): Promise<typeof import('@simplewebauthn/server')> {
  return import('@simplewebauthn/server');
}

export interface Passkey {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

function relyingParty(deps: Deps): { rpID: string; origin: string } {
  const url = new URL(deps.config.publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

async function newChallenge(deps: Deps, purpose: ChallengePurpose, accountId: number | null): Promise<string> {
  const challenge = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await passkeysRepo.insertChallenge(deps.db, { challenge, purpose, account_id: accountId, expires_at: new Date(now.getTime() + challengeLifetimeMs) }, now);
  return challenge;
}

/**
 * The challenge check handed to the library: the challenge must be live, and it is used up. The
 * library sends our challenge text as its UTF-8 bytes, so the browser returns it base64url-encoded.
 */
function takeChallenge(deps: Deps, purpose: ChallengePurpose, accountId: number | null) {
  return (encoded: string) => passkeysRepo.takeChallenge(deps.db, Buffer.from(encoded, 'base64url').toString('utf8'), purpose, accountId, deps.clock.now());
}

function refused(key: 'passkeys.refused' | 'passkeys.signIn.refused'): AppError {
  return new AppError(key === 'passkeys.refused' ? 'VALIDATION' : 'UNAUTHENTICATED', localized(key));
}

export async function listPasskeys(deps: Deps, actor: Actor | null): Promise<Passkey[]> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId });
  const rows = await passkeysRepo.listPasskeysOf(deps.db, actor.accountId);
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at }));
}

/** The options the browser needs to make a passkey for the signed-in account. */
export async function registrationOptions(deps: Deps, actor: Actor | null): Promise<PublicKeyCredentialCreationOptionsJSON> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const existing = await passkeysRepo.listPasskeysOf(deps.db, actor.accountId);
  const { rpID } = relyingParty(deps);
  return (await webAuthn()).generateRegistrationOptions({
    rpName: localized('groupSettings.platform'),
    rpID,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(`icat-account-${actor.accountId}`),
    challenge: await newChallenge(deps, 'register', actor.accountId),
    attestationType: 'none',
    excludeCredentials: existing.map((row) => ({ id: row.credential_id, transports: row.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
}

/** Checks the browser's answer to the options above and keeps the passkey under its name. */
export async function addPasskey(deps: Deps, actor: Actor | null, body: unknown): Promise<Passkey> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const input = parseInput(addPasskeyBody, body) as { name: string; response: RegistrationResponseJSON };
  const { rpID, origin } = relyingParty(deps);
  let verified;
  try {
    verified = await (await webAuthn()).verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: takeChallenge(deps, 'register', actor.accountId),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    throw refused('passkeys.refused');
  }
  if (!verified.verified) throw refused('passkeys.refused');
  const { credential } = verified.registrationInfo;
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await passkeysRepo.findPasskeyByCredentialId(trx, credential.id)) throw new AppError('CONFLICT', localized('passkeys.duplicate'));
    const created = await passkeysRepo.insertPasskey(trx, {
      account_id: actor.accountId,
      credential_id: credential.id,
      public_key: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? [],
      name: input.name,
      created_at: now,
    });
    await audit.record(trx, now, { actor, action: 'add_passkey', table: 'passkeys', recordId: created.id, entityId: actor.entityId, after: { name: input.name } });
    return created;
  });
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: null };
}

export async function renamePasskey(deps: Deps, actor: Actor | null, id: number, name: string): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const renamed = await passkeysRepo.renamePasskey(trx, actor.accountId, id, name);
    if (!renamed) throw notFound('passkey');
    await audit.record(trx, now, { actor, action: 'rename_passkey', table: 'passkeys', recordId: id, entityId: actor.entityId, after: { name } });
  });
}

export async function removePasskey(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const removed = await passkeysRepo.deletePasskey(trx, actor.accountId, id);
    if (!removed) throw notFound('passkey');
    await audit.record(trx, now, { actor, action: 'remove_passkey', table: 'passkeys', recordId: id, entityId: actor.entityId, before: { name: removed.name } });
  });
}

/** The options for signing in with any passkey of this site (the browser offers the ones it has). */
export async function signInOptions(deps: Deps): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { rpID } = relyingParty(deps);
  return (await webAuthn()).generateAuthenticationOptions({ rpID, challenge: await newChallenge(deps, 'sign_in', null), userVerification: 'required' });
}

/** Signs in with a passkey: the signature must verify with a stored public key, over a live challenge. Returns the session token. */
export async function signInWithPasskey(deps: Deps, response: AuthenticationResponseJSON, request: { ip: string; userAgent: string | undefined }): Promise<string> {
  const passkey = await passkeysRepo.findPasskeyByCredentialId(deps.db, response.id);
  const account = passkey ? await repo.findAccountById(deps.db, passkey.account_id) : undefined;
  if (!passkey || !account || account.disabled) throw refused('passkeys.signIn.refused');
  const { rpID, origin } = relyingParty(deps);
  let verified;
  try {
    verified = await (await webAuthn()).verifyAuthenticationResponse({
      response,
      expectedChallenge: takeChallenge(deps, 'sign_in', null),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: { id: passkey.credential_id, publicKey: Buffer.from(passkey.public_key, 'base64url'), counter: Number(passkey.counter), transports: passkey.transports },
    });
  } catch {
    throw refused('passkeys.signIn.refused');
  }
  if (!verified.verified) throw refused('passkeys.signIn.refused');
  await passkeysRepo.recordPasskeyUse(deps.db, passkey.id, verified.authenticationInfo.newCounter, deps.clock.now());
  return openVerifiedSession(deps, account, request, 'sign_in.passkey');
}
