/** The group's own report sections, named in the group settings (/admin/group). */
export const groupWiring = {
  'groupWiring.reportSections': 'Report sections of the group’s own',
  'groupWiring.reportSections.hint':
    'The annual report can include a section on how the working groups responded to crises and conflicts. Name it in English to include it (a language left empty shows the English name); leave every name empty and the report has no such section.',
  'groupWiring.reportSection.crises': 'Name of the crises section in {language}',
} as const;
