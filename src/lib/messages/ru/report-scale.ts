/** Годовой отчет крупной группы: сводные данные о результатах, объединение многочисленных категорий, все отчеты о ходе работы в файле CSV. */
export const reportScale = {
  'report.claims.counts':
    '{updates, plural, one {{updates} принятый отчет} few {{updates} принятых отчета} many {{updates} принятых отчетов} other {{updates} принятого отчета}} от {organizations, plural, one {{organizations} организации} few {{organizations} организаций} many {{organizations} организаций} other {{organizations} организации}}. Ниже приводятся {shown} отчетов, подкрепленных наиболее весомыми данными (источники и значения показателей, затем дата принятия — от последних к более ранним).',
  'report.claims.more': '{count, plural, one {И еще {count} отчет} few {И еще {count} отчета} many {И еще {count} отчетов} other {И еще {count} отчета}} от {organizations, plural, one {{organizations} организации} few {{organizations} организаций} many {{organizations} организаций} other {{organizations} организации}}',
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
  'report.members.contributions.more': 'В таблице указаны {shown} организаций, представивших наибольшее число отчетов; еще {count, plural, one {{count} организация указана} few {{count} организации указаны} many {{count} организаций указаны} other {{count} организации указаны}} в перечне всех отчетов',
  'reports.downloads.updates': 'Все принятые отчеты ({count}, CSV)',
} as const;
