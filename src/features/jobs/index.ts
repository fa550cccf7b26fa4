/** The administrators' view of background jobs (/admin/jobs). */
import type { Feature } from '../feature';
import { jobsRoutes } from './jobs.routes';

export const jobsFeature: Feature = {
  name: 'jobs',
  routes: [jobsRoutes],
};
