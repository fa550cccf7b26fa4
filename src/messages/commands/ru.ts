import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'cli.usage': `Использование: icat <command>

Команды:
  serve                       запускает платформу (применяет миграции и заполняет пустую базу данных)
  migrate                     применяет ожидающие миграции базы данных
  seed                        загружает справочные и демонстрационные данные (идемпотентно)
  init --name NAME --short-name ABC [--description TEXT] [--contact EMAIL]
                              подготавливает пустую базу данных для новой группы (ее названия; без демонстрационных данных)
  import-profiles FILE        загружает профили обзора деятельности из файла .csv или .xlsx (все строки или ни одной)
  import-plan FILE.yaml [--note TEXT]
                              загружает или обновляет План действий (docs/plan-format.md; целиком или никак)
  import-group FILE.yaml      загружает файл справочных данных группы (docs/group-bundle.md; указывается каждая проблема; целиком или никак)
  export-group FILE.yaml [--force]
                              записывает справочные данные группы в файл, который может прочитать import-group
  import-progress PERIOD FILE
                              загружает отчеты за отчетный период из файла .csv или .xlsx (все строки или ни одной)
  send-reminders              пишет координаторам, чьи отчеты должны быть представлены в течение 7 дней (один раз за период)
  send-digests                рассылает еженедельные сводки сообщений рабочих групп (можно запускать ежедневно)
  report YEAR [--lang LANG] [--format html,pdf,docx] [--out DIR]
                              составляет годовой отчет за YEAR на языке LANG (en, fr, es, ar, ru, zh) и выводит пути к файлам
  messages export --lang LANG [--format xliff|xliff12] FILE
                              записывает каталог сообщений в формате XLIFF для переводчиков
  messages import FILE        считывает переведенный файл XLIFF (целиком или никак; каждая проблема указывается)
  backup FILE                 записывает всю базу данных, включая файлы, в FILE (безопасно во время работы сервера)
  restore FILE                загружает резервную копию в пустую базу данных или в ICAT_DATA_DIR
  texts export --kind KIND --id ID --lang LANG FILE.xlf
                              записывает один текст (statement, publication, event, report_section) в формате XLIFF 2.0
  texts import FILE.xlf       сохраняет переведенный файл XLIFF как новую неофициальную версию его перевода
  bench [NAME…]               выполняет тесты производительности из bench/ (все или указанные)
  user add --email E --name N [--entity ACRONYM] --role ROLE [--password-stdin]
                              создает учетную запись (если пароль не задан, выводится ссылка для его установки)
  user reset-password --email E
                              выводит одноразовую ссылку для сброса пароля
`,
  'cli.unknownCommand': 'Неизвестная команда «{name}».\n\n{usage}',
  'cli.unknownAction': 'Неизвестное действие «{action}».\n{usage}',
  'cli.level.none': 'нет',

  'cli.data.missing': 'Каталог данных {where} не существует: читать нечего. Запустите команду в каталоге, содержащем «data», или укажите в ICAT_DATA_DIR (или DATABASE_URL), где находятся данные.',
  'cli.data.created': 'Создан новый пустой каталог данных {where} (чтобы использовать другой, задайте ICAT_DATA_DIR).',
  'cli.database.postgres': 'сервер PostgreSQL {location}',
  'cli.database.embedded': 'встроенная база PGlite в {location}',
  'cli.database.embeddedClient': 'встроенная база PGlite в {location}, через работающий сервер',

  'cli.upgrade.applied': 'применены миграции {migrations}; уровень {level}',
  'cli.upgrade.upToDate': 'обновление не требуется; уровень {level}',
  'cli.upgrade.moved': '{summary}; из каталога данных в базу данных {count, plural, one {перенесен # файл} few {перенесено # файла} many {перенесено # файлов} other {перенесено # файла}}',
  'cli.migrate.done': 'Миграции в {database}: {upgrade}.',

  'cli.serve.upgraded': 'База данных: {upgrade}.',
  'cli.serve.seeded': 'Справочные и демонстрационные данные загружены.',
  'cli.serve.administrator': 'Создан администратор {email} с паролем {password}',
  'cli.serve.administratorOnce': 'Он показывается только один раз: войдите через /login и смените его или включите второй фактор на странице /account.',
  'cli.serve.interrupted':
    '{count, plural, one {# задание, прерванное} few {# задания, прерванные} many {# заданий, прерванных} other {# задания, прерванные}} последней остановкой, будут выполнены повторно.',
  'cli.serve.listening': 'Платформа {group} на {url} (база данных: {database}).',

  'cli.seed.step': '  {name}: {count, plural, one {# новая запись} few {# новые записи} many {# новых записей} other {# новой записи}}',
  'cli.seed.done': 'Справочные и демонстрационные данные загружены в {database}.',
  'cli.seed.members': 'члены',
  'cli.seed.terms': 'сроки полномочий',
  'cli.seed.termPriorities': 'приоритеты сроков полномочий',
  'cli.seed.mapping': 'обзор деятельности (примеры профилей)',
  'cli.seed.groups': 'рабочие группы',
  'cli.seed.groupPosts': 'сообщения групп (пример)',
  'cli.seed.library': 'публикации и мероприятия',
  'cli.seed.record': 'совещания, решения и заявления',
  'cli.seed.plan': 'План действий (пример)',
  'cli.seed.progress': 'обязательства и ход работы за 2022 год (пример)',
  'cli.seed.report': 'годовой отчет за 2022 год (примеры текстов)',

  'cli.importProfiles.usage': 'Использование: icat import-profiles FILE.csv|FILE.xlsx',
  'cli.importProfiles.done':
    '{file}: {rows, plural, one {прочитан # профиль} few {прочитано # профиля} many {прочитано # профилей} other {прочитано # профиля}}, записано: {changed} (остальные не изменились).',
  'cli.importPlan.usage': 'Использование: icat import-plan FILE.yaml [--note "что изменилось"]',
  'cli.importPlan.unchanged': '{file}: план «{key}» уже соответствует этому тексту (версия {version}); ничего не изменилось.',
  'cli.importPlan.done': '{file}: план «{title}» ({key}) {outcome, select, created {создан} other {обновлен}}, теперь версия {version}. См. /plan?plan={key}',

  'cli.mail.deliveredByServer':
    'Через почтовый сервер {count, plural, one {доставлено # письмо} few {доставлено # письма} many {доставлено # писем} other {доставлено # письма}}; те, что не удалось отправить, сервер отправит повторно.',
  'cli.mail.deliveredAsFiles':
    '{count, plural, one {Доставлено # письмо} few {Доставлено # письма} many {Доставлено # писем} other {Доставлено # письма}} в виде файлов .eml в {dir}; те, что не удалось отправить, сервер отправит повторно.',
  'cli.reminders.none': 'Ни у одного открытого отчетного периода срок не истекает в ближайшие 7 дней: напоминания не требуются.',
  'cli.reminders.period': 'Отчетный период {label} ({year}), срок {deadline}',
  'cli.reminders.sent': '  напоминание для {email} ({entity}, {period})',
  'cli.reminders.done':
    'В очередь {count, plural, one {поставлено # напоминание} few {поставлено # напоминания} many {поставлено # напоминаний} other {поставлено # напоминания}}; ранее уже отправлено: {already}.',
  'cli.digests.checked': '  {count, plural, one {проверена # подписка} few {проверено # подписки} many {проверено # подписок} other {проверено # подписки}}…',
  'cli.digests.none': 'Ни одна сводка не подлежит отправке (каждая отправляется через {days} дн. после предыдущей).',
  'cli.digests.done':
    'Подписок на сводку, подлежащих отправке: {due}; в очередь {sent, plural, one {поставлена # сводка} few {поставлено # сводки} many {поставлено # сводок} other {поставлено # сводки}}, в остальных не было новых сообщений.',

  'cli.backup.usage': 'Использование: icat backup FILE (например, icat backup icat-2026-11-29.backup.gz)',
  'cli.restore.usage': 'Использование: icat restore FILE (в пустую базу данных или в ICAT_DATA_DIR)',
  'cli.backup.progress': '  {table}: {rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}}…',
  'cli.backup.totals': 'таблиц: {tables}, строк: {rows}, файлов: {files}',
  'cli.backup.done': 'Резервная копия {database} на уровне {level}: {totals}.',
  'cli.backup.written': 'Записана в {file} ({size} МБ).',
  'cli.restore.done': 'Файл {file} (создан {made}) восстановлен в {database}: {totals}.',
  'cli.restore.requeued':
    'При запуске сервера будут обработаны {mail, plural, one {# неотправленное письмо} few {# неотправленных письма} many {# неотправленных писем} other {# неотправленного письма}} и {reports, plural, one {# задание на составление отчета} few {# задания на составление отчетов} many {# заданий на составление отчетов} other {# задания на составление отчетов}}.',

  'cli.bench.unknown': 'Нет теста производительности с именем {names}; имеются: {available}.',
  'cli.bench.option': 'Параметр {option} требует {expected}; указано: {value}. Параметры: --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',
  'cli.bench.expected.numbers': 'целые положительные числа через запятую',
  'cli.bench.expected.address': 'адрес сервера PostgreSQL (postgres://…)',
  'cli.bench.unknownOption': 'У команды icat bench нет параметра {option}. Параметры: --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',

  'cli.user.usage': `Использование:
  icat user add --email E --name N [--entity ACRONYM] --role ROLE [--role ROLE …] [--password-stdin]
  icat user reset-password --email E`,
  'cli.user.created': 'Создана учетная запись {email} ({roles}).',
  'cli.user.createdFor': 'Создана учетная запись {email} ({roles}, {entity}).',
  'cli.user.setPasswordLink': 'Ссылка для установки пароля (одноразовая, действует 7 дней): {link}',
  'cli.user.resetLink': 'Ссылка для сброса пароля {email} (одноразовая, действует 2 часа): {link}',

  'cli.report.usage': `Использование: icat report YEAR [--lang {languages}] [--format html,pdf,docx] [--out DIR]
  Записывает годовой отчет за YEAR (HTML, PDF, Word и данные каждого рисунка в CSV) в DIR
  на запрошенном языке (по умолчанию на английском; имена файлов на другом языке оканчиваются на -LANG).
  Окончательный или опубликованный отчет составляется по зафиксированным данным, проект — по текущим.`,
  'cli.report.language': 'Неизвестный язык «{lang}»: используйте {languages}.\n{usage}',

  'cli.messages.usage': `Использование: icat messages export --lang {languages} [--format xliff|xliff12] FILE
               icat messages import FILE
  export записывает каждое сообщение как единицу XLIFF (2.0 или 1.2 с --format xliff12): английский оригинал
  и в качестве перевода — текущее сообщение на данном языке. import считывает такой файл в базу данных;
  сначала он проверяет каждую единицу и ничего не импортирует, если хотя бы в одной есть проблема.`,
  'cli.messages.oneFile': 'Укажите один файл.\n{usage}',
  'cli.messages.language': 'Укажите язык в --lang: один из {languages}.\n{usage}',
  'cli.messages.format': 'Неизвестный формат «{format}»: используйте xliff (XLIFF 2.0) или xliff12 (XLIFF 1.2).\n{usage}',

  'cli.texts.usage': 'Использование: icat texts export --kind statement|publication|event|report_section --id ID --lang fr|es|ar|ru|zh|en FILE.xlf\n               icat texts import FILE.xlf',
  'cli.texts.kind': 'Значение --kind должно быть одним из следующих: {kinds}.\n{usage}',
  'cli.texts.id': 'Параметр --id обязателен (для раздела отчета: YEAR.section, например 2022.foreword).\n{usage}',
  'cli.texts.language': 'Значение --lang должно быть одним из следующих: en, fr, es, ar, ru, zh.\n{usage}',
  'cli.texts.fileToWrite': 'Укажите файл для записи.\n{usage}',
  'cli.texts.fileToRead': 'Укажите файл для чтения.\n{usage}',
  'cli.texts.action': 'Укажите export или import.\n{usage}',
  'cli.texts.exported': 'Записан {file}: {kind} {id} для перевода на {language}.',
  'cli.texts.unchanged': '{file}: перевод {kind} {ref} на {language} уже совпадает с этим; ничего не изменилось.',
  'cli.texts.stored':
    '{file}: сохранена версия {version} перевода {kind} {ref} на {language}{created, select, yes { (новый перевод)} other {}}; она остается неофициальной до утверждения секретариатом. См. {url}',

  'xliff.notWellFormed': 'Файл не является корректным документом XML: {error}',
  'xliff.version': 'Это файл XLIFF версии «{version}»: экспорт и импорт поддерживают версии 2.0 и 1.2.',
  'xliff.notXliff': 'Файл не является файлом XLIFF: в нем нет элемента <xliff>.',
  'xliff.targetLanguage': 'Язык перевода в файле — «{language}»: он должен быть одним из следующих: {languages}.',
  'xliff.text.foreignElement': '<{element}> не является элементом XLIFF 2.0 (пространство имен {namespace}).',
  'xliff.text.markupInside': 'Единица «{unit}»: {part, select, source {оригинал} other {перевод}} содержит <{element}>, который эта платформа не читает; запишите разметку так же, как в оригинале.',
  'xliff.text.duplicate': 'Единица «{unit}» встречается дважды.',
  'xliff.text.notXliff': 'Файл не является файлом XLIFF 2.0: в нем нет элемента <xliff>.',
  'xliff.text.languages': 'Языки файла (srcLang «{source}», trgLang «{target}») должны быть из числа en, fr, es, ar, ru, zh.',
  'xliff.text.noOriginal': 'В файле не указано, какой текст он переводит (<file original="kind/id">).',
  'xliff.text.unknownUnit': 'Единица «{unit}» не является единицей текста (его единицы: {units}).',
  'xliff.text.missingUnit': 'В файле отсутствует единица «{unit}».',
  'xliff.text.sourceChanged': 'Единица «{unit}»: ее оригинал не совпадает с текущим текстом; экспортируйте файл заново.',
  'xliff.text.emptyTarget': 'У единицы «{unit}» нет перевода (поле перевода пусто).',
  'xliff.text.markup': 'Единица «{unit}»: разметка перевода ({target}) отличается от разметки оригинала ({source}); сохраните ссылки, выделение и подстановочные параметры без изменений.',
  'xliff.text.refused': 'Файл не импортирован; ничего не записано.\n{problems}',
  'xliff.text.noText': '{file}: <file original="{original}"> не указывает ни на один текст этой платформы (kind/id, например statement/12).',
  'xliff.text.sourceLanguage': '{file}: файл переводит с «{declared}», а текст написан на «{language}».',
  'xliff.text.ownLanguage': '{file}: язык перевода «{language}» совпадает с языком самого текста.',
  'texts.ref.invalid':
    '«{ref}» не указывает ни на {kind, select, statement {одно заявление} publication {одну публикацию} event {одно мероприятие} other {один раздел отчета}}: укажите {kind, select, report_section {год и раздел, например 2022.foreword} other {число}}.',
  'texts.ref.expected': 'должно быть {kind, select, report_section {годом и разделом, например 2022.foreword} other {числом}}',
};
