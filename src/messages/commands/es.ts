import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'cli.usage': `Uso: icat <command>

Comandos:
  serve                       ejecuta la plataforma (aplica las migraciones y carga datos en una base de datos vacía)
  migrate                     aplica las migraciones pendientes de la base de datos
  seed                        carga los datos de referencia y de demostración (idempotente)
  init --name NAME --short-name ABC [--description TEXT] [--contact EMAIL]
                              prepara una base de datos vacía para un nuevo grupo (sus nombres; sin datos de demostración)
  import-profiles FILE        carga perfiles del mapeo desde un archivo .csv o .xlsx (todas las filas o ninguna)
  import-plan FILE.yaml [--note TEXT]
                              carga o actualiza un Plan de Acción (docs/plan-format.md; completo o nada)
  import-group FILE.yaml      carga el archivo de datos de referencia de un grupo (docs/group-bundle.md; se indica cada problema; completo o nada)
  export-group FILE.yaml [--force]
                              escribe los datos de referencia del grupo en un archivo que import-group puede volver a leer
  import-progress PERIOD FILE
                              carga las actualizaciones de un período de presentación de informes desde un archivo .csv o .xlsx (todas las filas o ninguna)
  send-reminders              escribe a los puntos focales cuyos informes vencen en un plazo de 7 días (una vez por período)
  send-digests                envía los resúmenes semanales de las publicaciones de los grupos de trabajo (puede ejecutarse a diario)
  report YEAR [--lang LANG] [--format html,pdf,docx] [--out DIR]
                              genera el informe anual de YEAR, en LANG (en, fr, es, ar, ru, zh), y muestra las rutas de los archivos
  messages export --lang LANG [--format xliff|xliff12] FILE
                              escribe el catálogo de mensajes en formato XLIFF para los traductores
  messages import FILE        vuelve a leer un archivo XLIFF traducido (completo o nada; se indica cada problema)
  backup FILE                 escribe toda la base de datos, archivos incluidos, en FILE (sin riesgo mientras el servidor funciona)
  restore FILE                carga una copia de seguridad en una base de datos vacía o en ICAT_DATA_DIR
  texts export --kind KIND --id ID --lang LANG FILE.xlf
                              escribe un texto (statement, publication, event, report_section) en formato XLIFF 2.0
  texts import FILE.xlf       guarda un archivo XLIFF traducido como nueva versión no oficial de su traducción
  bench [NAME…]               ejecuta las pruebas de rendimiento de bench/ (todas o las indicadas)
  user add --email E --name N [--entity ACRONYM] --role ROLE [--password-stdin]
                              crea una cuenta (sin contraseña, se muestra un enlace para establecerla)
  user reset-password --email E
                              muestra un enlace de un solo uso para restablecer la contraseña
`,
  'cli.unknownCommand': 'Comando desconocido «{name}».\n\n{usage}',
  'cli.unknownAction': 'Acción desconocida «{action}».\n{usage}',
  'cli.level.none': 'ninguno',

  'cli.data.missing':
    'No hay ningún directorio de datos en {where}: no hay nada que leer. Ejecute el comando en el directorio que contiene «data» o indique en ICAT_DATA_DIR (o DATABASE_URL) dónde están los datos.',
  'cli.data.created': 'Se ha creado un directorio de datos nuevo y vacío en {where} (defina ICAT_DATA_DIR para usar otro).',
  'cli.database.postgres': 'servidor PostgreSQL {location}',
  'cli.database.embedded': 'PGlite integrado en {location}',
  'cli.database.embeddedClient': 'PGlite integrado en {location}, a través del servidor en funcionamiento',

  'cli.upgrade.applied': 'migraciones aplicadas: {migrations}; nivel {level}',
  'cli.upgrade.upToDate': 'ya actualizada; nivel {level}',
  'cli.upgrade.moved': '{summary}; {count, plural, one {# archivo trasladado} many {# de archivos trasladados} other {# archivos trasladados}} del directorio de datos a la base de datos',
  'cli.migrate.done': 'Migraciones en {database}: {upgrade}.',

  'cli.serve.upgraded': 'Base de datos: {upgrade}.',
  'cli.serve.seeded': 'Se han cargado los datos de referencia y de demostración.',
  'cli.serve.administrator': 'Se ha creado el administrador {email} con la contraseña {password}',
  'cli.serve.administratorOnce': 'Solo se muestra esta vez: inicie sesión en /login y cámbiela, o active un segundo factor, desde /account.',
  'cli.serve.interrupted':
    '{count, plural, one {# tarea interrumpida por la última parada se volverá a ejecutar} many {# de tareas interrumpidas por la última parada se volverán a ejecutar} other {# tareas interrumpidas por la última parada se volverán a ejecutar}}.',
  'cli.serve.listening': 'Plataforma {group} en {url} (base de datos: {database}).',

  'cli.seed.step': '  {name}: {count, plural, one {# nuevo} many {# de nuevos} other {# nuevos}}',
  'cli.seed.done': 'Datos de referencia y de demostración cargados en {database}.',
  'cli.seed.members': 'miembros',
  'cli.seed.terms': 'mandatos',
  'cli.seed.termPriorities': 'prioridades de los mandatos',
  'cli.seed.mapping': 'mapeo (perfiles de ejemplo)',
  'cli.seed.groups': 'grupos de trabajo',
  'cli.seed.groupPosts': 'publicaciones de los grupos (ejemplo)',
  'cli.seed.library': 'publicaciones y eventos',
  'cli.seed.record': 'reuniones, decisiones y declaraciones',
  'cli.seed.plan': 'Plan de Acción (ejemplo)',
  'cli.seed.progress': 'compromisos y progreso 2022 (ejemplo)',
  'cli.seed.report': 'informe anual 2022 (textos de ejemplo)',

  'cli.importProfiles.usage': 'Uso: icat import-profiles FILE.csv|FILE.xlsx',
  'cli.importProfiles.done': '{file}: {rows, plural, one {# perfil leído} many {# de perfiles leídos} other {# perfiles leídos}}, {changed} guardados (los demás no cambiaron).',
  'cli.importPlan.usage': 'Uso: icat import-plan FILE.yaml [--note "qué ha cambiado"]',
  'cli.importPlan.unchanged': '{file}: el plan «{key}» ya corresponde a este texto (versión {version}); no ha cambiado nada.',
  'cli.importPlan.done': '{file}: se ha {outcome, select, created {creado} other {actualizado}} el plan «{title}» ({key}), ahora en la versión {version}. Véase /plan?plan={key}',

  'cli.mail.deliveredByServer':
    '{count, plural, one {# correo entregado} many {# de correos entregados} other {# correos entregados}} a través del servidor de correo; el servidor reintenta los que no pudieron enviarse.',
  'cli.mail.deliveredAsFiles':
    '{count, plural, one {# correo entregado} many {# de correos entregados} other {# correos entregados}} como archivos .eml en {dir}; el servidor reintenta los que no pudieron enviarse.',
  'cli.reminders.none': 'Ningún período de presentación de informes abierto vence en los próximos 7 días: no hay recordatorios que enviar.',
  'cli.reminders.period': 'Período de presentación de informes {label} ({year}), plazo {deadline}',
  'cli.reminders.sent': '  recordatorio enviado a {email} ({entity}, {period})',
  'cli.reminders.done': '{count, plural, one {# recordatorio en cola} many {# de recordatorios en cola} other {# recordatorios en cola}}, {already} ya enviados anteriormente.',
  'cli.digests.checked': '  {count, plural, one {# suscripción comprobada} many {# de suscripciones comprobadas} other {# suscripciones comprobadas}}…',
  'cli.digests.none': 'No corresponde enviar ningún resumen (cada uno se envía {days} días después del anterior).',
  'cli.digests.done':
    '{due, plural, one {# suscripción al resumen vencida} many {# de suscripciones al resumen vencidas} other {# suscripciones al resumen vencidas}}; {sent, plural, one {# resumen en cola} many {# de resúmenes en cola} other {# resúmenes en cola}}, las demás no tenían publicaciones nuevas.',

  'cli.backup.usage': 'Uso: icat backup FILE (por ejemplo, icat backup icat-2026-11-29.backup.gz)',
  'cli.restore.usage': 'Uso: icat restore FILE (en una base de datos vacía o en ICAT_DATA_DIR)',
  'cli.backup.progress': '  {table}: {rows, plural, one {# fila} many {# de filas} other {# filas}}…',
  'cli.backup.totals':
    '{tables, plural, one {# tabla} many {# de tablas} other {# tablas}}, {rows, plural, one {# fila} many {# de filas} other {# filas}}, {files, plural, one {# archivo} many {# de archivos} other {# archivos}}',
  'cli.backup.done': 'Copia de seguridad de {database} en el nivel {level}: {totals}.',
  'cli.backup.written': 'Escrita en {file} ({size} MB).',
  'cli.restore.done': 'Se ha restaurado {file} (creado el {made}) en {database}: {totals}.',
  'cli.restore.requeued':
    '{mail, plural, one {# correo no enviado} many {# de correos no enviados} other {# correos no enviados}} y {reports, plural, one {# generación de informe} many {# de generaciones de informes} other {# generaciones de informes}} se procesarán cuando se inicie el servidor.',

  'cli.bench.unknown': 'No hay ninguna prueba de rendimiento llamada {names}; las disponibles son: {available}.',
  'cli.bench.option': 'La opción {option} requiere {expected}; se indicó {value}. Opciones: --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',
  'cli.bench.expected.numbers': 'números enteros positivos separados por comas',
  'cli.bench.expected.address': 'la dirección de un servidor PostgreSQL (postgres://…)',
  'cli.bench.unknownOption': 'icat bench no tiene la opción {option}. Opciones: --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',

  'cli.user.usage': `Uso:
  icat user add --email E --name N [--entity ACRONYM] --role ROLE [--role ROLE …] [--password-stdin]
  icat user reset-password --email E`,
  'cli.user.created': 'Se ha creado {email} ({roles}).',
  'cli.user.createdFor': 'Se ha creado {email} ({roles}, {entity}).',
  'cli.user.setPasswordLink': 'Enlace para establecer la contraseña (válido una vez, durante 7 días): {link}',
  'cli.user.resetLink': 'Enlace para restablecer la contraseña de {email} (válido una vez, durante 2 horas): {link}',

  'cli.report.usage': `Uso: icat report YEAR [--lang {languages}] [--format html,pdf,docx] [--out DIR]
  Escribe el informe anual de YEAR (HTML, PDF, Word y los datos de cada gráfico en CSV) en DIR,
  en el idioma solicitado (inglés por defecto; los archivos de otro idioma terminan en -LANG).
  Un informe definitivo o publicado se genera a partir de sus datos fijados; un borrador, a partir de los datos actuales.`,
  'cli.report.language': 'Idioma desconocido «{lang}»: utilice {languages}.\n{usage}',

  'cli.messages.usage': `Uso: icat messages export --lang {languages} [--format xliff|xliff12] FILE
     icat messages import FILE
  export escribe cada mensaje como una unidad XLIFF (2.0, o 1.2 con --format xliff12): la fuente en inglés
  y, como destino, el mensaje actual del idioma. import vuelve a leer ese archivo en la base de datos;
  comprueba primero cada unidad y no importa nada si alguna presenta un problema.`,
  'cli.messages.oneFile': 'Indique un solo archivo.\n{usage}',
  'cli.messages.language': 'Indique el idioma con --lang: uno de {languages}.\n{usage}',
  'cli.messages.format': 'Formato desconocido «{format}»: utilice xliff (XLIFF 2.0) o xliff12 (XLIFF 1.2).\n{usage}',

  'cli.texts.usage': 'Uso: icat texts export --kind statement|publication|event|report_section --id ID --lang fr|es|ar|ru|zh|en FILE.xlf\n     icat texts import FILE.xlf',
  'cli.texts.kind': '--kind debe ser uno de los siguientes valores: {kinds}.\n{usage}',
  'cli.texts.id': '--id es obligatorio (para una sección del informe: YEAR.section, por ejemplo 2022.foreword).\n{usage}',
  'cli.texts.language': '--lang debe ser uno de los siguientes valores: en, fr, es, ar, ru, zh.\n{usage}',
  'cli.texts.fileToWrite': 'Indique el archivo que se escribirá.\n{usage}',
  'cli.texts.fileToRead': 'Indique el archivo que se leerá.\n{usage}',
  'cli.texts.action': 'Indique export o import.\n{usage}',
  'cli.texts.exported': 'Se ha escrito {file}: {kind} {id} para su traducción a {language}.',
  'cli.texts.unchanged': '{file}: la traducción de {kind} {ref} en {language} ya dice esto; no ha cambiado nada.',
  'cli.texts.stored':
    '{file}: se ha guardado la versión {version} de la traducción de {kind} {ref} en {language}{created, select, yes { (traducción nueva)} other {}}, no oficial hasta que la secretaría la apruebe. Véase {url}',

  'xliff.notWellFormed': 'El archivo no es un documento XML bien formado: {error}',
  'xliff.version': 'Este archivo es XLIFF versión «{version}»: la exportación y la importación admiten las versiones 2.0 y 1.2.',
  'xliff.notXliff': 'El archivo no es XLIFF: no contiene ningún elemento <xliff>.',
  'xliff.targetLanguage': 'El idioma de destino del archivo es «{language}»: debe ser uno de {languages}.',
  'xliff.text.foreignElement': '<{element}> no es un elemento de XLIFF 2.0 (espacio de nombres {namespace}).',
  'xliff.text.markupInside': 'Unidad «{unit}»: {part, select, source {su fuente} other {su destino}} contiene <{element}>, que esta plataforma no lee; escriba el marcado como en la fuente.',
  'xliff.text.duplicate': 'La unidad «{unit}» aparece dos veces.',
  'xliff.text.notXliff': 'El archivo no es XLIFF 2.0: no contiene ningún elemento <xliff>.',
  'xliff.text.languages': 'Los idiomas del archivo (srcLang «{source}», trgLang «{target}») deben ser en, fr, es, ar, ru o zh.',
  'xliff.text.noOriginal': 'El archivo no indica qué texto traduce (<file original="kind/id">).',
  'xliff.text.unknownUnit': 'La unidad «{unit}» no es una unidad del texto (sus unidades son {units}).',
  'xliff.text.missingUnit': 'Falta la unidad «{unit}» en el archivo.',
  'xliff.text.sourceChanged': 'Unidad «{unit}»: su fuente ya no corresponde al texto en su estado actual; vuelva a exportar el archivo.',
  'xliff.text.emptyTarget': 'La unidad «{unit}» no tiene traducción (su destino está vacío).',
  'xliff.text.markup': 'Unidad «{unit}»: el marcado del destino ({target}) difiere del de la fuente ({source}); conserve los enlaces, el énfasis y los marcadores de posición tal como están.',
  'xliff.text.refused': 'El archivo no se ha importado; no se ha guardado nada.\n{problems}',
  'xliff.text.noText': '{file}: <file original="{original}"> no designa ningún texto de esta plataforma (kind/id, por ejemplo statement/12).',
  'xliff.text.sourceLanguage': '{file}: el archivo traduce desde «{declared}», pero el texto está redactado en «{language}».',
  'xliff.text.ownLanguage': '{file}: el idioma de destino «{language}» es el propio idioma del texto.',
  'texts.ref.invalid':
    '«{ref}» no designa {kind, select, statement {ninguna declaración} publication {ninguna publicación} event {ningún evento} other {ninguna sección del informe}}: indique {kind, select, report_section {un año y una sección, por ejemplo 2022.foreword} other {un número}}.',
  'texts.ref.expected': 'debe ser {kind, select, report_section {un año y una sección, por ejemplo 2022.foreword} other {un número}}',
};
