import type { reportLanguages as english } from '../en/report-languages';
import type { Translation } from '../types';

export const reportLanguages: Translation<typeof english> = {
  'report.narrative.originalOnly':
    '{language, select, en {Esta sección solo está disponible en inglés.} fr {Esta sección solo está disponible en francés.} es {Esta sección solo está disponible en español.} ar {Esta sección solo está disponible en árabe.} ru {Esta sección solo está disponible en ruso.} zh {Esta sección solo está disponible en chino.} other {Esta sección solo está disponible en su idioma original.}}',
  'report.figure.noData': '{subject}: sin datos.',
  'report.snapshotMissing':
    'El informe de {year} se declaró definitivo antes de que pudiera redactarse en este idioma. Vuelva a abrirlo y declárelo definitivo de nuevo para fijarlo en todos los idiomas.',

  'reports.generate.language': 'Idioma del informe',
  'reports.files.language': 'Idioma',
  'reports.view.languages': 'Este informe en otros idiomas',

  'report.cli.step.compile': 'compilando los datos',
  'report.cli.step.html': 'redactando la página web',
  'report.cli.step.pdf': 'imprimiendo el PDF',
  'report.cli.step.docx': 'redactando el documento de Word',
  'report.cli.step.csv': 'redactando los datos de las figuras',
  'report.cli.step.done': 'terminado',
  'report.cli.summary': 'Informe de {year} en {language} ({status}, datos al {moment}): {count, plural, one {# archivo} many {# de archivos} other {# archivos}}.',

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
