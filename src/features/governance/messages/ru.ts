import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'nav.governance': 'Руководство',
  'governance.title': 'Председатели, сроки полномочий и приоритеты',
  'governance.intro':
    'Функции сопредседателей группы ежегодно выполняют две организации-члена; их кандидатуры одобряют {principals} на своем совещании в предыдущем году. Сопредседатели определяют приоритеты на срок своих полномочий.',
  'governance.plan': 'План действий',
  'governance.current': 'текущий',
  'governance.chair': 'Председатель',
  'governance.cochairs': 'Сопредседатели',
  'governance.chairs.unknown': 'В открытых источниках сведений нет',
  'governance.endorsed': 'Одобрено',
  'governance.endorsed.decision': 'решение {reference}',
  'governance.endorsed.unknown': 'Дата неизвестна',
  'governance.note': 'Примечание',
  'governance.uncertain': 'Часть этих сведений не подтверждена: источники лишь косвенно на них указывают.',
  'governance.priorities': 'Приоритеты',
  'governance.priorities.uncertain': 'Формулировка некоторых приоритетов в источнике частично не подтверждена.',
  'governance.priorities.none': 'Сведений о приоритетах на этот срок нет.',
  'governance.crossCutting': 'Сквозные вопросы',
  'governance.pledges': 'Обязательства и ход работы в {year} году',
  'governance.unknown': 'Председатель неизвестен: ни один открытый источник его не называет.',
  outOfTerm:
    'Действие «{action}» доступно секретариату и сопредседателям {year} года. Ваша организация выполняет функции сопредседателя в следующие годы: {years}, поэтому сейчас это действие вам недоступно.',
  'outOfTerm.noTerm':
    'Действие «{action}» доступно секретариату и сопредседателям {year} года. Ваша организация не является сопредседателем в {year} году, поэтому сейчас это действие вам недоступно.',
};
