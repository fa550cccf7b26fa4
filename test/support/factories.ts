/** Factories: real records made through the services, as the app makes them. */
import { sql } from 'kysely';
import * as accounts from '../../src/features/accounts/accounts.service';
import type { Role } from '../../src/features/accounts/accounts.table';
import type { Deps } from '../../src/deps';
import { commandLineActor } from '../../src/policy/actor';
import type { TestContext } from './build-test-app';
import { TestClient } from './http-client';

export const testPassword = 'correct horse battery staple';
let sequence = 0;

export interface TestAccount {
  id: number;
  email: string;
  password: string;
}

/** An account with a password; `entity` is an acronym from the seed. */
export async function createTestAccount(deps: Deps, options: { roles: Role[]; entity?: string; name?: string; email?: string }): Promise<TestAccount> {
  sequence += 1;
  const email = options.email ?? `person${sequence}-${options.roles.join('-')}@${(options.entity ?? 'secretariat').toLowerCase().replace(/\W/g, '')}.example.org`;
  const created = await accounts.createAccount(deps, commandLineActor('test factory'), {
    email,
    name: options.name ?? `Test person ${sequence}`,
    entity: options.entity,
    roles: options.roles,
    password: testPassword,
  });
  return { id: created.account.id, email, password: testPassword };
}

export interface SignedInPeople {
  /** A client signed in as the person named `name`, created with these options the first time it is asked for. */
  client(name: string, options: Parameters<typeof createTestAccount>[1]): Promise<TestClient>;
  /** The accounts made so far, by name. */
  people: Record<string, TestAccount>;
}

/** Named people, each with an account and a signed-in client, made on first use and kept for a test file. */
export function signedInPeople(context: () => TestContext): SignedInPeople {
  const people: Record<string, TestAccount> = {};
  const clients: Record<string, TestClient> = {};
  async function client(name: string, options: Parameters<typeof createTestAccount>[1]): Promise<TestClient> {
    const existing = clients[name];
    if (existing) return existing;
    const account = await createTestAccount(context().deps, options);
    const signedIn = new TestClient(context().app);
    await signedIn.signIn(account.email, account.password);
    people[name] = account;
    clients[name] = signedIn;
    return signedIn;
  }
  return { client, people };
}

/** Many organizations in one set-based statement (generate_series): `TEST1`…`TESTn` unless `prefix` says otherwise. */
export async function insertTestOrganizations(
  deps: Deps,
  count: number,
  options: { prefix?: string; status?: 'member' | 'partner' | 'former'; joinedYear?: number; leftYear?: number } = {},
): Promise<void> {
  const prefix = options.prefix ?? 'TEST';
  await sql`
    insert into entities (acronym, slug, name, kind, status, joined_year, left_year, sources, created_at, updated_at)
    select ${prefix} || n, lower(${prefix}) || '-' || n, 'Test organization ' || ${prefix} || n, 'international', ${options.status ?? 'member'},
           ${options.joinedYear ?? null}::int, ${options.leftYear ?? null}::int, '[]'::jsonb, now(), now()
    from generate_series(1, ${count}::int) as n`.execute(deps.db);
}
