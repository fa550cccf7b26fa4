import type { Timestamp, RequiredTimestamp, NullableTimestamp } from '../../db/columns';
import type { Generated } from 'kysely';

export const roles = ['admin', 'cochair', 'focal_point', 'member', 'survivor_advisor'] as const;
export type Role = (typeof roles)[number];

export interface AccountsTable {
  id: Generated<number>;
  email: string;
  name: string;
  entity_id: number | null;
  roles: Role[];
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  /** The time step of the last second-factor code accepted: a code works once. */
  totp_last_step: number | null;
  disabled: Generated<boolean>;
  /** Made at a first sign-in through an identity provider; waits for an admin or focal point. */
  approval_pending: Generated<boolean>;
  last_sign_in_at: NullableTimestamp;
  /** The language the person chose (a supported locale), or null to follow the browser. */
  locale: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  account_id: number;
  second_factor_pending: Generated<boolean>;
  /** Opened with a passkey, or a password and a code: what the requirement for admins and co-chairs asks. */
  strong_sign_in: Generated<boolean>;
  /** The identity provider the session came through, to offer its sign-out. */
  identity_provider_id: number | null;
  user_agent: string | null;
  ip: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: RequiredTimestamp;
}

export type LinkPurpose = 'invitation' | 'reset';

export interface AccountLinksTable {
  id: Generated<number>;
  account_id: number;
  purpose: LinkPurpose;
  token_hash: string;
  created_by: number | null;
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  used_at: NullableTimestamp;
}

export interface ApiTokensTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: RequiredTimestamp;
}

export interface PasswordResetRequestsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: RequiredTimestamp;
}

/** A recovery code of the second factor: only its hash is kept, and it works once. */
export interface RecoveryCodesTable {
  id: Generated<number>;
  account_id: number;
  code_hash: string;
  created_at: Timestamp;
  used_at: NullableTimestamp;
}

/** A passkey (WebAuthn credential): its public key and signature counter; the private key never leaves the authenticator. */
export interface PasskeysTable {
  id: Generated<number>;
  account_id: number;
  /** base64url, as the browser sends it. */
  credential_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  counter: Generated<number>;
  transports: Generated<string[]>;
  name: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
}

export type ChallengePurpose = 'register' | 'sign_in';

/** A WebAuthn challenge handed out and not yet answered: each is accepted once, within minutes. */
export interface WebauthnChallengesTable {
  challenge: string;
  purpose: ChallengePurpose;
  account_id: number | null;
  expires_at: RequiredTimestamp;
}

export interface AccountsTables {
  accounts: AccountsTable;
  sessions: SessionsTable;
  account_links: AccountLinksTable;
  api_tokens: ApiTokensTable;
  sign_in_attempts: SignInAttemptsTable;
  password_reset_requests: PasswordResetRequestsTable;
  recovery_codes: RecoveryCodesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
}
