import type { reportLanguages as english } from '../en/report-languages';
import type { Translation } from '../types';

export const reportLanguages: Translation<typeof english> = {
  'report.narrative.originalOnly':
    '{language, select, en {Этот раздел имеется только на английском языке.} fr {Этот раздел имеется только на французском языке.} es {Этот раздел имеется только на испанском языке.} ar {Этот раздел имеется только на арабском языке.} ru {Этот раздел имеется только на русском языке.} zh {Этот раздел имеется только на китайском языке.} other {Этот раздел имеется только на языке оригинала.}}',
  'report.figure.noData': '{subject}: данные отсутствуют.',
  'report.snapshotMissing':
    'Доклад за {year} год был утвержден в окончательном виде до того, как его можно было подготовить на этом языке. Откройте его повторно и снова утвердите в окончательном виде, чтобы зафиксировать на всех языках.',

  'reports.generate.language': 'Язык доклада',
  'reports.files.language': 'Язык',
  'reports.view.languages': 'Этот доклад на других языках',

  'report.cli.step.compile': 'сбор данных',
  'report.cli.step.html': 'подготовка веб-страницы',
  'report.cli.step.pdf': 'печать PDF',
  'report.cli.step.docx': 'подготовка документа Word',
  'report.cli.step.csv': 'подготовка данных рисунков',
  'report.cli.step.done': 'готово',
  'report.cli.summary': 'Доклад за {year} год, язык: {language} ({status}, данные по состоянию на {moment}): {count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}.',

  'messages.problem.unknownKey': 'в каталоге нет сообщения с таким идентификатором',
  'messages.problem.invalid': 'недопустимое сообщение ICU ({error})',
  'messages.problem.placeholders': 'подстановочные поля отличаются от английского текста: ожидалось {expected}, найдено {found}',
  'messages.problem.markup': 'разметка отличается от английского текста: ожидалось {expected}, найдено {found}',
  'messages.problem.plurals': 'в форме множественного числа недостает категорий {missing}, необходимых для языка «{language}»',
  'messages.problem.duplicate': 'этот идентификатор встречается в файле более одного раза',
  'messages.problem.none': 'нет',
  'messages.import.refused':
    'Ничего не импортировано: {count, plural, one {в # единице есть проблема} few {в # единицах есть проблемы} many {в # единицах есть проблемы} other {в # единицы есть проблемы}}.',
  'messages.import.done':
    '{count, plural, =0 {Ни одно сообщение не изменено} one {Импортировано # сообщение} few {Импортировано # сообщения} many {Импортировано # сообщений} other {Импортировано # сообщения}}; язык: {language}.',
  'messages.export.done': '{count, plural, one {Записана # единица} few {Записаны # единицы} many {Записано # единиц} other {Записано # единицы}}, из них с переводом: {translated}.',
};
