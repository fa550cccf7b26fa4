import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'audit.title': 'Журнал аудита',
  'audit.intro': 'Все изменения на платформе: кто, когда, что изменил, а также значения до и после изменения. Записи журнала нельзя изменить или удалить.',
  'audit.filter.person': 'Пользователь (электронная почта)',
  'audit.filter.entity': 'Организация (аббревиатура)',
  'audit.filter.table': 'Тип записи',
  'audit.filter.table.all': 'Все типы',
  'audit.filter.from': 'С',
  'audit.filter.to': 'По',
  'audit.export': 'Скачать в формате CSV',
  'audit.column.at': 'Когда',
  'audit.column.who': 'Кто',
  'audit.column.action': 'Действие',
  'audit.column.record': 'Запись',
  'audit.column.entity': 'Организация',
  'audit.column.change': 'Изменение',
  'audit.none': 'Нет записей, соответствующих этим фильтрам.',
  'audit.count': '{count, plural, one {{count} запись} few {{count} записи} many {{count} записей} other {{count} записи}}',
};
