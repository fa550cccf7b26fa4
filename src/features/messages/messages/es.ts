import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'messages.problem.unknownKey': 'ningún mensaje del catálogo tiene este identificador',
  'messages.problem.invalid': 'no es un mensaje ICU válido ({error})',
  'messages.problem.placeholders': 'los marcadores difieren de los del inglés: se esperaba {expected} y se encontró {found}',
  'messages.problem.markup': 'las etiquetas difieren de las del inglés: se esperaba {expected} y se encontró {found}',
  'messages.problem.plurals': 'a un plural le faltan las categorías {missing}, que el {language} requiere',
  'messages.problem.duplicate': 'este identificador aparece más de una vez en el archivo',
  'messages.problem.none': 'ninguno',
  'messages.import.refused': 'No se importó nada: {count, plural, one {# unidad presenta un problema} many {# de unidades presentan problemas} other {# unidades presentan problemas}}.',
  'messages.import.done': '{count, plural, =0 {Ningún mensaje cambió} one {# mensaje importado} many {# de mensajes importados} other {# mensajes importados}} para el idioma {language}.',
  'messages.export.done': '{count, plural, one {# unidad escrita} many {# de unidades escritas} other {# unidades escritas}}, {translated} de ellas con traducción.',
};
