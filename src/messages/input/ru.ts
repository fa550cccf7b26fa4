import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'input.controlCharacter': 'не должно содержать управляющих символов (обнаружен {codePoint})',
  'input.required': 'обязательно для заполнения',
  'input.tooShort':
    '{count, plural, one {должно содержать не менее {count} символа} few {должно содержать не менее {count} символов} many {должно содержать не менее {count} символов} other {должно содержать не менее {count} символа}}',
  'input.tooLong':
    '{count, plural, one {должно содержать не более {count} символа} few {должно содержать не более {count} символов} many {должно содержать не более {count} символов} other {должно содержать не более {count} символа}}',
  'input.tooFewItems': '{count, plural, one {выберите не менее {count}} few {выберите не менее {count}} many {выберите не менее {count}} other {выберите не менее {count}}}',
  'input.tooManyItems':
    '{count, plural, one {должно содержать не более {count} элемента} few {должно содержать не более {count} элементов} many {должно содержать не более {count} элементов} other {должно содержать не более {count} элемента}}',
  'input.numberTooSmall': 'должно быть не меньше {count}',
  'input.numberTooBig': 'должно быть не больше {count}',
  'input.notNumber': 'должно быть числом',
  'input.notWholeNumber': 'должно быть целым числом',
  'input.notText': 'должно быть текстом',
  'input.notList': 'должно быть списком',
  'input.notDate': 'должно быть датой',
  'input.oneOf': 'должно быть одним из значений: {values}',
  'input.notAllowed': 'не входит в число допустимых значений',
  'input.notEmail': 'должно быть адресом электронной почты',
  'input.notUrl': 'должно быть веб-адресом (https://…)',
  'input.badFormat': 'имеет неверный формат',
  'input.invalid': 'недействительно',
  'input.tooManyFields':
    '{count, plural, one {В форме слишком много полей: допускается не более {count}.} few {В форме слишком много полей: допускается не более {count}.} many {В форме слишком много полей: допускается не более {count}.} other {В форме слишком много полей: допускается не более {count}.}}',
  'input.tooManyFiles':
    '{count, plural, one {Не более {count} файла размером до {size} МиБ каждый.} few {Не более {count} файлов размером до {size} МиБ каждый.} many {Не более {count} файлов размером до {size} МиБ каждый.} other {Не более {count} файла размером до {size} МиБ каждый.}}',
  'import.tooLarge': '{source}: размер файла превышает {limit}; разделите его на файлы меньшего размера.',
  'import.unzippedTooLarge': '{source}: после распаковки размер файла превышает {limit}; файл отклонен, поскольку он может быть «zip-бомбой».',
  'import.tooManyRows': '{source}: на листе больше {count} строк (данные доходят до ячейки {cell}); разделите файл или удалите все, что находится ниже данных.',
  'import.tooManyColumns': '{source}: на листе больше {count} столбцов (данные доходят до ячейки {cell}); разместите данные в первых столбцах.',
  'import.tooManyCells': '{source}: на листе больше {count} ячеек (в ячейке {cell}); разделите файл.',
  'import.notXlsx': '{source}: файл не удается прочитать как XLSX ({reason}).',
  'import.noSheet': '{source}: в книге нет ни одного листа.',
  'import.atLine': '{source}:{line}:{column}: {message}',
};
