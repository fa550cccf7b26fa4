import type { Catalogue } from './types';

/** Not translated yet: the interface falls back to English until every key is here. */
export const zh: Partial<Catalogue> = {};
