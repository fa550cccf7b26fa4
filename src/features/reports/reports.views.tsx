/**
 * The report's pages. The public ones (the list of reports, a report with its downloads) are in
 * reports.reading.views.tsx, the workspace in reports.workspace.views.tsx, and what both use (the
 * addresses of the report and its files) in reports.common.views.tsx.
 */
export { reportHref, workspaceHref } from './reports.common.views';
export { ReportPage, ReportsListPage } from './reports.reading.views';
export { WorkspacePage, type NarrativeState, type WorkspaceProps } from './reports.workspace.views';
