/** The report's optional sections: their names are the group's, kept with its settings (lib/report-sections.ts). */
export { optionalSectionTitle, optionalSections, setOptionalSectionTitles, type OptionalSection } from '../../lib/report-sections';
