import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
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
