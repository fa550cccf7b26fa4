/** Le rapport annuel d’un grand groupe : constats résumés, catégories nombreuses regroupées, toutes les mises à jour dans un fichier CSV. */
export const reportScale = {
  'report.claims.counts':
    '{updates, plural, one {{updates} mise à jour acceptée} many {{updates} de mises à jour acceptées} other {{updates} mises à jour acceptées}} provenant de {organizations, plural, one {{organizations} organisation} many {{organizations} d’organisations} other {{organizations} organisations}}. Les {shown} qui s’appuient sur les éléments les plus solides (sources et valeurs d’indicateurs, puis acceptation la plus récente) sont présentées ci-dessous.',
  'report.claims.more':
    '{count, plural, one {Et {count} autre mise à jour} many {Et {count} d’autres mises à jour} other {Et {count} autres mises à jour}} provenant de {organizations, plural, one {{organizations} organisation} many {{organizations} d’organisations} other {{organizations} organisations}}',
  'report.claims.annex': 'énumérées dans le fichier CSV de l’annexe',
  'report.annex.evidence.all':
    '{count, plural, one {La mise à jour acceptée} many {Les {count} de mises à jour acceptées} other {Les {count} mises à jour acceptées}} de {year} {count, plural, one {figure} many {figurent} other {figurent}}, à raison d’une ligne chacune, dans un fichier CSV :',
  'report.annex.evidence.csv': 'toutes les mises à jour acceptées (CSV)',
  'report.updates.column.id': 'Mise à jour',
  'report.updates.column.acronym': 'Sigle',
  'report.updates.column.target': 'Élément du plan ou engagement',
  'report.updates.column.period': 'Période de référence',
  'report.updates.column.accepted': 'Acceptée le',
  'report.updates.column.sources': 'Sources',
  'report.updates.column.narrative': 'Travaux réalisés',
  'report.figure.others': 'Autres ({count})',
  'report.figure.grouped':
    'Les {shown} catégories les plus importantes sur {total} sont représentées chacune par une barre, les autres étant regroupées en une seule barre. Le fichier CSV contient le tableau complet.',
  'report.crises.moreTags': 'et {count} de plus',
  'report.members.contributions.more':
    'Le tableau présente les {shown} organisations qui ont soumis le plus de rapports ; {count, plural, one {{count} autre organisation figure} many {{count} d’autres organisations figurent} other {{count} autres organisations figurent}} dans la liste de toutes les mises à jour',
  'reports.downloads.updates': 'Toutes les mises à jour acceptées ({count}, CSV)',
  'report.more.decisions': '{count, plural, one {Et {count} autre décision} many {Et {count} d’autres décisions} other {Et {count} autres décisions}}',
  'report.more.meetings': '{count, plural, one {Et {count} autre réunion} many {Et {count} d’autres réunions} other {Et {count} autres réunions}}',
  'report.more.publications': '{count, plural, one {Et {count} autre publication} many {Et {count} d’autres publications} other {Et {count} autres publications}}',
  'report.more.events': '{count, plural, one {Et {count} autre manifestation} many {Et {count} d’autres manifestations} other {Et {count} autres manifestations}}',
  'report.more.timeline': '{count, plural, one {Et {count} autre entrée datée} many {Et {count} d’autres entrées datées} other {Et {count} autres entrées datées}}',
  'report.list.members': 'toutes les organisations membres (CSV)',
  'report.list.decisions': 'toutes les décisions de {year}, CSV',
  'report.list.meetings': 'réunions de {year}',
  'report.list.statements': 'déclarations de {year}',
  'report.list.publications': 'publications de {year}',
  'report.list.events': 'manifestations de {year}',
  'report.glance.timeline.selected':
    'La chronologie présente {shown} des {total} entrées datées de l’année : d’abord les déclarations, les groupes de travail créés et les réunions au niveau des chefs de secrétariat.',
  'report.meetings.selected':
    'Le tableau présente {shown} des {total} réunions publiques de l’année : d’abord les réunions au niveau des chefs de secrétariat, puis celles qui ont adopté le plus de décisions.',
  'report.decisions.selected':
    '{shown} des {total} décisions de l’année sont présentées ci-dessous : d’abord les désignations des coprésidents, les adoptions et les évaluations, puis les plus récentes. Le fichier CSV de l’annexe B recense toutes les décisions.',
  'report.annex.decisions.selected':
    '{shown} des {total} décisions de l’année sont énumérées ci-dessous : d’abord les désignations des coprésidents, les adoptions et les évaluations, puis les plus récentes. Toutes les décisions figurent dans un fichier CSV :',
  'report.knowledge.publications.selected': 'Le tableau présente {shown} des {total} publications de l’année, en commençant par les séries numérotées.',
  'report.knowledge.events.selected': '{shown} des {total} manifestations de l’année sont présentées ci-dessous, en commençant par celles qui font l’objet d’un résumé public.',
  'report.annex.members.summary':
    '{count, plural, one {L’organisation membre est comptabilisée par catégorie ci-dessous ; son sigle, son nom, sa catégorie et son année d’adhésion figurent dans un fichier CSV :} many {Les {count} d’organisations membres sont comptabilisées par catégorie ci-dessous ; le sigle, le nom, la catégorie et l’année d’adhésion de chacune figurent dans un fichier CSV :} other {Les {count} organisations membres sont comptabilisées par catégorie ci-dessous ; le sigle, le nom, la catégorie et l’année d’adhésion de chacune figurent dans un fichier CSV :}}',
  'report.annex.members.byKind':
    '{count, plural, one {L’organisation membre répertoriée sur la plateforme, par catégorie} many {Les {count} d’organisations membres répertoriées sur la plateforme, par catégorie} other {Les {count} organisations membres répertoriées sur la plateforme, par catégorie}}',
  'report.crises.membersCounted':
    '{count, plural, one {{count} organisation membre y participe.} many {{count} d’organisations membres y participent.} other {{count} organisations membres y participent.}}',
  'report.statements.endorsedCounted': '{count, plural, one {Approuvé par {count} organisation,} many {Approuvé par {count} d’organisations,} other {Approuvé par {count} organisations,}}',
  'report.statements.endorsersPage': 'nommées sur la page de la déclaration',
  'reports.downloads.list.members': 'Toutes les organisations membres ({count}, CSV)',
  'reports.downloads.list.decisions': 'Toutes les décisions de l’année ({count}, CSV)',
  'report.pledges.selected':
    '{shown} des {total} engagements du mandat sont présentés ci-dessous : ceux qu’étayent le plus grand nombre de mises à jour acceptées. Tous les engagements, avec leur état d’avancement et les mises à jour qui les étayent, figurent dans un fichier CSV.',
  'report.more.pledges': '{count, plural, one {Et {count} autre engagement} many {Et {count} d’autres engagements} other {Et {count} autres engagements}}',
  'report.list.pledges': 'tous les engagements de {year}, CSV',
  'reports.downloads.list.pledges': 'Tous les engagements du mandat ({count}, CSV)',
  'report.plan.summarised':
    'Le plan compte {items} produits et activités et {indicators} indicateurs. Chaque objectif est résumé ci-dessous par produit ; l’ensemble des produits et activités, avec l’entité chef de file, les progrès acceptés et les valeurs des indicateurs, figure dans un fichier CSV :',
  'report.list.plan': 'le Plan d’action complet, {year}, CSV',
  'report.plan.outputs.caption': 'Produits de l’objectif {code} : activités, progrès acceptés et cibles atteintes en {year}',
  'report.plan.column.activities': 'Activités',
  'report.plan.column.indicatorsMet': 'Cibles atteintes',
  'report.plan.indicatorsMet': '{met} sur {total}',
  'report.annex.evidence.selected':
    'Les résumés de {shown} des {total} mises à jour citées dans le présent rapport sont présentés ci-dessous, en commençant par celles qui s’appuient sur les éléments les plus solides. Les autres références renvoient au fichier CSV de toutes les mises à jour acceptées.',
  'reports.downloads.list.plan': 'Le Plan d’action complet ({count} lignes, CSV)',
} as const;
