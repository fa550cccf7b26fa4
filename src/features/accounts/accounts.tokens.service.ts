/** API tokens: listing, creating, revoking and resolving them. */
import type { Deps } from '../../deps';
import { notFound } from '../../lib/errors';
import { hashToken, newToken } from '../../lib/tokens';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './accounts.repository';
import { requireTotpKey } from './second-factor.service';
import { actorFromFacts } from './accounts.read.service';

// ---- API tokens ----

export interface ApiToken {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export async function listApiTokens(deps: Deps, actor: Actor | null): Promise<ApiToken[]> {
  authorize(actor, 'account.read_own', { accountId: actor?.accountId });
  const rows = await repo.listApiTokensOf(deps.db, actor.accountId);
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at }));
}

/** Creates a personal API token; the token itself is returned once and only its hash is kept. */
export async function createApiToken(deps: Deps, actor: Actor | null, name: string): Promise<{ token: string; id: number }> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  const token = newToken('icat_');
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertApiToken(trx, { account_id: actor.accountId, name, token_hash: hashToken(token), created_at: now });
    await audit.record(trx, now, { actor, action: 'create', table: 'api_tokens', recordId: created.id, entityId: actor.entityId, after: { name } });
    return created;
  });
  return { token, id: row.id };
}

export async function revokeApiToken(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  authorize(actor, 'account.edit_own', { accountId: actor?.accountId });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const revoked = await repo.revokeApiToken(trx, actor.accountId, id, now);
    if (!revoked) throw notFound('token');
    await audit.record(trx, now, { actor, action: 'revoke', table: 'api_tokens', recordId: id, entityId: actor.entityId, before: { name: revoked.name } });
  });
}

/** How often a token's use is written down: its last use is marked at most once a minute. */
export const tokenMarkMs = 60_000;

/** The actor behind an API token, or null; with when its use was last written down. */
export async function resolveApiToken(deps: Deps, token: string): Promise<{ actor: Actor | null; lastUsedAt?: Date }> {
  const row = await repo.findLiveTokenActor(deps.db, hashToken(token), requireTotpKey);
  if (!row || row.disabled) return { actor: null };
  const now = deps.clock.now();
  let lastUsedAt = row.token_last_used_at;
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > tokenMarkMs) {
    await repo.markApiTokenUsed(deps.db, row.token_id, now);
    lastUsedAt = now;
  }
  return { actor: actorFromFacts(row, null), lastUsedAt };
}
