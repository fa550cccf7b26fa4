/** Texts in several languages, and their exchange as XLIFF. */
import type { Feature } from '../feature';
import { translationRules } from './translations.policy';
import { translationsRoutes } from './translations.routes';
import type { TranslationsTables } from './translations.table';

export const translationsFeature: Feature<TranslationsTables> = {
  name: 'translations',
  routes: [translationsRoutes],
  rules: translationRules,
};
