/**
 * Sign-in through member organizations' identity providers (OpenID Connect, with openid-client):
 * discovery, the authorization code flow with PKCE, state and nonce, and the ID token checked
 * (signature, issuer, audience, expiry) against the platform's clock. Each sign-in under way is kept
 * for 10 minutes under the hash of its state and taken once. The provider vouches for email domains:
 * a verified email in one of them signs in the linked account, else the account with that email,
 * else a new member account of the provider's organization. Roles stay in the platform.
 */
import * as client from 'openid-client';
import { updateVersioned } from '../../db/versioned';
import type { Deps } from '../../deps';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { hashToken } from '../../lib/tokens';
import { parseWithChecks } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { signInThroughProvider } from '../accounts/sign-in.service';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import * as repo from './identity-providers.repository';
import { isLocalHttp, providerForm } from './identity-providers.schemas';

const signInLifetimeMs = 10 * 60 * 1000;
const approvalKey = 'identity_provider_accounts_need_approval';
const requestTimeoutSeconds = 10;

export interface Provider {
  id: number;
  name: string;
  issuer: string;
  clientId: string;
  /** The last characters of the client secret: enough to recognise it, not to use it. */
  secretEnd: string;
  entities: string[];
  domains: string[];
  passwordsAllowed: boolean;
  version: number;
}

export interface SignInChoice {
  id: number;
  name: string;
}

async function toProviders(deps: Deps, rows: repo.ProviderRow[]): Promise<Provider[]> {
  const summaries = await members.summariesByIds(deps, [...new Set(rows.flatMap((row) => row.entity_ids))]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    secretEnd: row.client_secret.length > 12 ? row.client_secret.slice(-4) : '',
    entities: row.entity_ids.map((id) => summaries.get(id)?.acronym ?? String(id)),
    domains: row.email_domains,
    passwordsAllowed: row.passwords_allowed,
    version: row.version,
  }));
}

/** What the audit log keeps of a provider: everything but its secret. */
/** A provider saved by someone else since the form was opened: shown without its secret. */
export const staleProvider = staleRecord<object>('raised.identityProvider.stale');

function auditRecord(row: repo.ProviderRow): object {
  const { client_secret: _secret, ...rest } = row;
  return rest;
}

export function redirectUri(deps: Deps): string {
  return `${deps.config.publicUrl}/login/provider/callback`;
}

export async function listProviders(deps: Deps, actor: Actor | null): Promise<Provider[]> {
  authorize(actor, 'identity_providers.manage');
  return toProviders(deps, await repo.listProviders(deps.db));
}

/** The buttons of the sign-in page. */
export async function listSignInChoices(deps: Deps): Promise<SignInChoice[]> {
  return (await repo.listProviders(deps.db)).map((row) => ({ id: row.id, name: row.name }));
}

async function unknownOrganizations(deps: Deps, acronyms: string[]): Promise<string | null> {
  const ids = await members.entityIdsByAcronym(deps, acronyms);
  const unknown = acronyms.filter((acronym) => !ids.has(acronym));
  return unknown.length > 0 ? `${unknown.join(', ')}: not a known organization` : null;
}

/** Creates (id null) or updates a provider; an empty secret keeps the saved one. */
export async function saveProvider(deps: Deps, actor: Actor | null, id: number | null, body: unknown): Promise<Provider> {
  authorize(actor, 'identity_providers.manage');
  const input = await parseWithChecks(providerForm, body, [
    { field: 'entities', reads: ['entities'], problem: (form) => unknownOrganizations(deps, form.entities) },
    { field: 'clientSecret', reads: ['clientSecret'], problem: (form) => (id === null && !form.clientSecret ? 'is required' : null) },
  ]);
  const ids = await members.entityIdsByAcronym(deps, input.entities);
  const now = deps.clock.now();
  const values = {
    name: input.name,
    issuer: input.issuer.replace(/\/$/, ''),
    client_id: input.clientId,
    entity_ids: input.entities.map((acronym) => ids.get(acronym) as number),
    email_domains: input.domains,
    passwords_allowed: input.passwordsAllowed === 'true',
    ...(input.clientSecret ? { client_secret: input.clientSecret } : {}),
  };
  const row = await deps.db.transaction().execute(async (trx) => {
    if (id === null) {
      const created = await repo.insertProvider(trx, { ...values, client_secret: input.clientSecret as string, created_at: now, updated_at: now });
      await audit.record(trx, now, { actor, action: 'create', table: 'identity_providers', recordId: created.id, after: auditRecord(created) });
      return created;
    }
    const before = await repo.findProvider(trx, id);
    if (!before) throw notFound('identityProvider');
    return updateVersioned(trx, {
      table: 'identity_providers',
      before,
      expectedVersion: input.version ?? before.version,
      changes: values,
      at: now,
      stale: staleProvider,
      show: auditRecord,
      audit: (after) =>
        audit.record(trx, now, {
          actor,
          action: 'update',
          table: 'identity_providers',
          recordId: id,
          before: auditRecord(before),
          after: { ...auditRecord(after), secret_changed: Boolean(input.clientSecret) },
        }),
    });
  });
  const [provider] = await toProviders(deps, [row]);
  return provider as Provider;
}

export async function removeProvider(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  authorize(actor, 'identity_providers.manage');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const removed = await repo.deleteProvider(trx, id);
    if (!removed) throw notFound('identityProvider');
    await audit.record(trx, now, { actor, action: 'delete', table: 'identity_providers', recordId: id, before: auditRecord(removed) });
  });
}

export async function approvalRequired(deps: Deps): Promise<boolean> {
  return audit.switchIsOn(deps, approvalKey);
}

export async function setApprovalRequired(deps: Deps, actor: Actor | null, required: boolean): Promise<void> {
  authorize(actor, 'identity_providers.manage');
  await audit.changeSwitch(deps, actor, approvalKey, required);
}

/** Why this email may not sign in with a password (its domain's provider turned passwords off), or null. */
export async function passwordSignInRefusal(deps: Deps, email: string): Promise<string | null> {
  const domain = email.trim().toLowerCase().split('@')[1];
  if (!domain) return null;
  const strict = (await repo.providersForDomain(deps.db, domain)).find((row) => !row.passwords_allowed);
  return strict ? localized('provider.passwordsOff', { domain, name: strict.name }) : null;
}

// ---- the sign-in itself ----

function isUnreachable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return error instanceof TypeError || name === 'AbortError' || name === 'TimeoutError' || (error instanceof Error && /fetch failed|ECONNREFUSED|ENOTFOUND|timed? ?out/i.test(error.message));
}

/** The provider's configuration, discovered now: its issuer must be the one configured, exactly. */
async function configurationOf(deps: Deps, row: repo.ProviderRow): Promise<client.Configuration> {
  const issuer = new URL(row.issuer);
  try {
    const metadata = {
      client_secret: row.client_secret,
      redirect_uris: [redirectUri(deps)],
      // Tokens are judged by the platform's clock (the same one that dates sessions).
      [client.clockSkew]: Math.round((deps.clock.now().getTime() - Date.now()) / 1000),
    };
    const config = await client.discovery(issuer, row.client_id, metadata, client.ClientSecretBasic(row.client_secret), {
      timeout: requestTimeoutSeconds,
      ...(isLocalHttp(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
    });
    config.timeout = requestTimeoutSeconds;
    return config;
  } catch (error) {
    if (isUnreachable(error)) throw new AppError('PROVIDER_UNAVAILABLE', localized('provider.signIn.unavailable', { name: row.name }));
    throw new AppError('PROVIDER_UNAVAILABLE', localized('provider.signIn.misconfigured', { name: row.name }));
  }
}

async function providerOrUnknown(deps: Deps, id: number): Promise<repo.ProviderRow> {
  const row = await repo.findProvider(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND', localized('provider.signIn.unknown'));
  return row;
}

/** Starts a sign-in: where to send the browser, and the state to keep in its cookie. */
export async function beginSignIn(deps: Deps, providerId: number, next: string): Promise<{ url: string; state: string }> {
  const row = await providerOrUnknown(deps, providerId);
  const config = await configurationOf(deps, row);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const now = deps.clock.now();
  await repo.insertSignIn(deps.db, { state_hash: hashToken(state), provider_id: row.id, code_verifier: codeVerifier, nonce, next, expires_at: new Date(now.getTime() + signInLifetimeMs) }, now);
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(deps),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

export type CompletedSignIn = { signedIn: true; sessionToken: string; next: string } | { signedIn: false; next: string };

/**
 * Completes a sign-in when the provider sends the browser back: the state must be this browser's
 * (its cookie) and still waiting; the code is redeemed with the PKCE verifier and the ID token checked.
 */
export async function completeSignIn(
  deps: Deps,
  callback: { path: string; state: string | undefined; browserState: string | undefined; error: string | undefined },
  request: { ip: string; userAgent: string | undefined },
): Promise<CompletedSignIn> {
  const expired = () => new AppError('UNAUTHENTICATED', localized('provider.signIn.expired'));
  if (!callback.state || !callback.browserState || callback.state !== callback.browserState) throw expired();
  const pending = await repo.takeSignIn(deps.db, hashToken(callback.state), deps.clock.now());
  if (!pending) throw expired();
  const row = await providerOrUnknown(deps, pending.provider_id);
  const refused = () => new AppError('UNAUTHENTICATED', localized('provider.signIn.refused', { name: row.name }));
  if (callback.error) throw refused();
  const config = await configurationOf(deps, row);
  let claims: (client.IDToken & Record<string, unknown>) | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, new URL(callback.path, deps.config.publicUrl), {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: callback.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
    // Some providers put the email in the ID token, others only behind the userinfo endpoint (same subject).
    if (claims && typeof claims.email !== 'string') claims = { ...claims, ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), sub: claims.sub };
  } catch (error) {
    if (isUnreachable(error)) throw new AppError('PROVIDER_UNAVAILABLE', localized('provider.signIn.unavailable', { name: row.name }));
    throw refused();
  }
  if (!claims) throw refused();
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email || claims.email_verified !== true) throw new AppError('UNAUTHENTICATED', localized('provider.signIn.noEmail', { name: row.name }));
  const domain = email.split('@')[1] ?? '';
  if (!row.email_domains.includes(domain)) {
    throw new AppError('FORBIDDEN', localized('provider.signIn.outsideDomains', { name: row.name, email, domains: row.email_domains.join(', ') }));
  }
  const linked = await repo.findLinkedAccount(deps.db, row.id, claims.sub);
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : email;
  const result = await signInThroughProvider(
    deps,
    { accountId: linked ?? null, email, name, entityIds: row.entity_ids, approvalRequired: await approvalRequired(deps), identityProviderId: row.id, providerName: row.name },
    request,
  );
  if (linked === undefined) await repo.linkIdentity(deps.db, { provider_id: row.id, subject: claims.sub, account_id: result.accountId, created_at: deps.clock.now() });
  return result.signedIn ? { signedIn: true, sessionToken: result.sessionToken, next: pending.next } : { signedIn: false, next: pending.next };
}

/** Where to sign out of the provider too, when it has an end-session endpoint; null otherwise or when it cannot be reached. */
export async function providerSignOut(deps: Deps, providerId: number): Promise<{ name: string; url: string } | null> {
  const row = await repo.findProvider(deps.db, providerId);
  if (!row) return null;
  try {
    const config = await configurationOf(deps, row);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return { name: row.name, url: client.buildEndSessionUrl(config, { client_id: row.client_id, post_logout_redirect_uri: `${deps.config.publicUrl}/` }).href };
  } catch {
    return null;
  }
}
