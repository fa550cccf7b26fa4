/** Texts in several languages, and their exchange as XLIFF. */
import type { Feature } from '../feature';
import { translationRules } from './translations.policy';
import { translationsRoutes } from './translations.routes';
import type { TranslationsTables } from './translations.table';
import { translationsMessages } from './translations.messages';
import { translationsAccess } from './translations.access';

export const translationsFeature: Feature<TranslationsTables> = {
  name: 'translations',
  messages: translationsMessages,
  routes: [translationsRoutes],
  access: translationsAccess,
  rules: translationRules,
};
