/** The `icat` command: argv to a command in cli/. */
import { AppError } from './lib/errors';

const usage = `Usage: icat <command>

Commands:
  serve                       run the platform (migrates, and seeds an empty database)
  migrate                     apply pending database migrations
  seed                        load the reference and demo data (idempotent)
  import-profiles FILE        load mapping profiles from a .csv or .xlsx file (all rows or none)
  import-plan FILE.yaml [--note TEXT]
                              load or update a Plan of Action (docs/plan-format.md; whole or nothing)
  send-reminders              mail focal points whose reports are due within 7 days (once per period)
  send-digests                mail the weekly digests of working-group posts (safe to run daily)
  report YEAR [--lang LANG] [--format html,pdf,docx] [--out DIR]
                              write the annual report of YEAR, in LANG (en, fr, es, ar, ru, zh), and print the files' paths
  messages export --lang LANG [--format xliff|xliff12] FILE
                              write the message catalogue as XLIFF for translators
  messages import FILE        read a translated XLIFF file back (all of it or nothing; each problem named)
  backup FILE                 write the whole database, files included, to FILE (safe while the server runs)
  restore FILE                read a backup into an empty database or ICAT_DATA_DIR
  texts export --kind KIND --id ID --lang LANG FILE.xlf
                              write one text (statement, publication, event, report_section) as XLIFF 2.0
  texts import FILE.xlf       store a translated XLIFF file as a new, unofficial version of its translation
  bench [NAME…]               run the benchmarks in bench/ (all, or those named)
  user add --email E --name N [--entity ACRONYM] --role ROLE [--password-stdin]
                              create an account (without a password, a set-password link is printed)
  user reset-password --email E
                              print a single-use password reset link
`;

type Command = (args: string[]) => Promise<void>;

/** Each command loads only what it needs: `icat migrate` should not pay for the PDF renderer. */
const commands: Record<string, Command> = {
  serve: async () => (await import('./cli/serve')).runServe(),
  migrate: async () => (await import('./cli/migrate')).runMigrate(),
  seed: async () => (await import('./cli/seed-command')).runSeed(),
  'import-profiles': async (args) => (await import('./cli/import-profiles')).runImportProfiles(args[0]),
  'import-plan': async (args) => (await import('./cli/import-plan')).runImportPlan(args),
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

/** A file that cannot be read (ENOENT, EACCES…) is the person's to fix: its message says which; no stack trace. */
function isSystemError(error: unknown): error is Error & { code: string; syscall: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && typeof (error as { syscall?: unknown }).syscall === 'string';
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppError || isSystemError(error)) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
