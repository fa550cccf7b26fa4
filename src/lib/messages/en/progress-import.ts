/**
 * Progress updates imported from a spreadsheet for a reporting period (the page, the command and the
 * problems each row can have), and the JSON API that files updates. Column names stay literal.
 */
export const progressImport = {
  'update.action.import': 'Imported from a spreadsheet',

  'progressImport.link': 'Import updates from a spreadsheet',
  'progressImport.title': 'Import progress updates: {label}',
  'progressImport.intro':
    'Upload a CSV file or an Excel workbook (.xlsx) with one row per organization and plan item or pledge. The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed with its row and column.',
  'progressImport.template': 'Start from the template, which lists the activities the plan names each organization on, with what is already filed:',
  'progressImport.templateXlsx': 'Template (Excel)',
  'progressImport.templateCsv': 'Template (CSV)',
  'progressImport.columns': 'Columns',
  'progressImport.column.organization': 'the organization’s acronym (required)',
  'progressImport.column.item': 'the code of a plan item, such as 1.2.1 (or leave it empty and fill in pledge)',
  'progressImport.column.pledge': 'the title of one of the year’s pledges, instead of a plan item',
  'progressImport.column.status': 'not_started, on_track, delayed, achieved or discontinued (required)',
  'progressImport.column.narrative': 'the narrative, in Markdown (required when the update is submitted)',
  'progressImport.column.evidence_links': 'web addresses, one per line, each optionally followed by a title',
  'progressImport.column.state': 'draft (the default) or submitted',
  'progressImport.column.indicator': 'one column per indicator: a number, a percentage from 0 to 100, or yes or no; only for the indicators of the row’s item',
  'progressImport.rules':
    'A row for an organization and item or pledge that already has an update in the period changes that update (its version goes up) rather than adding one; a row that says what is already saved changes nothing, so importing the same file twice changes nothing. An update already submitted or accepted is not changed: a row that differs from it is refused until the co-chairs return the update. Rows with nothing but the organization and the item are skipped.',
  'progressImport.file': 'File (.csv or .xlsx, at most 10 MiB)',
  'progressImport.submit': 'Check and import',
  'progressImport.done':
    '{rows, plural, one {# row imported} other {# rows imported}}: {created} created, {updated} updated, {unchanged} unchanged; {blank, plural, one {# blank row skipped} other {# blank rows skipped}}.',
  'progressImport.failed': 'Nothing was imported: {count, plural, one {# problem} other {# problems}} to fix.',
  'progressImport.problems.caption': 'Problems in the file, by row and column',
  'progressImport.problems.row': 'Row',
  'progressImport.problems.column': 'Column',
  'progressImport.problems.problem': 'Problem',
  'progressImport.chooseFile': 'Choose a CSV file or an Excel workbook to import.',

  'progressImport.summary': '{source}: nothing was imported; {count, plural, one {# problem} other {# problems}} to fix:',
  'progressImport.issueLine': '  row {row}, column {column}: {message}',
  'progressImport.more': '  … and {count} more',
  'progressImport.unknownColumn': 'is not a column of the import; the columns are: {columns}',
  'progressImport.repeatedColumn': 'appears twice in the header',
  'progressImport.missingColumn': 'the file has no such column, and it is required',
  'progressImport.itemOrPledgeColumn': 'the file needs a column item (plan item codes) or pledge (pledge titles)',
  'progressImport.unknownIndicator': 'names no indicator of the plan for {year}',
  'progressImport.required': 'is required',
  'progressImport.unknownOrganization': '"{value}" is not a known organization',
  'progressImport.itemOrPledge': 'give either a plan item code or a pledge, not both',
  'progressImport.unknownItem': '"{value}" is not the code of an item of the plan for {year}',
  'progressImport.unknownPledge': '"{value}" is not a pledge of {year}',
  'progressImport.unknownStatus': '"{value}" is not a status; use one of: {statuses}',
  'progressImport.unknownState': '"{value}" must be draft or submitted',
  'progressImport.notIndicatorOfTarget': 'this indicator does not belong to {target}; leave the cell empty',
  'progressImport.repeats': 'repeats row {row} (the same organization and item or pledge)',
  'progressImport.handedIn': 'differs from the update saved, which is already {state, select, submitted {submitted} other {accepted}}: it can change only after the co-chairs return it',
  'progressImport.noRows': 'the file has no row to import',
  'progressImport.changedMeanwhile': 'An update in the file was changed by someone else while the file was being imported; nothing was imported. Import the file again.',
  'progressImport.notSpreadsheet': '{source} is neither a CSV file nor an Excel workbook (.xlsx).',

  'progressImport.api.otherOrganization': 'You can file updates only for your own organization.',

  'cli.importProgress.usage':
    'Usage: icat import-progress PERIOD FILE.csv|FILE.xlsx\n  PERIOD is the number of the reporting period (as in /progress/periods/NUMBER) or its year and label, such as 2022 or "2023 H1".',
  'cli.importProgress.unknownPeriod': 'There is no reporting period "{period}"; see /progress/periods.',
  'cli.importProgress.done': '{file}: {rows} row(s) imported into {period}: {created} created, {updated} updated, {unchanged} unchanged; {blank} blank row(s) skipped. See /progress/periods/{id}',
} as const;
