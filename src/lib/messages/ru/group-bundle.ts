import type { groupBundle as english } from '../en/group-bundle';
import type { Translation } from '../types';

export const groupBundle: Translation<typeof english> = {
  'groupBundle.yaml': 'не является допустимым YAML: {detail}',
  'groupBundle.notMapping': 'должно быть набором именованных полей',
  'groupBundle.notList': 'должно быть списком',
  'groupBundle.unknownField': '«{field}» не является известным полем',
  'groupBundle.required': 'обязательно для заполнения',
  'groupBundle.notText': 'должно быть текстом',
  'groupBundle.empty': 'не должно быть пустым',
  'groupBundle.tooLong': 'не должно превышать {max} знаков',
  'groupBundle.notYear': 'должно быть годом в диапазоне от {from} до {to}',
  'groupBundle.notDate': 'должно быть датой: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
  'groupBundle.notCount': 'должно быть целым числом от 1 до {max}',
  'groupBundle.notBoolean': 'должно иметь значение true или false',
  'groupBundle.oneOf': 'должно иметь одно из значений: {choices}',
  'groupBundle.format': 'должно иметь значение «{expected}» — формат, который читает эта версия',
  'groupBundle.slug': 'должно состоять из строчных букв, цифр и дефисов (например, policy-support-group)',
  'groupBundle.code': 'должно быть кодом из строчных букв, цифр и знаков подчеркивания',
  'groupBundle.duplicate': '«{value}» встречается дважды (впервые в строке {line})',
  'groupBundle.unknownOrganization': '«{acronym}» нет ни среди организаций этого файла, ни среди зарегистрированных',
  'groupBundle.ownSuccessor': 'организация не может быть собственным преемником',
  'groupBundle.leftBeforeJoined': 'не должен быть раньше года вступления организации ({year})',
  'groupBundle.closedBeforeFormed': 'не должна быть раньше даты создания группы ({date})',
  'groupBundle.notStored':
    '{section, select, group {параметры группы (название, тексты)} other {словари}} пока не могут быть сохранены этой версией платформы: оставьте этот раздел пустым или удалите его',
  'groupBundle.problems':
    '{file}: ничего не записано; нужно устранить {count, plural, one {# проблему} few {# проблемы} many {# проблем} other {# проблемы}}:',
  'groupBundle.imported': '{file}: импортировано в одной транзакции. Новые записи: организации, численность и история — {members}; сроки председательства — {terms}; приоритеты — {priorities}; рабочие группы — {groups}. Уже имеющиеся записи оставлены без изменений.',
  'groupBundle.failed': '{file}: ничего не записано; база данных осталась в прежнем состоянии. Причина: {reason}',
  'groupBundle.exported': '{file}: записано. Организации — {members}; сроки председательства — {terms}; рабочие группы — {groups}.',
  'groupBundle.usageImport': 'Использование: icat import-group ФАЙЛ.yaml (docs/group-bundle.md)',
  'groupBundle.usageExport': 'Использование: icat export-group ФАЙЛ.yaml [--force] (docs/group-bundle.md)',
  'groupBundle.exists': '{file} уже существует; добавьте --force, чтобы заменить его.',
  'groupBundle.seedStep': 'справочные данные группы (seed/reference/icat.group.yaml)',
  'groupBundle.seedFailed': 'icat seed остановлена, ничего не записав; база данных осталась в прежнем состоянии. Причина: {reason}',
};
