export const mapping = {
  'mapping.title': 'Mapping of members’ efforts',
  'mapping.description': 'Where the member organizations work, on which forms of exploitation and with which kinds of intervention.',
  'mapping.sample': 'The profiles shown are sample data for demonstration, not the group’s own data.',
  'mapping.filters': 'Filter the mapping',
  'mapping.filter.any': 'Any',
  'mapping.filtered': '{count, plural, one {{count} organization matches these filters.} other {{count} organizations match these filters.}}',
  'mapping.figure.valueTitle': 'Organizations',
  'mapping.table.caption': 'Member organizations and their profile',
  'mapping.table.asOf': 'Profile date',
  'mapping.download': 'Download the table (CSV)',
  'mapping.none': 'No organization matches these filters.',
} as const;
