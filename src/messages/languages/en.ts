export const en = {
  'account.language': 'Language',
  'account.language.hint': 'The pages you see once signed in, and the mail the platform sends you, are in this language.',
  'account.language.browser': 'As my browser asks',
  'account.language.saved': 'Your language is saved.',
  'account.language.invalid': 'Choose one of the languages offered.',
  'account.language.save': 'Save language',
  'round.rule.withQuorum': '{rule}, quorum {quorum}',
} as const;
