/** The `icat` command: argv to a command in cli/. */
import { runImportProfiles } from './cli/import-profiles';
import { runMigrate } from './cli/migrate';
import { runSeed } from './cli/seed-command';
import { runServe } from './cli/serve';
import { runUser } from './cli/user';
import { AppError } from './lib/errors';

const usage = `Usage: icat <command>

Commands:
  serve                       run the platform (migrates, and seeds an empty database)
  migrate                     apply pending database migrations
  seed                        load the reference and demo data (idempotent)
  import-profiles FILE        load mapping profiles from a .csv or .xlsx file (all rows or none)
  user add --email E --name N [--entity ACRONYM] --role ROLE [--password-stdin]
                              create an account (without a password, a set-password link is printed)
  user reset-password --email E
                              print a single-use password reset link
`;

type Command = (args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  serve: () => runServe(),
  migrate: () => runMigrate(),
  seed: () => runSeed(),
  'import-profiles': (args) => runImportProfiles(args[0]),
  user: (args) => runUser(args),
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(usage);
    return;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  await command(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
