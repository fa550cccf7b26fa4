/** The annual report: narratives, the compiled model, and its HTML, PDF and Word renderings. */
import type { Feature } from '../feature';
import { reportRules } from './reports.policy';
import { reportsRoutes } from './reports.routes';
import { seedSampleNarratives } from './reports.seed';
import type { ReportsTables } from './reports.table';
import { reportsMessages } from './reports.messages';
import { reportsAccess } from './reports.access';

export const reportsFeature: Feature<ReportsTables> = {
  name: 'reports',
  messages: reportsMessages,
  routes: [reportsRoutes],
  access: reportsAccess,
  rules: reportRules,
  seed: [{ name: 'cli.seed.report', run: seedSampleNarratives }],
};
