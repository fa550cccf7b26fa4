/**
 * The account page's reads in one statement: the account with its organization, live sessions, API
 * tokens, passkeys, unused recovery codes and whether admins must sign in strongly. Lists come back
 * as JSON, so their times are text.
 */
import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { AccountsTable } from './accounts.table';

export interface SessionJson {
  id: string;
  created_at: string;
  last_seen_at: string;
  user_agent: string | null;
  ip: string | null;
}

export interface TokenJson {
  id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export interface AccountPageRow extends Selectable<AccountsTable> {
  entity_acronym: string | null;
  approval_choices: { id: number; acronym: string }[];
  sessions: SessionJson[];
  tokens: TokenJson[];
  passkey_count: number;
  recovery_codes_left: number;
  strong_sign_in_required: boolean;
}

/** The passkeys the page counts, as the passkeys' list reads them (at most this many). */
const passkeysListed = 100;

export async function findAccountPage(db: Executor, accountId: number, now: Date, requireStrongKey: string): Promise<AccountPageRow | undefined> {
  return db
    .selectFrom('accounts as a')
    .leftJoin('entities as e', 'e.id', 'a.entity_id')
    .selectAll('a')
    .select([
      'e.acronym as entity_acronym',
      sql<{ id: number; acronym: string }[]>`case when a.approval_pending and a.entity_id is null then coalesce((
        select jsonb_agg(jsonb_build_object('id', o.id, 'acronym', o.acronym) order by o.acronym) from (
          select distinct en.id, en.acronym from account_identities ai
          join identity_providers ip on ip.id = ai.provider_id
          join entities en on en.id = any(ip.entity_ids)
          where ai.account_id = a.id) o), '[]'::jsonb) else '[]'::jsonb end`.as('approval_choices'),
      sql<
        SessionJson[]
      >`coalesce((select jsonb_agg(jsonb_build_object('id', s.id, 'created_at', s.created_at, 'last_seen_at', s.last_seen_at, 'user_agent', s.user_agent, 'ip', s.ip) order by s.last_seen_at desc)
        from sessions s where s.account_id = a.id and s.expires_at > ${now}), '[]'::jsonb)`.as('sessions'),
      sql<TokenJson[]>`coalesce((select jsonb_agg(jsonb_build_object('id', k.id, 'name', k.name, 'created_at', k.created_at, 'last_used_at', k.last_used_at) order by k.created_at desc)
        from api_tokens k where k.account_id = a.id and k.revoked_at is null), '[]'::jsonb)`.as('tokens'),
      sql<number>`least((select count(*) from passkeys p where p.account_id = a.id), ${passkeysListed})::int`.as('passkey_count'),
      sql<number>`(select count(*) from recovery_codes r where r.account_id = a.id and r.used_at is null)::int`.as('recovery_codes_left'),
      sql<boolean>`coalesce((select m.value = 'true' from app_meta m where m.key = ${requireStrongKey}), false)`.as('strong_sign_in_required'),
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
}

export interface InvitationJson {
  name: string;
  email: string;
  roles: string[];
  entity_acronym: string | null;
  expires_at: string | null;
}

/**
 * Invitations not taken up yet (accounts not disabled that have no password, of one organization or
 * of all, up to `limit`), each with its organization's acronym and when its latest invitation link
 * expires, as JSON: a part of the statement that gathers "My work".
 */
export function pendingInvitationsJsonQuery(entityId: number | undefined, limit: number) {
  const ofEntity = entityId === undefined ? sql`true` : sql`a.entity_id = ${entityId}`;
  return sql<
    InvitationJson[]
  >`select coalesce(jsonb_agg(jsonb_build_object('name', x.name, 'email', x.email, 'roles', x.roles, 'entity_acronym', x.acronym, 'expires_at', x.expires_at) order by x.id), '[]'::jsonb) from (
      select a.id, a.name, a.email, a.roles, e.acronym,
        (select max(l.expires_at) from account_links l where l.account_id = a.id and l.purpose = 'invitation') as expires_at
      from accounts a left join entities e on e.id = a.entity_id
      where a.password_hash is null and a.disabled = false and ${ofEntity}
      order by a.id limit ${limit}) x`;
}
