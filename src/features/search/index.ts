/** The search index every feature feeds, and the search page. */
import { need, type Feature } from '../feature';
import { searchRoutes } from './search.routes';
import type { SearchTables } from './search.table';
import type { ReadableGroups } from './site-search.service';
import { searchMessages } from './search.messages';
import { searchAccess } from './search.access';

/** What the search page takes from the features above this one, which provide it. */
export const searchNeeds = {
  readableGroups: need<ReadableGroups>('the working groups a person may read, for the search page'),
};

export const searchFeature: Feature<SearchTables> = {
  name: 'search',
  messages: searchMessages,
  routes: [(deps, provided) => searchRoutes(deps, provided.get(searchNeeds.readableGroups))],
  access: searchAccess,
};
