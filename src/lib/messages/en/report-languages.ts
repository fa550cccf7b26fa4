/** The annual report in every language, and the catalogue's exchange with translators (XLIFF). */
export const reportLanguages = {
  // The report in a language other than the narrative's
  'report.narrative.originalOnly':
    '{language, select, en {This section is available in English only.} fr {This section is available in French only.} es {This section is available in Spanish only.} ar {This section is available in Arabic only.} ru {This section is available in Russian only.} zh {This section is available in Chinese only.} other {This section is available in its original language only.}}',
  'report.figure.noData': '{subject}: no data.',
  'report.snapshotMissing': 'The {year} report was made final before it could be written in this language. Reopen it and make it final again to freeze it in every language.',

  // The workspace
  'reports.generate.language': 'Language of the report',
  'reports.files.language': 'Language',
  'reports.view.languages': 'This report in other languages',

  // The command line
  'report.cli.step.compile': 'compiling the data',
  'report.cli.step.html': 'writing the web page',
  'report.cli.step.pdf': 'printing the PDF',
  'report.cli.step.docx': 'writing the Word document',
  'report.cli.step.csv': 'writing the figures’ data',
  'report.cli.step.done': 'done',
  'report.cli.summary': 'The {year} report in {language} ({status}, data as of {moment}): {count, plural, one {# file} other {# files}}.',

  // Translators' files
  'messages.problem.unknownKey': 'no message of the catalogue has this id',
  'messages.problem.invalid': 'not a valid ICU message ({error})',
  'messages.problem.placeholders': 'the placeholders differ from the English: {expected} expected, {found} found',
  'messages.problem.markup': 'the markup differs from the English: {expected} expected, {found} found',
  'messages.problem.plurals': 'a plural lacks the categories {missing}, which {language} needs',
  'messages.problem.duplicate': 'this id appears more than once in the file',
  'messages.problem.none': 'none',
  'messages.import.refused': 'Nothing was imported: {count, plural, one {# unit has a problem} other {# units have problems}}.',
  'messages.import.done': '{count, plural, =0 {No message changed} one {# message imported} other {# messages imported}} for {language}.',
  'messages.export.done': '{count, plural, one {# unit written} other {# units written}}, {translated} of them with a translation.',
} as const;
