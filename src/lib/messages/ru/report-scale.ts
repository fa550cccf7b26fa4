/** Годовой отчет крупной группы: сводные данные о результатах, объединение многочисленных категорий, все отчеты о ходе работы в файле CSV. */
export const reportScale = {
  'report.claims.counts':
    '{updates, plural, one {{updates} принятый отчет} few {{updates} принятых отчета} many {{updates} принятых отчетов} other {{updates} принятого отчета}} от {organizations, plural, one {{organizations} организации} few {{organizations} организаций} many {{organizations} организаций} other {{organizations} организации}}. Ниже приводятся {shown} отчетов, подкрепленных наиболее весомыми данными (источники и значения показателей, затем дата принятия — от последних к более ранним).',
  'report.claims.more':
    '{count, plural, one {И еще {count} отчет} few {И еще {count} отчета} many {И еще {count} отчетов} other {И еще {count} отчета}} от {organizations, plural, one {{organizations} организации} few {{organizations} организаций} many {{organizations} организаций} other {{organizations} организации}}',
  'report.claims.annex': 'перечислены в файле CSV приложения',
  'report.annex.evidence.all': 'Все принятые отчеты о ходе работы за {year} год ({count}) приводятся в файле CSV, по одному в строке:',
  'report.annex.evidence.csv': 'все принятые отчеты (CSV)',
  'report.updates.column.id': 'Отчет',
  'report.updates.column.acronym': 'Аббревиатура',
  'report.updates.column.target': 'Пункт плана или обязательство',
  'report.updates.column.period': 'Отчетный период',
  'report.updates.column.accepted': 'Дата принятия',
  'report.updates.column.sources': 'Источники',
  'report.updates.column.narrative': 'Проделанная работа',
  'report.figure.others': 'Прочие ({count})',
  'report.figure.grouped': 'Из {total} категорий {shown} наиболее крупных показаны отдельными столбцами, а остальные — одним общим столбцом. Полная таблица приводится в файле CSV.',
  'report.crises.moreTags': 'и еще {count}',
  'report.members.contributions.more':
    'В таблице указаны {shown} организаций, представивших наибольшее число отчетов; еще {count, plural, one {{count} организация указана} few {{count} организации указаны} many {{count} организаций указаны} other {{count} организации указаны}} в перечне всех отчетов',
  'reports.downloads.updates': 'Все принятые отчеты ({count}, CSV)',
  'report.more.decisions': '{count, plural, one {И еще {count} решение} few {И еще {count} решения} many {И еще {count} решений} other {И еще {count} решения}}',
  'report.more.meetings': '{count, plural, one {И еще {count} совещание} few {И еще {count} совещания} many {И еще {count} совещаний} other {И еще {count} совещания}}',
  'report.more.publications': '{count, plural, one {И еще {count} публикация} few {И еще {count} публикации} many {И еще {count} публикаций} other {И еще {count} публикации}}',
  'report.more.events': '{count, plural, one {И еще {count} мероприятие} few {И еще {count} мероприятия} many {И еще {count} мероприятий} other {И еще {count} мероприятия}}',
  'report.more.timeline':
    '{count, plural, one {И еще {count} датированная запись} few {И еще {count} датированные записи} many {И еще {count} датированных записей} other {И еще {count} датированной записи}}',
  'report.list.members': 'все организации-члены (CSV)',
  'report.list.decisions': 'все решения за {year} год, CSV',
  'report.list.meetings': 'совещания {year} года',
  'report.list.statements': 'заявления {year} года',
  'report.list.publications': 'публикации {year} года',
  'report.list.events': 'мероприятия {year} года',
  'report.glance.timeline.selected':
    'В хронологии приводятся {shown} из {total} датированных записей за год: в первую очередь заявления, созданные рабочие группы и совещания на уровне руководителей.',
  'report.meetings.selected':
    'В таблице приводятся {shown} из {total} открытых совещаний за год: в первую очередь совещания на уровне руководителей, затем совещания, принявшие наибольшее число решений.',
  'report.decisions.selected':
    'Ниже излагаются {shown} из {total} решений за год: в первую очередь решения об одобрении сопредседателей, о принятии и об оценке, затем самые последние. Все решения перечислены в файле CSV к приложению B.',
  'report.annex.decisions.selected':
    'Ниже перечислены {shown} из {total} решений за год: в первую очередь решения об одобрении сопредседателей, о принятии и об оценке, затем самые последние. Все решения приводятся в файле CSV:',
  'report.knowledge.publications.selected': 'В таблице приводятся {shown} из {total} публикаций за год, начиная с нумерованных серий.',
  'report.knowledge.events.selected': 'Ниже излагаются {shown} из {total} мероприятий за год, начиная с тех, по которым имеется открытое резюме.',
  'report.annex.members.summary':
    '{count, plural, one {Ниже организации-члены распределены по видам ({count}); аббревиатура, название, вид и год вступления каждой приводятся в файле CSV:} few {Ниже {count} организации-члена распределены по видам; аббревиатура, название, вид и год вступления каждой приводятся в файле CSV:} many {Ниже {count} организаций-членов распределены по видам; аббревиатура, название, вид и год вступления каждой приводятся в файле CSV:} other {Ниже {count} организации-члена распределены по видам; аббревиатура, название, вид и год вступления каждой приводятся в файле CSV:}}',
  'report.annex.members.byKind':
    '{count, plural, one {{count} организация-член, указанная на платформе, по видам} few {{count} организации-члена, указанные на платформе, по видам} many {{count} организаций-членов, указанных на платформе, по видам} other {{count} организации-члена, указанной на платформе, по видам}}',
  'report.crises.membersCounted':
    '{count, plural, one {Участвует {count} организация-член.} few {Участвуют {count} организации-члена.} many {Участвуют {count} организаций-членов.} other {Участвуют {count} организации-члена.}}',
  'report.statements.endorsedCounted':
    '{count, plural, one {Одобрено {count} организацией,} few {Одобрено {count} организациями,} many {Одобрено {count} организациями,} other {Одобрено {count} организации,}}',
  'report.statements.endorsersPage': 'перечисленными на странице заявления',
  'reports.downloads.list.members': 'Все организации-члены ({count}, CSV)',
  'reports.downloads.list.decisions': 'Все решения за год ({count}, CSV)',
  'report.pledges.selected':
    'Ниже излагаются {shown} из {total} обязательств на срок полномочий: те, которые подтверждены наибольшим числом принятых отчетов. Все обязательства с указанием их статуса и подтверждающих отчетов приводятся в файле CSV.',
  'report.more.pledges': '{count, plural, one {И еще {count} обязательство} few {И еще {count} обязательства} many {И еще {count} обязательств} other {И еще {count} обязательства}}',
  'report.list.pledges': 'все обязательства на {year} год, CSV',
  'reports.downloads.list.pledges': 'Все обязательства на срок полномочий ({count}, CSV)',
  'report.plan.summarised':
    'План включает результатов и мероприятий: {items}; показателей: {indicators}. Ниже каждая цель кратко описывается по ее результатам; все результаты и мероприятия с указанием ведущей организации, принятых отчетов и значений показателей приводятся в файле CSV:',
  'report.list.plan': 'полный текст Плана действий, {year} год, CSV',
  'report.plan.outputs.caption': 'Результаты по цели {code}: мероприятия, принятые отчеты и достигнутые целевые значения за {year} год',
  'report.plan.column.activities': 'Мероприятия',
  'report.plan.column.indicatorsMet': 'Достигнутые целевые значения',
  'report.plan.indicatorsMet': '{met} из {total}',
  'report.annex.evidence.selected':
    'Ниже приводятся резюме {shown} из {total} отчетов, на которые ссылается настоящий доклад, начиная с наиболее обоснованных. Остальные ссылки ведут к файлу CSV со всеми принятыми отчетами.',
  'reports.downloads.list.plan': 'Полный текст Плана действий (строк: {count}, CSV)',
} as const;
