import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'search.title': 'Поиск',
  'search.titleFor': 'Поиск: {q}',
  'search.intro': 'Единый поиск по публикациям, заявлениям, мероприятиям, совещаниям и решениям, а для членов — также по сообщениям их рабочих групп.',
  'search.label': 'Искать',
  'search.submit': 'Найти',
  'search.count': '{count, plural, one {{count} результат} few {{count} результата} many {{count} результатов} other {{count} результата}}',
  'search.none': 'По запросу «{q}» ничего не найдено.',
  'search.empty': 'Введите несколько слов для поиска.',
  'search.facets': 'Уточнить результаты',
  'search.facet.kind': 'Тип',
  'search.facet.year': 'Год',
  'search.facet.all': 'Все',
  'search.kind.publication': 'Публикация',
  'search.kind.statement': 'Заявление',
  'search.kind.event': 'Мероприятие',
  'search.kind.meeting': 'Совещание',
  'search.kind.decision': 'Решение',
  'search.kind.group_post': 'Сообщение группы',
  'search.visibility.members': 'Только для членов',
  'search.visibility.group': 'Только для рабочей группы',
  'search.hint': 'Чтобы найти фразу, заключите ее в кавычки ("затяжные кризисы"); чтобы исключить слово, поставьте перед ним минус (-Украина).',
};
