/** Joint statements: drafting, consultation, endorsement rounds, adoption and publication. */
import type { Feature } from '../feature';
import { statementRules } from './statements.policy';
import { statementsRoutes } from './statements.routes';
import { seedReferenceRecord } from './statements.seed';
import type { StatementsTables } from './statements.table';
import { statementsMessages } from './statements.messages';
import { statementsAccess } from './statements.access';

export const statementsFeature: Feature<StatementsTables> = {
  name: 'statements',
  messages: statementsMessages,
  routes: [statementsRoutes],
  access: statementsAccess,
  rules: statementRules,
  seed: [{ name: 'cli.seed.record', run: seedReferenceRecord }],
};
