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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
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
    const created = await accounts.createAccount(deps, commandLineActor(), {
      email: input.email,
      name: input.name,
      entity: input.entity,
      roles: input.role,
      ...(password !== undefined ? { password } : {}),
    });
    const { email, roles, entityAcronym } = created.account;
    if (entityAcronym) console.log(localized('cli.user.createdFor', { email, roles: roles.join(', '), entity: entityAcronym }));
    else console.log(localized('cli.user.created', { email, roles: roles.join(', ') }));
    if (created.link) console.log(localized('cli.user.setPasswordLink', { link: created.link }));
  });
}

async function resetPassword(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
  if (!values.email) throw new AppError('VALIDATION', localized('raised.cli.emailRequired', { usage: localized('cli.user.usage') }));
  await withContext(async ({ deps }) => {
    const link = await accounts.createResetLink(deps, values.email as string, commandLineActor());
    if (!link) throw new AppError('NOT_FOUND', localized('raised.cli.noAccount', { email: values.email ?? '' }));
    console.log(localized('cli.user.resetLink', { email: values.email ?? '', link }));
  });
}

export async function runUser(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'add') return addUser(rest);
  if (sub === 'reset-password') return resetPassword(rest);
  throw new AppError('VALIDATION', localized('cli.user.usage'));
}
