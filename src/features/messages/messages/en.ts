export const en = {
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
