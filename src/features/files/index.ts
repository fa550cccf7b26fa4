/** Stored files: uploads and generated reports, kept in the database. */
import type { Feature } from '../feature';
import type { FilesTables } from './files.table';

export const filesFeature: Feature<FilesTables> = {
  name: 'files',
};
