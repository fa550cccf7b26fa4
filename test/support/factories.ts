/** Factories: real records made through the services, as the app makes them. */
import * as accounts from '../../src/features/accounts/accounts.service';
import type { Role } from '../../src/features/accounts/accounts.table';
import type { Deps } from '../../src/deps';
import { commandLineActor } from '../../src/policy/actor';

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
