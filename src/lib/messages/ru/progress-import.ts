import type { progressImport as english } from '../en/progress-import';
import type { Translation } from '../types';

export const progressImport: Translation<typeof english> = {
  'update.action.import': 'Импортирован из электронной таблицы',

  'progressImport.link': 'Импортировать отчеты из электронной таблицы',
  'progressImport.title': 'Импорт отчетов: {label}',
  'progressImport.intro':
    'Загрузите файл CSV или книгу Excel (.xlsx), в которой каждой организации и каждому пункту плана или обязательству соответствует одна строка. Сначала проверяется весь файл: если в какой-либо строке есть ошибка, ничего не импортируется, а каждая ошибка указывается с номером строки и столбцом.',
  'progressImport.template': 'Используйте шаблон, в котором перечислены мероприятия плана, где упоминается каждая организация, и уже представленные сведения:',
  'progressImport.templateXlsx': 'Шаблон (Excel)',
  'progressImport.templateCsv': 'Шаблон (CSV)',
  'progressImport.columns': 'Столбцы',
  'progressImport.column.organization': 'аббревиатура организации (обязательно)',
  'progressImport.column.item': 'код пункта плана, например 1.2.1 (или оставьте пустым и заполните pledge)',
  'progressImport.column.pledge': 'название одного из обязательств года вместо пункта плана',
  'progressImport.column.status': 'not_started, on_track, delayed, achieved или discontinued (обязательно)',
  'progressImport.column.narrative': 'описание в формате Markdown (обязательно, если отчет представляется)',
  'progressImport.column.evidence_links': 'веб-адреса, по одному в строке, за каждым из которых может следовать название',
  'progressImport.column.state': 'draft (по умолчанию) или submitted',
  'progressImport.column.indicator': 'по одному столбцу на показатель: число, процент от 0 до 100 либо yes или no; только для показателей пункта, указанного в строке',
  'progressImport.rules':
    'Строка по организации и пункту или обязательству, по которым за этот период уже есть отчет, изменяет этот отчет (его версия увеличивается), а не добавляет новый; строка, совпадающая с сохраненными данными, ничего не меняет, поэтому повторный импорт того же файла ничего не меняет. Уже представленный или принятый отчет не изменяется: отличающаяся от него строка отклоняется, пока сопредседатели не вернут отчет. Строки, содержащие только организацию и пункт, пропускаются.',
  'progressImport.file': 'Файл (.csv или .xlsx, не более 10 МиБ)',
  'progressImport.submit': 'Проверить и импортировать',
  'progressImport.done':
    '{rows, plural, one {Импортирована # строка} few {Импортировано # строки} many {Импортировано # строк} other {Импортировано # строки}}: создано — {created}, обновлено — {updated}, без изменений — {unchanged}; {blank, plural, one {пропущена # пустая строка} few {пропущено # пустые строки} many {пропущено # пустых строк} other {пропущено # пустой строки}}.',
  'progressImport.failed': 'Ничего не импортировано: {count, plural, one {нужно исправить # ошибку} few {нужно исправить # ошибки} many {нужно исправить # ошибок} other {нужно исправить # ошибки}}.',
  'progressImport.problems.caption': 'Ошибки в файле по строкам и столбцам',
  'progressImport.problems.row': 'Строка',
  'progressImport.problems.column': 'Столбец',
  'progressImport.problems.problem': 'Ошибка',
  'progressImport.chooseFile': 'Выберите файл CSV или книгу Excel для импорта.',

  'progressImport.summary':
    '{source}: ничего не импортировано; {count, plural, one {нужно исправить # ошибку} few {нужно исправить # ошибки} many {нужно исправить # ошибок} other {нужно исправить # ошибки}}:',
  'progressImport.issueLine': '  строка {row}, столбец {column}: {message}',
  'progressImport.more': '  … и еще {count}',
  'progressImport.unknownColumn': 'не является столбцом импорта; допустимые столбцы: {columns}',
  'progressImport.repeatedColumn': 'встречается в заголовке дважды',
  'progressImport.missingColumn': 'в файле нет этого столбца, а он обязателен',
  'progressImport.itemOrPledgeColumn': 'в файле должен быть столбец item (коды пунктов плана) или pledge (названия обязательств)',
  'progressImport.unknownIndicator': 'не соответствует ни одному показателю плана на {year} год',
  'progressImport.required': 'обязательно для заполнения',
  'progressImport.unknownOrganization': '«{value}» не является известной организацией',
  'progressImport.itemOrPledge': 'укажите либо код пункта плана, либо обязательство, но не то и другое',
  'progressImport.unknownItem': '«{value}» не является кодом пункта плана на {year} год',
  'progressImport.unknownPledge': '«{value}» не является обязательством на {year} год',
  'progressImport.unknownStatus': '«{value}» не является статусом; используйте одно из значений: {statuses}',
  'progressImport.unknownState': '«{value}»: допустимо только draft или submitted',
  'progressImport.notIndicatorOfTarget': 'этот показатель не относится к {target}; оставьте ячейку пустой',
  'progressImport.repeats': 'повторяет строку {row} (та же организация и тот же пункт или обязательство)',
  'progressImport.handedIn':
    'отличается от сохраненного отчета, который уже {state, select, submitted {представлен} other {принят}}: его можно изменить только после того, как сопредседатели его вернут',
  'progressImport.noRows': 'в файле нет строк для импорта',
  'progressImport.changedMeanwhile': 'Во время импорта другой пользователь изменил один из отчетов, указанных в файле; ничего не импортировано. Импортируйте файл еще раз.',
  'progressImport.notSpreadsheet': '{source} не является ни файлом CSV, ни книгой Excel (.xlsx).',

  'progressImport.api.otherOrganization': 'Вы можете представлять отчеты только от имени своей организации.',

  'cli.importProgress.usage':
    'Использование: icat import-progress PERIOD FILE.csv|FILE.xlsx\n  PERIOD — номер отчетного периода (как в /progress/periods/НОМЕР) или его год и обозначение, например 2022 или "2023 H1".',
  'cli.importProgress.unknownPeriod': 'Отчетного периода «{period}» не существует; см. /progress/periods.',
  'cli.importProgress.done':
    '{file}: импортировано строк в {period}: {rows}; создано: {created}, обновлено: {updated}, без изменений: {unchanged}; пропущено пустых строк: {blank}. См. /progress/periods/{id}',
};
