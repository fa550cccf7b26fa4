/** `icat user add …` and `icat user reset-password …`: accounts by hand, from the command line. */
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrate';
import { userAddOptions } from '../features/accounts/accounts.schemas';
import * as accounts from '../features/accounts/accounts.service';
import { AppError } from '../lib/errors';
import { parseInput } from '../lib/validation';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';
import { localized } from '../lib/i18n';

const usage = `Usage:
  icat user add --email E --name N [--entity ACRONYM] --role ROLE [--role ROLE …] [--password-stdin]
  icat user reset-password --email E`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function addUser(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      entity: { type: 'string' },
      role: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const input = parseInput(userAddOptions, { email: values.email, name: values.name, entity: values.entity, role: values.role ?? [] });
  const password = values['password-stdin'] ? await readStdin() : undefined;
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const created = await accounts.createAccount(deps, commandLineActor(), { email: input.email, name: input.name, entity: input.entity, roles: input.role, ...(password !== undefined ? { password } : {}) });
    console.log(`Created ${created.account.email} (${created.account.roles.join(', ')}${created.account.entityAcronym ? `, ${created.account.entityAcronym}` : ''}).`);
    if (created.link) console.log(`Set-password link (works once, for 7 days): ${created.link}`);
  });
}

async function resetPassword(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
  if (!values.email) throw new AppError('VALIDATION', localized('raised.cli.emailRequired', { usage }));
  await withContext(async ({ deps }) => {
    const link = await accounts.createResetLink(deps, values.email as string, commandLineActor());
    if (!link) throw new AppError('NOT_FOUND', localized('raised.cli.noAccount', { email: values.email ?? '' }));
    console.log(`Password reset link for ${values.email} (works once, for 2 hours): ${link}`);
  });
}

export async function runUser(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'add') return addUser(rest);
  if (sub === 'reset-password') return resetPassword(rest);
  throw new AppError('VALIDATION', usage);
}
