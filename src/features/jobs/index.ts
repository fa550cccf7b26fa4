/** The administrators' view of background jobs (/admin/jobs). */
import type { Feature } from '../feature';
import { jobsRoutes } from './jobs.routes';
import { jobsMessages } from './jobs.messages';
import { jobsAccess } from './jobs.access';

export const jobsFeature: Feature = {
  name: 'jobs',
  messages: jobsMessages,
  routes: [jobsRoutes],
  access: jobsAccess,
};
