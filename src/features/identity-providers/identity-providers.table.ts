import type { Generated } from 'kysely';
import type { RequiredTimestamp, Timestamp } from '../../db/columns';

/** An organization's OpenID Connect provider, as the secretariat configured it. */
export interface IdentityProvidersTable {
  id: Generated<number>;
  name: string;
  issuer: string;
  client_id: string;
  /** Needed to redeem codes; never shown back in full, never logged, never in the audit log. */
  client_secret: string;
  /** The organizations it serves: a new account joins the first. */
  entity_ids: Generated<number[]>;
  /** The email domains it vouches for: only these sign in through it. */
  email_domains: Generated<string[]>;
  /** Whether people of these domains may still sign in with a password. */
  passwords_allowed: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Who a provider's person is here: the provider's subject, linked to one account. */
export interface AccountIdentitiesTable {
  id: Generated<number>;
  provider_id: number;
  subject: string;
  account_id: number;
  created_at: Timestamp;
}

/** A sign-in sent to a provider and not yet back: its state (hashed), nonce and PKCE verifier; used once. */
export interface OidcSignInsTable {
  state_hash: string;
  provider_id: number;
  code_verifier: string;
  nonce: string;
  next: string;
  expires_at: RequiredTimestamp;
}

export interface IdentityProvidersTables {
  identity_providers: IdentityProvidersTable;
  account_identities: AccountIdentitiesTable;
  oidc_sign_ins: OidcSignInsTable;
}
