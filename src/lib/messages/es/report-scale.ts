/** El informe anual de un grupo grande: constataciones resumidas, categorías numerosas agrupadas y todas las actualizaciones en un archivo CSV. */
export const reportScale = {
  'report.claims.counts':
    '{updates, plural, one {{updates} actualización aceptada} many {{updates} de actualizaciones aceptadas} other {{updates} actualizaciones aceptadas}} de {organizations, plural, one {{organizations} organización} many {{organizations} de organizaciones} other {{organizations} organizaciones}}. A continuación figuran las {shown} respaldadas por los elementos más sólidos (fuentes y valores de indicadores y, después, la aceptación más reciente).',
  'report.claims.more':
    '{count, plural, one {Y {count} actualización más} many {Y {count} de actualizaciones más} other {Y {count} actualizaciones más}} de {organizations, plural, one {{organizations} organización} many {{organizations} de organizaciones} other {{organizations} organizaciones}}',
  'report.claims.annex': 'enumeradas en el archivo CSV del anexo',
  'report.annex.evidence.all':
    '{count, plural, one {La actualización aceptada} many {Las {count} de actualizaciones aceptadas} other {Las {count} actualizaciones aceptadas}} de {year} {count, plural, one {figura} many {figuran} other {figuran}}, una por fila, en un archivo CSV:',
  'report.annex.evidence.csv': 'todas las actualizaciones aceptadas (CSV)',
  'report.updates.column.id': 'Actualización',
  'report.updates.column.acronym': 'Sigla',
  'report.updates.column.target': 'Elemento del plan o compromiso',
  'report.updates.column.period': 'Período de referencia',
  'report.updates.column.accepted': 'Fecha de aceptación',
  'report.updates.column.sources': 'Fuentes',
  'report.updates.column.narrative': 'Labor realizada',
  'report.figure.others': 'Otras ({count})',
  'report.figure.grouped':
    'Las {shown} categorías más importantes de un total de {total} se representan cada una con una barra, y las demás, en conjunto, con una sola barra. El archivo CSV contiene el cuadro completo.',
  'report.crises.moreTags': 'y {count} más',
  'report.members.contributions.more':
    'El cuadro recoge las {shown} organizaciones que más informes presentaron; {count, plural, one {{count} organización más figura} many {{count} de organizaciones más figuran} other {{count} organizaciones más figuran}} en la lista de todas las actualizaciones',
  'reports.downloads.updates': 'Todas las actualizaciones aceptadas ({count}, CSV)',
  'report.more.decisions': '{count, plural, one {Y {count} decisión más} many {Y {count} de decisiones más} other {Y {count} decisiones más}}',
  'report.more.meetings': '{count, plural, one {Y {count} reunión más} many {Y {count} de reuniones más} other {Y {count} reuniones más}}',
  'report.more.publications': '{count, plural, one {Y {count} publicación más} many {Y {count} de publicaciones más} other {Y {count} publicaciones más}}',
  'report.more.events': '{count, plural, one {Y {count} actividad más} many {Y {count} de actividades más} other {Y {count} actividades más}}',
  'report.more.timeline': '{count, plural, one {Y {count} entrada fechada más} many {Y {count} de entradas fechadas más} other {Y {count} entradas fechadas más}}',
  'report.list.members': 'todas las organizaciones miembros (CSV)',
  'report.list.decisions': 'todas las decisiones de {year}, CSV',
  'report.list.meetings': 'reuniones de {year}',
  'report.list.statements': 'declaraciones de {year}',
  'report.list.publications': 'publicaciones de {year}',
  'report.list.events': 'actividades de {year}',
  'report.glance.timeline.selected':
    'La cronología muestra {shown} de las {total} entradas fechadas del año: en primer lugar, las declaraciones, los grupos de trabajo creados y las reuniones de alto nivel.',
  'report.meetings.selected': 'El cuadro muestra {shown} de las {total} reuniones públicas del año: en primer lugar, las reuniones de alto nivel y, a continuación, las que adoptaron más decisiones.',
  'report.decisions.selected':
    'A continuación se exponen {shown} de las {total} decisiones del año: en primer lugar, las designaciones de copresidencias, las aprobaciones y las evaluaciones y, a continuación, las más recientes. El archivo CSV del anexo B recoge todas las decisiones.',
  'report.annex.decisions.selected':
    'A continuación se enumeran {shown} de las {total} decisiones del año: en primer lugar, las designaciones de copresidencias, las aprobaciones y las evaluaciones y, a continuación, las más recientes. Todas las decisiones figuran en un archivo CSV:',
  'report.knowledge.publications.selected': 'El cuadro muestra {shown} de las {total} publicaciones del año, comenzando por las series numeradas.',
  'report.knowledge.events.selected': 'A continuación se exponen {shown} de las {total} actividades del año, comenzando por las que cuentan con un resumen público.',
  'report.annex.members.summary':
    '{count, plural, one {A continuación se indica la organización miembro por tipo; su sigla, nombre, tipo y año de adhesión figuran en un archivo CSV:} many {A continuación se desglosan por tipo las {count} de organizaciones miembros; la sigla, el nombre, el tipo y el año de adhesión de cada una figuran en un archivo CSV:} other {A continuación se desglosan por tipo las {count} organizaciones miembros; la sigla, el nombre, el tipo y el año de adhesión de cada una figuran en un archivo CSV:}}',
  'report.annex.members.byKind':
    '{count, plural, one {La organización miembro que figura en la plataforma, por tipo} many {Las {count} de organizaciones miembros que figuran en la plataforma, por tipo} other {Las {count} organizaciones miembros que figuran en la plataforma, por tipo}}',
  'report.crises.membersCounted':
    '{count, plural, one {Participa {count} organización miembro.} many {Participan {count} de organizaciones miembros.} other {Participan {count} organizaciones miembros.}}',
  'report.statements.endorsedCounted': '{count, plural, one {Respaldada por {count} organización,} many {Respaldada por {count} de organizaciones,} other {Respaldada por {count} organizaciones,}}',
  'report.statements.endorsersPage': 'que se enumeran en la página de la declaración',
  'reports.downloads.list.members': 'Todas las organizaciones miembros ({count}, CSV)',
  'reports.downloads.list.decisions': 'Todas las decisiones del año ({count}, CSV)',
  'report.pledges.selected':
    'A continuación se exponen {shown} de los {total} compromisos del mandato: los que cuentan con el respaldo de más actualizaciones aceptadas. Todos los compromisos, con su estado y las actualizaciones que los respaldan, figuran en un archivo CSV.',
  'report.more.pledges': '{count, plural, one {Y {count} compromiso más} many {Y {count} de compromisos más} other {Y {count} compromisos más}}',
  'report.list.pledges': 'todos los compromisos de {year}, CSV',
  'reports.downloads.list.pledges': 'Todos los compromisos del mandato ({count}, CSV)',
  'report.plan.summarised':
    'El plan comprende {items} productos y actividades y {indicators} indicadores. A continuación se resume cada objetivo por sus productos; todos los productos y actividades, con la entidad responsable, el progreso aceptado y los valores de los indicadores, figuran en un archivo CSV:',
  'report.list.plan': 'el Plan de Acción completo, {year}, CSV',
  'report.plan.outputs.caption': 'Productos del objetivo {code}: actividades, progreso aceptado y metas alcanzadas en {year}',
  'report.plan.column.activities': 'Actividades',
  'report.plan.column.indicatorsMet': 'Metas alcanzadas',
  'report.plan.indicatorsMet': '{met} de {total}',
  'report.annex.evidence.selected':
    'A continuación se exponen los resúmenes de {shown} de las {total} actualizaciones citadas en el presente informe, empezando por las que cuentan con pruebas más sólidas. Las demás citas remiten al archivo CSV de todas las actualizaciones aceptadas.',
  'reports.downloads.list.plan': 'El Plan de Acción completo ({count} filas, CSV)',
} as const;
