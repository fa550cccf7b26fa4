/** The group's own words in messages: the advisory role, and mail that names the group. */
export const en = {
  'role.advisors.unnamed': 'Advisor',
  'raised.role.advisorsNotOffered': 'The group has no advisory role to offer: choose another role.',
  'reports.narrative.crises.unnamed': 'Working groups: introduction',
  'mail.passwordReset.subject': 'Reset your password on the {group} coordination platform',
  'mail.passwordReset.body':
    'Dear {name},\n\nSomeone asked to reset the password of your account. If it was you, choose a new password within 2 hours with this link (it works once):\n\n{link}\n\nIf it was not you, ignore this message; your password stays as it is.\n',
  'mail.reminder.subject': 'Reminder: {group} progress report {period} due on {deadline}',
  'mail.reminder.body':
    'Dear {name},\n\nThe progress reports of {entity} for the reporting period {period} are due on {deadline}, and not all of them are in yet.\nYou can file and submit them here: {link}\n\nThis is the only reminder you will get for this period.',
} as const;
