/** Publications and events. */
import type { Feature } from '../feature';
import { libraryRules } from './library.policy';
import { libraryRoutes } from './library.routes';
import { seedReferenceLibrary } from './library.seed';
import type { LibraryTables } from './library.table';
import { libraryMessages } from './library.messages';
import { libraryAccess } from './library.access';

export const libraryFeature: Feature<LibraryTables> = {
  name: 'library',
  messages: libraryMessages,
  routes: [libraryRoutes],
  access: libraryAccess,
  rules: libraryRules,
  seed: [{ name: 'cli.seed.library', run: seedReferenceLibrary }],
};
