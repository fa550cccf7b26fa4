/** The `icat` command: argv to a command in cli/. */
// Installs the message catalogue, for every command and the server (see src/messages/catalogue.ts).
import './messages/catalogue';
import { AppError } from './lib/errors';
import { localized } from './lib/i18n';

type Command = (args: string[]) => Promise<void>;

/** Each command loads only what it needs: `icat migrate` should not pay for the PDF renderer. */
const commands: Record<string, Command> = {
  serve: async () => (await import('./cli/serve')).runServe(),
  migrate: async () => (await import('./cli/migrate')).runMigrate(),
  init: async (args) => (await import('./cli/init')).runInit(args),
  seed: async () => (await import('./cli/seed-command')).runSeed(),
  'import-profiles': async (args) => (await import('./cli/import-profiles')).runImportProfiles(args[0]),
  'import-plan': async (args) => (await import('./cli/import-plan')).runImportPlan(args),
  'import-group': async (args) => (await import('./cli/group-bundle')).runImportGroup(args),
  'export-group': async (args) => (await import('./cli/group-bundle')).runExportGroup(args),
  'import-progress': async (args) => (await import('./cli/import-progress')).runImportProgress(args),
  'send-reminders': async () => (await import('./cli/send-reminders')).runSendReminders(),
  'send-digests': async () => (await import('./cli/send-digests')).runSendDigests(),
  user: async (args) => (await import('./cli/user')).runUser(args),
  report: async (args) => (await import('./cli/report')).runReport(args),
  messages: async (args) => (await import('./cli/messages')).runMessages(args),
  backup: async (args) => (await import('./cli/backup')).runBackup(args),
  restore: async (args) => (await import('./cli/backup')).runRestore(args),
  texts: async (args) => (await import('./cli/texts')).runTexts(args),
  bench: async (args) => (await import('./cli/bench')).runBench(args),
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(localized('cli.usage'));
    return;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(localized('cli.unknownCommand', { name, usage: localized('cli.usage') }));
    process.exitCode = 2;
    return;
  }
  await command(args);
}

/** A file that cannot be read (ENOENT, EACCES…) is the person's to fix: its message says which; no stack trace. */
function isSystemError(error: unknown): error is Error & { code: string; syscall: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && typeof (error as { syscall?: unknown }).syscall === 'string';
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppError || isSystemError(error)) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
