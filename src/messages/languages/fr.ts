import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'account.language': 'Langue',
  'account.language.hint': 'Les pages que vous consultez une fois connecté(e) et les courriels que la plateforme vous adresse sont rédigés dans cette langue.',
  'account.language.browser': 'Selon la langue de mon navigateur',
  'account.language.saved': 'Votre langue a été enregistrée.',
  'account.language.invalid': 'Veuillez choisir l’une des langues proposées.',
  'account.language.save': 'Enregistrer la langue',
  'round.rule.withQuorum': '{rule}, quorum : {quorum}',
};
