/** El informe anual de un grupo grande: constataciones resumidas, categorías numerosas agrupadas y todas las actualizaciones en un archivo CSV. */
export const reportScale = {
  'report.claims.counts':
    '{updates, plural, one {{updates} actualización aceptada} many {{updates} de actualizaciones aceptadas} other {{updates} actualizaciones aceptadas}} de {organizations, plural, one {{organizations} organización} many {{organizations} de organizaciones} other {{organizations} organizaciones}}. A continuación figuran las {shown} respaldadas por los elementos más sólidos (fuentes y valores de indicadores y, después, la aceptación más reciente).',
  'report.claims.more': '{count, plural, one {Y {count} actualización más} many {Y {count} de actualizaciones más} other {Y {count} actualizaciones más}} de {organizations, plural, one {{organizations} organización} many {{organizations} de organizaciones} other {{organizations} organizaciones}}',
  'report.claims.annex': 'enumeradas en el archivo CSV del anexo',
  'report.annex.evidence.all': '{count, plural, one {La actualización aceptada} many {Las {count} de actualizaciones aceptadas} other {Las {count} actualizaciones aceptadas}} de {year} {count, plural, one {figura} many {figuran} other {figuran}}, una por fila, en un archivo CSV:',
  'report.annex.evidence.csv': 'todas las actualizaciones aceptadas (CSV)',
  'report.updates.column.id': 'Actualización',
  'report.updates.column.acronym': 'Sigla',
  'report.updates.column.target': 'Elemento del plan o compromiso',
  'report.updates.column.period': 'Período de referencia',
  'report.updates.column.accepted': 'Fecha de aceptación',
  'report.updates.column.sources': 'Fuentes',
  'report.updates.column.narrative': 'Labor realizada',
  'report.figure.others': 'Otras ({count})',
  'report.figure.grouped': 'Las {shown} categorías más importantes de un total de {total} se representan cada una con una barra, y las demás, en conjunto, con una sola barra. El archivo CSV contiene el cuadro completo.',
  'report.crises.moreTags': 'y {count} más',
  'report.members.contributions.more': 'El cuadro recoge las {shown} organizaciones que más informes presentaron; {count, plural, one {{count} organización más figura} many {{count} de organizaciones más figuran} other {{count} organizaciones más figuran}} en la lista de todas las actualizaciones',
  'reports.downloads.updates': 'Todas las actualizaciones aceptadas ({count}, CSV)',
} as const;
