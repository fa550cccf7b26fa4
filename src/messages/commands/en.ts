/**
 * The `icat` command's own texts: usage, argument errors and the lines commands print, and what
 * the XLIFF readers say of a file they refuse. Command names, options and file formats stay literal.
 */
export const en = {
  'cli.usage': `Usage: icat <command>

Commands:
  serve                       run the platform (migrates, and seeds an empty database)
  migrate                     apply pending database migrations
  seed                        load the reference and demo data (idempotent)
  init --name NAME --short-name ABC [--description TEXT] [--contact EMAIL]
                              prepare an empty database for a new group (its names; no demo data)
  import-profiles FILE        load mapping profiles from a .csv or .xlsx file (all rows or none)
  import-plan FILE.yaml [--note TEXT]
                              load or update a Plan of Action (docs/plan-format.md; whole or nothing)
  import-group FILE.yaml      load a group's reference data bundle (docs/group-bundle.md; every problem listed, whole or nothing)
  export-group FILE.yaml [--force]
                              write the group's reference data as a bundle that import-group reads back
  import-progress PERIOD FILE
                              load the updates of a reporting period from a .csv or .xlsx file (all rows or none)
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
`,
  'cli.unknownCommand': 'Unknown command "{name}".\n\n{usage}',
  'cli.unknownAction': 'Unknown action "{action}".\n{usage}',
  'cli.level.none': 'none',

  'cli.data.missing': 'There is no data directory at {where}: nothing to read. Run the command in the directory that holds "data", or set ICAT_DATA_DIR (or DATABASE_URL) to where the data is.',
  'cli.data.created': 'Created a new, empty data directory at {where} (set ICAT_DATA_DIR to use another).',
  'cli.database.postgres': 'PostgreSQL server {location}',
  'cli.database.embedded': 'embedded PGlite in {location}',
  'cli.database.embeddedClient': 'embedded PGlite in {location}, through the running server',

  'cli.upgrade.applied': 'applied {migrations}; level {level}',
  'cli.upgrade.upToDate': 'already up to date; level {level}',
  'cli.upgrade.moved': '{summary}; moved {count} file(s) from the data directory into the database',
  'cli.migrate.done': 'Migrations on {database}: {upgrade}.',

  'cli.serve.upgraded': 'Database: {upgrade}.',
  'cli.serve.seeded': 'Loaded the reference and demo data.',
  'cli.serve.administrator': 'Created the administrator {email} with the password {password}',
  'cli.serve.administratorOnce': 'It is shown only this once: sign in at /login and change it, or turn on a second factor, from /account.',
  'cli.serve.interrupted': '{count} job(s) interrupted by the last stop will run again.',
  'cli.serve.listening': '{group} platform on {url} (database: {database}).',

  'cli.seed.step': '  {name}: {count} new',
  'cli.seed.done': 'Reference and demo data loaded into {database}.',
  'cli.seed.members': 'members',
  'cli.seed.terms': 'terms',
  'cli.seed.termPriorities': 'term priorities',
  'cli.seed.mapping': 'mapping (sample profiles)',
  'cli.seed.groups': 'working groups',
  'cli.seed.groupPosts': 'group posts (sample)',
  'cli.seed.library': 'publications and events',
  'cli.seed.record': 'Meetings, decisions and statements',
  'cli.seed.plan': 'Plan of Action (sample)',
  'cli.seed.progress': 'pledges and progress 2022 (sample)',
  'cli.seed.report': 'annual report 2022 (sample narratives)',

  'cli.importProfiles.usage': 'Usage: icat import-profiles FILE.csv|FILE.xlsx',
  'cli.importProfiles.done': '{file}: {rows} profile(s) read, {changed} written (the others were unchanged).',
  'cli.importPlan.usage': 'Usage: icat import-plan FILE.yaml [--note "what changed"]',
  'cli.importPlan.unchanged': '{file}: the plan "{key}" is already at this text (version {version}); nothing changed.',
  'cli.importPlan.done': '{file}: {outcome, select, created {created} other {updated}} the plan "{title}" ({key}), now version {version}. See /plan?plan={key}',

  'cli.mail.deliveredByServer': '{count} mail(s) delivered through the mail server; any that could not go are retried by the server.',
  'cli.mail.deliveredAsFiles': '{count} mail(s) delivered as .eml files in {dir}; any that could not go are retried by the server.',
  'cli.reminders.none': 'No open reporting period has its deadline within 7 days: no reminder to send.',
  'cli.reminders.period': 'Reporting period {label} ({year}), deadline {deadline}',
  'cli.reminders.sent': '  reminded {email} ({entity}, {period})',
  'cli.reminders.done': '{count} reminder(s) queued, {already} already sent before.',
  'cli.digests.checked': '  {count} subscription(s) checked…',
  'cli.digests.none': 'No digest is due (each is sent {days} days after the previous one).',
  'cli.digests.done': '{due} digest subscription(s) due; {sent} digest(s) queued, the others had no new post.',

  'cli.backup.usage': 'Usage: icat backup FILE (for example icat backup icat-2026-11-29.backup.gz)',
  'cli.restore.usage': 'Usage: icat restore FILE (into an empty database or ICAT_DATA_DIR)',
  'cli.backup.progress': '  {table}: {rows} rows…',
  'cli.backup.totals': '{tables} tables, {rows} rows, {files} files',
  'cli.backup.done': 'Backup of {database} at level {level}: {totals}.',
  'cli.backup.written': 'Written to {file} ({size} MB).',
  'cli.restore.done': 'Restored {file} (made {made}) into {database}: {totals}.',
  'cli.restore.requeued': '{mail} unsent mail(s) and {reports} report generation(s) will run when the server starts.',

  'cli.bench.unknown': 'No benchmark named {names}; there are: {available}.',
  'cli.bench.option': 'The option {option} takes {expected}; it was given {value}. Options: --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',
  'cli.bench.expected.numbers': 'positive whole numbers separated by commas',
  'cli.bench.expected.address': 'the address of a PostgreSQL server (postgres://…)',
  'cli.bench.unknownOption': 'No option {option} for icat bench. Options: --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',

  'cli.user.usage': `Usage:
  icat user add --email E --name N [--entity ACRONYM] --role ROLE [--role ROLE …] [--password-stdin]
  icat user reset-password --email E`,
  'cli.user.created': 'Created {email} ({roles}).',
  'cli.user.createdFor': 'Created {email} ({roles}, {entity}).',
  'cli.user.setPasswordLink': 'Set-password link (works once, for 7 days): {link}',
  'cli.user.resetLink': 'Password reset link for {email} (works once, for 2 hours): {link}',

  'cli.report.usage': `Usage: icat report YEAR [--lang {languages}] [--format html,pdf,docx] [--out DIR]
  Writes the annual report of YEAR (HTML, PDF, Word and the data of every figure as CSV) to DIR,
  in the language asked for (English by default; files of another language end in -LANG).
  A final or published report is written from its frozen data; a draft from the data as it is now.`,
  'cli.report.language': 'Unknown language "{lang}": use {languages}.\n{usage}',

  'cli.messages.usage': `Usage: icat messages export --lang {languages} [--format xliff|xliff12] FILE
       icat messages import FILE
  export writes every message as an XLIFF unit (2.0, or 1.2 with --format xliff12): the English source
  and the language's current message as target. import reads such a file back into the database; it
  checks every unit first and imports nothing if any has a problem.`,
  'cli.messages.oneFile': 'Name one file.\n{usage}',
  'cli.messages.language': 'Give the language with --lang: one of {languages}.\n{usage}',
  'cli.messages.format': 'Unknown format "{format}": use xliff (XLIFF 2.0) or xliff12 (XLIFF 1.2).\n{usage}',

  'cli.texts.usage': 'Usage: icat texts export --kind statement|publication|event|report_section --id ID --lang fr|es|ar|ru|zh|en FILE.xlf\n       icat texts import FILE.xlf',
  'cli.texts.kind': '--kind must be one of {kinds}.\n{usage}',
  'cli.texts.id': '--id is required (a report section: YEAR.section, such as 2022.foreword).\n{usage}',
  'cli.texts.language': '--lang must be one of en, fr, es, ar, ru, zh.\n{usage}',
  'cli.texts.fileToWrite': 'Name the file to write.\n{usage}',
  'cli.texts.fileToRead': 'Name the file to read.\n{usage}',
  'cli.texts.action': 'Say export or import.\n{usage}',
  'cli.texts.exported': 'Wrote {file}: {kind} {id} for translation into {language}.',
  'cli.texts.unchanged': '{file}: the translation of {kind} {ref} in {language} already says this; nothing changed.',
  'cli.texts.stored':
    '{file}: stored version {version} of the translation of {kind} {ref} in {language}{created, select, yes { (a new translation)} other {}}, unofficial until the secretariat approves it. See {url}',

  'xliff.notWellFormed': 'The file is not well-formed XML: {error}',
  'xliff.version': 'This is XLIFF version "{version}": export and import take 2.0 or 1.2.',
  'xliff.notXliff': 'The file is not XLIFF: it has no <xliff> element.',
  'xliff.targetLanguage': 'The file\'s target language is "{language}": it must be one of {languages}.',
  'xliff.text.foreignElement': '<{element}> is not an XLIFF 2.0 element (namespace {namespace}).',
  'xliff.text.markupInside': 'Unit "{unit}": its {part, select, source {source} other {target}} holds <{element}>, which this platform does not read; write the markup as in the source.',
  'xliff.text.duplicate': 'Unit "{unit}" appears twice.',
  'xliff.text.notXliff': 'The file is not XLIFF 2.0: it has no <xliff> element.',
  'xliff.text.languages': 'The languages of the file (srcLang "{source}", trgLang "{target}") must be among en, fr, es, ar, ru, zh.',
  'xliff.text.noOriginal': 'The file does not say which text it translates (<file original="kind/id">).',
  'xliff.text.unknownUnit': 'Unit "{unit}" is not a unit of the text (its units are {units}).',
  'xliff.text.missingUnit': 'Unit "{unit}" is missing from the file.',
  'xliff.text.sourceChanged': 'Unit "{unit}": its source is not the text\'s as it stands now; export the file again.',
  'xliff.text.emptyTarget': 'Unit "{unit}" has no translation (its target is empty).',
  'xliff.text.markup': 'Unit "{unit}": the target\'s markup ({target}) differs from the source\'s ({source}); keep links, emphasis and placeholders as they are.',
  'xliff.text.refused': 'The file was not imported; nothing was written.\n{problems}',
  'xliff.text.noText': '{file}: <file original="{original}"> names no text of this platform (kind/id, such as statement/12).',
  'xliff.text.sourceLanguage': '{file}: the file translates from "{declared}", but the text is written in "{language}".',
  'xliff.text.ownLanguage': '{file}: the target language "{language}" is the text\'s own.',
  'texts.ref.invalid':
    '"{ref}" does not name a {kind, select, statement {statement} publication {publication} event {event} other {report section}}: give {kind, select, report_section {a year and a section, such as 2022.foreword} other {a number}}.',
  'texts.ref.expected': 'must be {kind, select, report_section {a year and a section, such as 2022.foreword} other {a number}}',
} as const;
