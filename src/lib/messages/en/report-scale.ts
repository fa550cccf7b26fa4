/** The annual report of a large group: claims summarised, many categories grouped, every update in a CSV. */
export const reportScale = {
  'report.claims.counts':
    '{updates, plural, one {{updates} accepted update} other {{updates} accepted updates}} from {organizations, plural, one {{organizations} organization} other {{organizations} organizations}}. The {shown} with the strongest evidence (sources and indicator values, then the most recently accepted) are set out below.',
  'report.claims.more': '{count, plural, one {And {count} more update} other {And {count} more updates}} from {organizations, plural, one {{organizations} organization} other {{organizations} organizations}}',
  'report.claims.annex': 'listed in the annex’s CSV file',
  'report.annex.evidence.all': 'All {count, plural, one {{count} accepted progress update} other {{count} accepted progress updates}} of {year}, one row each, are listed in a CSV file:',
  'report.annex.evidence.csv': 'all accepted updates (CSV)',
  'report.updates.column.id': 'Update',
  'report.updates.column.acronym': 'Acronym',
  'report.updates.column.target': 'Plan item or pledge',
  'report.updates.column.period': 'Reporting period',
  'report.updates.column.accepted': 'Accepted on',
  'report.updates.column.sources': 'Sources',
  'report.updates.column.narrative': 'What was done',
  'report.figure.others': 'Others ({count})',
  'report.figure.grouped': 'The {shown} largest of {total} categories are drawn one by one, and the others together as one bar. The CSV file holds the full table.',
  'report.crises.moreTags': 'and {count} more',
  'report.members.contributions.more': 'The table lists the {shown} organizations that reported most; {count, plural, one {{count} other organization is} other {{count} other organizations are}} in the list of all updates',
  'reports.downloads.updates': 'All accepted updates ({count}, CSV)',
} as const;
