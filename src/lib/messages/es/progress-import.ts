import type { progressImport as english } from '../en/progress-import';
import type { Translation } from '../types';

export const progressImport: Translation<typeof english> = {
  'update.action.import': 'Importada desde una hoja de cálculo',

  'progressImport.link': 'Importar actualizaciones desde una hoja de cálculo',
  'progressImport.title': 'Importar actualizaciones: {label}',
  'progressImport.intro':
    'Cargue un archivo CSV o un libro de Excel (.xlsx) con una fila por organización y elemento del plan o compromiso. Primero se comprueba todo el archivo: si alguna fila presenta un problema, no se importa nada y se indica cada problema con su fila y su columna.',
  'progressImport.template': 'Parta de la plantilla, que enumera las actividades del plan en las que figura cada organización, con lo ya presentado:',
  'progressImport.templateXlsx': 'Plantilla (Excel)',
  'progressImport.templateCsv': 'Plantilla (CSV)',
  'progressImport.columns': 'Columnas',
  'progressImport.column.organization': 'la sigla de la organización (obligatoria)',
  'progressImport.column.item': 'el código de un elemento del plan, por ejemplo 1.2.1 (o déjela vacía y rellene pledge)',
  'progressImport.column.pledge': 'el título de uno de los compromisos del año, en lugar de un elemento del plan',
  'progressImport.column.status': 'not_started, on_track, delayed, achieved o discontinued (obligatoria)',
  'progressImport.column.narrative': 'la descripción, en Markdown (obligatoria cuando se presenta la actualización)',
  'progressImport.column.evidence_links': 'direcciones web, una por línea, cada una seguida opcionalmente de un título',
  'progressImport.column.state': 'draft (valor predeterminado) o submitted',
  'progressImport.column.indicator': 'una columna por indicador: un número, un porcentaje de 0 a 100, o yes o no; solo para los indicadores del elemento de la fila',
  'progressImport.rules':
    'Una fila relativa a una organización y un elemento o compromiso que ya tiene una actualización en el período modifica esa actualización (su versión aumenta) en lugar de añadir otra; una fila que coincide con lo guardado no cambia nada, de modo que importar dos veces el mismo archivo no cambia nada. Una actualización ya presentada o aceptada no se modifica: una fila que difiera de ella se rechaza hasta que los copresidentes la devuelvan. Se omiten las filas que solo contienen la organización y el elemento.',
  'progressImport.file': 'Archivo (.csv o .xlsx, 10 MiB como máximo)',
  'progressImport.submit': 'Comprobar e importar',
  'progressImport.done':
    '{rows, plural, one {# fila importada} many {# de filas importadas} other {# filas importadas}}: {created} creadas, {updated} actualizadas, {unchanged} sin cambios; {blank, plural, one {# fila vacía omitida} many {# de filas vacías omitidas} other {# filas vacías omitidas}}.',
  'progressImport.failed': 'No se ha importado nada: {count, plural, one {# problema} many {# de problemas} other {# problemas}} por corregir.',
  'progressImport.problems.caption': 'Problemas del archivo, por fila y columna',
  'progressImport.problems.row': 'Fila',
  'progressImport.problems.column': 'Columna',
  'progressImport.problems.problem': 'Problema',
  'progressImport.chooseFile': 'Elija un archivo CSV o un libro de Excel para importar.',

  'progressImport.summary': '{source}: no se ha importado nada; {count, plural, one {# problema} many {# de problemas} other {# problemas}} por corregir:',
  'progressImport.issueLine': '  fila {row}, columna {column}: {message}',
  'progressImport.more': '  … y {count} más',
  'progressImport.unknownColumn': 'no es una columna de la importación; las columnas son: {columns}',
  'progressImport.repeatedColumn': 'aparece dos veces en el encabezado',
  'progressImport.missingColumn': 'el archivo no contiene esta columna, que es obligatoria',
  'progressImport.itemOrPledgeColumn': 'el archivo necesita una columna item (códigos de elementos del plan) o pledge (títulos de compromisos)',
  'progressImport.unknownIndicator': 'no corresponde a ningún indicador del plan de {year}',
  'progressImport.required': 'es obligatorio',
  'progressImport.unknownOrganization': '«{value}» no es una organización conocida',
  'progressImport.itemOrPledge': 'indique el código de un elemento del plan o un compromiso, pero no ambos',
  'progressImport.unknownItem': '«{value}» no es el código de ningún elemento del plan de {year}',
  'progressImport.unknownPledge': '«{value}» no es un compromiso de {year}',
  'progressImport.unknownStatus': '«{value}» no es un estado; utilice uno de los siguientes: {statuses}',
  'progressImport.unknownState': '«{value}» debe ser draft o submitted',
  'progressImport.notIndicatorOfTarget': 'este indicador no corresponde a {target}; deje la celda vacía',
  'progressImport.repeats': 'repite la fila {row} (la misma organización y el mismo elemento o compromiso)',
  'progressImport.handedIn':
    'difiere de la actualización guardada, que ya está {state, select, submitted {presentada} other {aceptada}}: solo puede modificarse después de que los copresidentes la devuelvan',
  'progressImport.noRows': 'el archivo no contiene ninguna fila que importar',
  'progressImport.changedMeanwhile': 'Otra persona modificó una actualización del archivo mientras se importaba; no se ha importado nada. Vuelva a importar el archivo.',
  'progressImport.notSpreadsheet': '{source} no es un archivo CSV ni un libro de Excel (.xlsx).',

  'progressImport.api.otherOrganization': 'Solo puede presentar actualizaciones de su propia organización.',

  'cli.importProgress.usage':
    'Uso: icat import-progress PERIOD FILE.csv|FILE.xlsx\n  PERIOD es el número del período de presentación de informes (como en /progress/periods/NÚMERO) o su año y su etiqueta, por ejemplo 2022 o "2023 H1".',
  'cli.importProgress.unknownPeriod': 'No existe ningún período de presentación de informes «{period}»; véase /progress/periods.',
  'cli.importProgress.done':
    '{file}: {rows} fila(s) importada(s) en {period}: {created} creada(s), {updated} actualizada(s), {unchanged} sin cambios; {blank} fila(s) vacía(s) omitida(s). Véase /progress/periods/{id}',
};
