/** Signing in through OpenID Connect providers. */
import { accountsNeeds } from '../accounts';
import { provide, type Feature } from '../feature';
import { identityProvidersRoutes } from './identity-providers.routes';
import * as identityProviders from './identity-providers.service';
import type { IdentityProvidersTables } from './identity-providers.table';
import { identityProvidersMessages } from './identity-providers.messages';
import { identityProvidersAccess } from './identity-providers.access';

export const identityProvidersFeature: Feature<IdentityProvidersTables> = {
  name: 'identity-providers',
  messages: identityProvidersMessages,
  routes: [identityProvidersRoutes],
  access: identityProvidersAccess,
  provides: [provide(accountsNeeds.signInProviders, identityProviders)],
};
