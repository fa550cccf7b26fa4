import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'account.language': 'Idioma',
  'account.language.hint': 'Las páginas que usted ve tras iniciar sesión y los correos que le envía la plataforma estarán en este idioma.',
  'account.language.browser': 'Según el idioma de mi navegador',
  'account.language.saved': 'Se ha guardado su idioma.',
  'account.language.invalid': 'Elija uno de los idiomas disponibles.',
  'account.language.save': 'Guardar idioma',
  'round.rule.withQuorum': '{rule}, quorum: {quorum}',
};
