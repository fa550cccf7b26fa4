/**
 * The report's sections built from the gathered data: paragraphs, tables, claims that link to the
 * record they rest on, and numbered figures. A section without data says so plainly.
 *
 * This file is the sections' public face (report.compile.ts builds the model from it). Each part of
 * the report is built in its own module: report.sections.year (foreword, the year at a glance,
 * outlook), .plan (pledges, the Plan of Action), .groups (working groups), .meetings (meetings,
 * decisions, statements), .knowledge (publications, events), .members (contributions, membership,
 * mapping) and .annexes; they share report.figure-blocks, report.narratives and report.section-helpers.
 */
export type { Build } from './report.build';
export type { Narratives } from './report.narratives';
export { memberHref } from './report.section-helpers';
export { atAGlanceSection, forewordSection, outlookSection } from './report.sections.year';
export { planSection, planTable, pledgesSection, pledgesTable } from './report.sections.plan';
export { crisesSection } from './report.sections.groups';
export { meetingsSection, statementsSection } from './report.sections.meetings';
export { knowledgeSection } from './report.sections.knowledge';
export { membersSection } from './report.sections.members';
export { decisionsAnnex, evidenceAnnex, figureAnnex, memberAnnex } from './report.sections.annexes';
