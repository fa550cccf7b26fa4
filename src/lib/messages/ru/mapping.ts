import type { mapping as english } from '../en/mapping';
import type { Translation } from '../types';

export const mapping: Translation<typeof english> = {
  'mapping.title': 'Обзор деятельности членов',
  'mapping.description': 'Где работают организации-члены, какими формами эксплуатации они занимаются и какие виды мер принимают.',
  'mapping.sample': 'Представленные профили содержат условные данные для демонстрации, а не собственные данные группы.',
  'mapping.filters': 'Фильтры обзора',
  'mapping.filter.any': 'Любой',
  'mapping.filtered':
    '{count, plural, one {Этим фильтрам соответствует {count} организация.} few {Этим фильтрам соответствуют {count} организации.} many {Этим фильтрам соответствуют {count} организаций.} other {Этим фильтрам соответствуют {count} организации.}}',
  'mapping.figure.valueTitle': 'Организации',
  'mapping.table.caption': 'Организации-члены и их профили',
  'mapping.table.asOf': 'Дата профиля',
  'mapping.download': 'Скачать таблицу (CSV)',
  'mapping.none': 'Нет организаций, соответствующих этим фильтрам.',
};
