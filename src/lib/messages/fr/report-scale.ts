/** Le rapport annuel d’un grand groupe : constats résumés, catégories nombreuses regroupées, toutes les mises à jour dans un fichier CSV. */
export const reportScale = {
  'report.claims.counts':
    '{updates, plural, one {{updates} mise à jour acceptée} many {{updates} de mises à jour acceptées} other {{updates} mises à jour acceptées}} provenant de {organizations, plural, one {{organizations} organisation} many {{organizations} d’organisations} other {{organizations} organisations}}. Les {shown} qui s’appuient sur les éléments les plus solides (sources et valeurs d’indicateurs, puis acceptation la plus récente) sont présentées ci-dessous.',
  'report.claims.more': '{count, plural, one {Et {count} autre mise à jour} many {Et {count} d’autres mises à jour} other {Et {count} autres mises à jour}} provenant de {organizations, plural, one {{organizations} organisation} many {{organizations} d’organisations} other {{organizations} organisations}}',
  'report.claims.annex': 'énumérées dans le fichier CSV de l’annexe',
  'report.annex.evidence.all': '{count, plural, one {La mise à jour acceptée} many {Les {count} de mises à jour acceptées} other {Les {count} mises à jour acceptées}} de {year} {count, plural, one {figure} many {figurent} other {figurent}}, à raison d’une ligne chacune, dans un fichier CSV :',
  'report.annex.evidence.csv': 'toutes les mises à jour acceptées (CSV)',
  'report.updates.column.id': 'Mise à jour',
  'report.updates.column.acronym': 'Sigle',
  'report.updates.column.target': 'Élément du plan ou engagement',
  'report.updates.column.period': 'Période de référence',
  'report.updates.column.accepted': 'Acceptée le',
  'report.updates.column.sources': 'Sources',
  'report.updates.column.narrative': 'Travaux réalisés',
  'report.figure.others': 'Autres ({count})',
  'report.figure.grouped': 'Les {shown} catégories les plus importantes sur {total} sont représentées chacune par une barre, les autres étant regroupées en une seule barre. Le fichier CSV contient le tableau complet.',
  'report.crises.moreTags': 'et {count} de plus',
  'report.members.contributions.more': 'Le tableau présente les {shown} organisations qui ont soumis le plus de rapports ; {count, plural, one {{count} autre organisation figure} many {{count} d’autres organisations figurent} other {{count} autres organisations figurent}} dans la liste de toutes les mises à jour',
  'reports.downloads.updates': 'Toutes les mises à jour acceptées ({count}, CSV)',
} as const;
