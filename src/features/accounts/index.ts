/** People, sign-in, second factor and recovery codes, passkeys, tokens. */
import { need, type Feature } from '../feature';
import { accountRules } from './accounts.policy';
import { accountsRoutes, type SignInProviders } from './accounts.routes';
import type { AccountsTables } from './accounts.table';
import { passkeysRoutes } from './passkeys.routes';
import { accountsMessages } from './accounts.messages';
import { accountsAccess } from './accounts.access';

/** What the sign-in pages take from the features above this one, which provide it. */
export const accountsNeeds = {
  signInProviders: need<SignInProviders>('the identity providers people sign in with, for the sign-in pages'),
};

export const accountsFeature: Feature<AccountsTables> = {
  name: 'accounts',
  messages: accountsMessages,
  routes: [(deps, provided) => accountsRoutes(deps, provided.get(accountsNeeds.signInProviders)), passkeysRoutes],
  access: accountsAccess,
  rules: accountRules,
};
