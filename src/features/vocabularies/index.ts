/** The mapping's dimensions and the kinds of organization (/admin/vocabularies). */
import type { Feature } from '../feature';
import { vocabularyRules } from './vocabularies.policy';
import { vocabulariesRoutes } from './vocabularies.routes';
import type { VocabulariesTables } from './vocabularies.table';
import { vocabulariesMessages } from './vocabularies.messages';
import { vocabulariesAccess } from './vocabularies.access';

export const vocabulariesFeature: Feature<VocabulariesTables> = {
  name: 'vocabularies',
  messages: vocabulariesMessages,
  routes: [vocabulariesRoutes],
  access: vocabulariesAccess,
  rules: vocabularyRules,
};
